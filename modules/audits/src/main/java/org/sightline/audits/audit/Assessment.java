package org.sightline.audits.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/** One auditor's independent audit of the case: the lead's or the peer's. */
@Entity
@Table(name = "au_assessment")
public class Assessment extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int RATIONALE_MAX = 3000;
    public static final int REFLECTION_MAX = 3000;
    /** The child's, and the parent's or carer's, feedback. */
    public static final int FEEDBACK_MAX = 2000;
    /** Why feedback could not be gathered. */
    public static final int REASON_MAX = 500;
    public static final int PROPOSED_ACTIONS_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id")
    private CaseAudit audit;

    @Enumerated(EnumType.STRING)
    @Column(name = "auditor_role", nullable = false, length = 10)
    private AuditorRole role;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "auditor_id")
    private Person auditor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "au_domain_answer", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<DomainAnswer> domains = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "overall_grade", length = 30)
    private Grade overallGrade;

    @Column(name = "overall_rationale", length = RATIONALE_MAX)
    private String overallRationale;

    @Column(name = "practitioner_reflection", length = REFLECTION_MAX)
    private String practitionerReflection;

    @Column(name = "child_feedback", length = FEEDBACK_MAX)
    private String childFeedback;

    @Column(name = "child_feedback_reason", length = REASON_MAX)
    private String childFeedbackReason;

    @Column(name = "parent_feedback", length = FEEDBACK_MAX)
    private String parentFeedback;

    @Column(name = "parent_feedback_reason", length = REASON_MAX)
    private String parentFeedbackReason;

    @Column(name = "proposed_actions", length = PROPOSED_ACTIONS_MAX)
    private String proposedActions;

    @Column(name = "last_saved_at")
    private Instant lastSavedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Assessment() {
    }

    Assessment(CaseAudit audit, AuditorRole role, Person auditor, int domainCount) {
        this.audit = audit;
        this.role = role;
        this.auditor = auditor;
        for (int i = 0; i < domainCount; i++) {
            domains.add(DomainAnswer.blank());
        }
    }

    void apply(AssessmentDraft d, Instant at) {
        // Changed in place: replacing a persistent list makes Hibernate re-insert rows before deleting the old ones.
        domains.clear();
        domains.addAll(d.domains().stream().map(a -> new DomainAnswer(a.getGrade(), a.getEvidence(), a.getWorkingWell(), a.getWorries())).toList());
        overallGrade = d.overallGrade();
        overallRationale = blankToNull(d.overallRationale());
        practitionerReflection = blankToNull(d.practitionerReflection());
        childFeedback = blankToNull(d.childFeedback());
        childFeedbackReason = blankToNull(d.childFeedbackReason());
        parentFeedback = blankToNull(d.parentFeedback());
        parentFeedbackReason = blankToNull(d.parentFeedbackReason());
        proposedActions = blankToNull(d.proposedActions());
        lastSavedAt = at;
    }

    void submit(Instant at) {
        submittedAt = at;
    }

    public AssessmentDraft toDraft() {
        return new AssessmentDraft(List.copyOf(domains), overallGrade, overallRationale, practitionerReflection, childFeedback,
                childFeedbackReason, parentFeedback, parentFeedbackReason, proposedActions);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public CaseAudit getAudit() {
        return audit;
    }

    public AuditorRole getRole() {
        return role;
    }

    public Person getAuditor() {
        return auditor;
    }

    public List<DomainAnswer> getDomains() {
        return List.copyOf(domains);
    }

    public Grade getOverallGrade() {
        return overallGrade;
    }

    public String getOverallRationale() {
        return overallRationale;
    }

    public Instant getLastSavedAt() {
        return lastSavedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }
}
