package org.sightline.observations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.support.AbstractEntity;

/** That an observer was reminded of one due date, so each due date is reminded once. */
@Entity
@NotAudited
@Table(name = "ob_reminder")
class Reminder extends AbstractEntity {

    @Column(name = "rule_id", nullable = false)
    private Long ruleId;

    @Column(name = "observer_id", nullable = false)
    private Long observerId;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    Reminder(Long ruleId, Long observerId, Long subjectId, LocalDate dueOn, Instant sentAt) {
        this.ruleId = ruleId;
        this.observerId = observerId;
        this.subjectId = subjectId;
        this.dueOn = dueOn;
        this.sentAt = sentAt;
    }
}
