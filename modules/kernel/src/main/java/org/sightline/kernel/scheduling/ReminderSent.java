package org.sightline.kernel.scheduling;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.support.AbstractEntity;

/** That a module reminded someone about one thing due on one date. */
@Entity
@NotAudited
@Table(name = "sl_reminder_sent")
class ReminderSent extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String module;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ReminderSent() {
    }

    ReminderSent(String module, String subject, LocalDate dueOn, Instant sentAt) {
        this.module = module;
        this.subject = subject;
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }
}
