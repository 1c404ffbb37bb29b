package org.sightline.kernel.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Email from the portal. Off unless {@code sightline.mail.enabled=true}; the SMTP server
 * itself is Spring Boot's {@code spring.mail.*} (see {@code config/application.yml}).
 *
 * @param enabled   queue and send emails at all
 * @param from      the sender address
 * @param portalUrl the portal's address, for links in emails
 */
@ConfigurationProperties("sightline.mail")
public record MailSettings(boolean enabled, String from, String portalUrl) {

    public MailSettings {
        from = from == null || from.isBlank() ? "sightline@localhost" : from;
        portalUrl = portalUrl == null || portalUrl.isBlank() ? "http://localhost:8080" : portalUrl.replaceAll("/+$", "");
    }
}
