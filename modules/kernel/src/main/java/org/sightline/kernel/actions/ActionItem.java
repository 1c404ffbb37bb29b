package org.sightline.kernel.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * An action raised by any module ("closing the loop"): who must do what by when, where it came
 * from, and the evidence that it was done.
 */
@Entity
@Table(name = "action_item")
public class ActionItem extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int DETAIL_MAX = 4000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DETAIL_MAX)
    private String detail;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "source_module", nullable = false, length = 40)
    private String sourceModule;

    @Column(name = "source_label", length = 200)
    private String sourceLabel;

    @Column(name = "source_link", length = 300)
    private String sourceLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(length = DETAIL_MAX)
    private String evidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "completed_by_id")
    private Person completedBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "raised_by_id")
    private Person raisedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "owner_notified_on")
    private LocalDate ownerNotifiedOn;

    @NotAudited
    @Column(name = "manager_escalated_on")
    private LocalDate managerEscalatedOn;

    protected ActionItem() {
    }

    ActionItem(String title, String detail, Person owner, LocalDate dueDate, String sourceModule, String sourceLabel,
               String sourceLink, Person raisedBy, Instant createdAt) {
        this.title = title;
        this.detail = detail;
        this.owner = owner;
        this.dueDate = dueDate;
        this.sourceModule = sourceModule;
        this.sourceLabel = sourceLabel;
        this.sourceLink = sourceLink;
        this.raisedBy = raisedBy;
        this.createdAt = createdAt;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public Person getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getSourceModule() {
        return sourceModule;
    }

    public String getSourceLabel() {
        return sourceLabel;
    }

    public String getSourceLink() {
        return sourceLink;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getEvidence() {
        return evidence;
    }

    public Person getCompletedBy() {
        return completedBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Person getRaisedBy() {
        return raisedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    LocalDate getOwnerNotifiedOn() {
        return ownerNotifiedOn;
    }

    LocalDate getManagerEscalatedOn() {
        return managerEscalatedOn;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    void complete(String evidence, Person by, Instant at) {
        this.status = ActionStatus.DONE;
        this.evidence = evidence;
        this.completedBy = by;
        this.completedAt = at;
    }

    void cancel(String reason, Person by, Instant at) {
        this.status = ActionStatus.CANCELLED;
        this.evidence = reason;
        this.completedBy = by;
        this.completedAt = at;
    }

    void ownerNotified(LocalDate on) {
        this.ownerNotifiedOn = on;
    }

    void managerEscalated(LocalDate on) {
        this.managerEscalatedOn = on;
    }
}
