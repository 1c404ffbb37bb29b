package org.sightline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.support.AbstractEntity;

/** That an auditor was reminded of one due date, so each due date is mentioned once. */
@Entity(name = "SupervisionReminder")
@NotAudited
@Table(name = "sv_reminder")
class Reminder extends AbstractEntity {

    @Column(name = "auditor_id", nullable = false)
    private Long auditorId;

    @Column(name = "supervisor_id", nullable = false)
    private Long supervisorId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    Reminder(Long auditorId, Long supervisorId, LocalDate dueOn, Instant sentAt) {
        this.auditorId = auditorId;
        this.supervisorId = supervisorId;
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }
}
