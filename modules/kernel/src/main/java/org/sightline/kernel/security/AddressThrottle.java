package org.sightline.kernel.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows down sign-in from an address that keeps getting it wrong: after a few failures in a
 * row, each further attempt must wait twice as long as the last (up to the lock-out time), and
 * an attempt made too soon is refused without trying the password — so it counts against no
 * account. One address cannot keep someone else's account locked, nor guess at speed; a
 * success from the address clears it. Held in memory per node; forgotten after a quiet hour.
 */
@Component
public class AddressThrottle {

    static final int FREE_FAILURES = 3;
    static final int MAX_TRACKED = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last, Instant waitUntil) {
    }

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration longest;

    public AddressThrottle(Clock clock, SecurityProperties properties) {
        this.clock = clock;
        this.longest = properties.lockout();
    }

    /** Whether the address may try a password now. */
    public boolean mayTry(String address) {
        Failures f = byAddress.get(key(address));
        return f == null || !clock.instant().isBefore(f.waitUntil());
    }

    public void failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_TRACKED) {
            byAddress.values().removeIf(f -> f.last().isBefore(now.minus(FORGET_AFTER)));
        }
        byAddress.compute(key(address), (k, f) -> {
            int count = f == null || f.last().isBefore(now.minus(FORGET_AFTER)) ? 1 : f.count() + 1;
            return new Failures(count, now, now.plus(delayAfter(count)));
        });
    }

    public void succeeded(String address) {
        byAddress.remove(key(address));
    }

    /** No wait for the first few; then 2, 4, 8 … seconds, never more than the lock-out time. */
    Duration delayAfter(int failures) {
        if (failures < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(30, failures - FREE_FAILURES + 1);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(longest) > 0 ? longest : d;
    }

    private static String key(String address) {
        return address == null ? "" : address;
    }
}
