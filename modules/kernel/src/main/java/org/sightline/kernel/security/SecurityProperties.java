package org.sightline.kernel.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sightline.security.*}: the lock-out rule. The idle timeout is
 * {@code server.servlet.session.timeout}, set from {@code sightline.security.idle-timeout}.
 */
@ConfigurationProperties("sightline.security")
public record SecurityProperties(Integer maxFailedAttempts, Duration lockout) {
    public SecurityProperties {
        if (maxFailedAttempts == null) {
            maxFailedAttempts = 5;
        }
        if (lockout == null) {
            lockout = Duration.ofMinutes(15);
        }
    }
}
