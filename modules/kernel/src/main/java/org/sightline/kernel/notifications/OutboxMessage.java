package org.sightline.kernel.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.support.VersionedEntity;

/** An email waiting to go, or gone. Kept after sending as the record of what was sent. */
@Entity
@NotAudited
@Table(name = "mail_outbox")
public class OutboxMessage extends VersionedEntity {

    @Column(name = "recipient_email", nullable = false, length = 254)
    private String recipientEmail;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    /** iCalendar text sent as an attachment, or null. */
    // Longer than MariaDB's MEDIUMTEXT, so Hibernate validates it against the LONGTEXT that
    // Liquibase makes of a CLOB there.
    @jakarta.persistence.Lob
    @Column(name = "calendar", length = 100_000_000)
    private String calendar;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipientEmail, String subject, String body, String calendar, Instant now) {
        this.recipientEmail = recipientEmail;
        this.subject = subject;
        this.body = body;
        this.calendar = calendar;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getCalendar() {
        return calendar;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    void failed(Instant at, String error, java.time.Duration retryIn) {
        attempts++;
        lastError = error == null ? "Unknown error" : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        nextAttemptAt = at.plus(retryIn);
    }
}
