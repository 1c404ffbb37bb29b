package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.kernel.support.AbstractEntity;

/** That the owner of an overdue step has been told, so each overdue step is reported once. */
@Entity
@Table(name = "cp_step_reminder")
class StepReminder extends AbstractEntity {

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false, length = 40)
    private String step;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected StepReminder() {
    }

    StepReminder(Long complaintId, String step, LocalDate dueOn, Instant sentAt) {
        this.complaintId = complaintId;
        this.step = step;
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }
}
