package org.sightline.audits.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.audits.sample.MonthlySample;
import org.sightline.audits.template.AuditTemplate;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A collaborative audit of one case for one month: a lead and a peer audit independently;
 * agreement completes it, any difference sends it to moderation.
 */
@Entity
@Table(name = "au_audit")
public class CaseAudit extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int RATIONALE_MAX = 3000;
    public static final int OVERSIGHT_MAX = 3000;
    public static final int REVIEW_NOTE_MAX = 2000;
    public static final int REFLECTION_MAX = 3000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private CaseRecord caseRecord;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sample_id")
    private MonthlySample sample;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private AuditTemplate template;

    @Column(name = "audit_month", nullable = false)
    private LocalDate month;

    /** The case's team and worker when it was audited: later moves do not rewrite history. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "practitioner_id")
    private Person practitioner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_auditor_id")
    private Person leadAuditor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "peer_auditor_id")
    private Person peerAuditor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AuditStatus status = AuditStatus.ALLOCATED;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    private Boolean agreed;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_overall", length = 30)
    private Grade finalOverall;

    @Column(name = "final_rationale", length = RATIONALE_MAX)
    private String finalRationale;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "au_final_domain", joinColumns = @JoinColumn(name = "audit_id"))
    @OrderColumn(name = "position")
    @Enumerated(EnumType.STRING)
    @Column(name = "grade", nullable = false, length = 30)
    private List<Grade> finalDomains = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Person moderator;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** For a re-audit after an inadequate grade: the audit it follows up. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "follow_up_of_id")
    private CaseAudit followUpOf;

    @Column(length = OVERSIGHT_MAX)
    private String oversight;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "oversight_by_id")
    private Person oversightBy;

    @Column(name = "oversight_at")
    private Instant oversightAt;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "review_note", length = REVIEW_NOTE_MAX)
    private String reviewNote;

    @Column(name = "review_done_at")
    private Instant reviewDoneAt;

    @Column(name = "reaudit_due")
    private LocalDate reauditDue;

    @Column(name = "practitioner_reflection", length = REFLECTION_MAX)
    private String practitionerReflection;

    @Column(name = "reflection_at")
    private Instant reflectionAt;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Assessment> assessments = new ArrayList<>();

    protected CaseAudit() {
    }

    public CaseAudit(CaseRecord caseRecord, MonthlySample sample, AuditTemplate template, LocalDate month,
                     Person leadAuditor, Person peerAuditor, LocalDate dueDate) {
        this.caseRecord = caseRecord;
        this.sample = sample;
        this.template = template;
        this.month = month;
        this.team = caseRecord.getTeam();
        this.practitioner = caseRecord.getAllocatedWorker();
        this.leadAuditor = leadAuditor;
        this.peerAuditor = peerAuditor;
        this.dueDate = dueDate;
        int domains = template.getDomains().size();
        assessments.add(new Assessment(this, AuditorRole.LEAD, leadAuditor, domains));
        assessments.add(new Assessment(this, AuditorRole.PEER, peerAuditor, domains));
    }

    public Optional<Assessment> assessment(AuditorRole role) {
        return assessments.stream().filter(a -> a.getRole() == role).findFirst();
    }

    /** The role {@code person} audits in, if either. */
    public Optional<AuditorRole> roleOf(Person person) {
        if (leadAuditor.getId().equals(person.getId())) {
            return Optional.of(AuditorRole.LEAD);
        }
        if (peerAuditor.getId().equals(person.getId())) {
            return Optional.of(AuditorRole.PEER);
        }
        return Optional.empty();
    }

    void started() {
        if (status == AuditStatus.ALLOCATED) {
            status = AuditStatus.IN_PROGRESS;
        }
    }

    /** Both submitted: identical grades complete it, any difference sends it to moderation. */
    void bothSubmitted(Instant at) {
        Assessment lead = assessment(AuditorRole.LEAD).orElseThrow();
        Assessment peer = assessment(AuditorRole.PEER).orElseThrow();
        boolean same = lead.getOverallGrade() == peer.getOverallGrade();
        for (int i = 0; same && i < lead.getDomains().size(); i++) {
            same = lead.getDomains().get(i).getGrade() == peer.getDomains().get(i).getGrade();
        }
        agreed = same;
        if (same) {
            finalOverall = lead.getOverallGrade();
            finalRationale = lead.getOverallRationale();
            finalDomains.clear();
            finalDomains.addAll(lead.getDomains().stream().map(DomainAnswer::getGrade).toList());
            status = AuditStatus.COMPLETE;
            completedAt = at;
        } else {
            status = AuditStatus.AWAITING_MODERATION;
        }
    }

    void moderated(Person by, List<Grade> domains, Grade overall, String rationale, Instant at) {
        moderator = by;
        moderatedAt = at;
        finalDomains.clear();
        finalDomains.addAll(domains);
        finalOverall = overall;
        finalRationale = rationale;
        status = AuditStatus.COMPLETE;
        completedAt = at;
    }

    /** A re-audit of the same case, led by a senior manager, following up {@code first}. */
    public static CaseAudit reaudit(CaseAudit first, Person lead, Person peer, LocalDate due) {
        // Getters, not fields: first may be a Hibernate proxy.
        CaseAudit again = new CaseAudit(first.getCaseRecord(), null, first.getTemplate(), due.withDayOfMonth(1), lead, peer, due);
        again.followUpOf = first;
        return again;
    }

    void inadequateFollowUp(LocalDate reviewDue, LocalDate reauditDue) {
        this.reviewDue = reviewDue;
        this.reauditDue = reauditDue;
    }

    void recordOversight(Person by, String text, Instant at) {
        oversight = text;
        oversightBy = by;
        oversightAt = at;
    }

    void recordReview(String note, Instant at) {
        reviewNote = note;
        reviewDoneAt = at;
    }

    void reflect(String text, Instant at) {
        practitionerReflection = text;
        reflectionAt = at;
    }

    public CaseAudit getFollowUpOf() {
        return followUpOf;
    }

    public String getOversight() {
        return oversight;
    }

    public Person getOversightBy() {
        return oversightBy;
    }

    public Instant getOversightAt() {
        return oversightAt;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Instant getReviewDoneAt() {
        return reviewDoneAt;
    }

    public LocalDate getReauditDue() {
        return reauditDue;
    }

    public String getPractitionerReflection() {
        return practitionerReflection;
    }

    public Instant getReflectionAt() {
        return reflectionAt;
    }

    public boolean isInadequate() {
        return status == AuditStatus.COMPLETE && finalOverall == org.sightline.kernel.grades.Grade.INADEQUATE;
    }

    public CaseRecord getCaseRecord() {
        return caseRecord;
    }

    public MonthlySample getSample() {
        return sample;
    }

    public AuditTemplate getTemplate() {
        return template;
    }

    public LocalDate getMonth() {
        return month;
    }

    public Team getTeam() {
        return team;
    }

    public Person getPractitioner() {
        return practitioner;
    }

    public Person getLeadAuditor() {
        return leadAuditor;
    }

    public Person getPeerAuditor() {
        return peerAuditor;
    }

    public AuditStatus getStatus() {
        return status;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Boolean getAgreed() {
        return agreed;
    }

    public Grade getFinalOverall() {
        return finalOverall;
    }

    public String getFinalRationale() {
        return finalRationale;
    }

    public List<Grade> getFinalDomains() {
        return List.copyOf(finalDomains);
    }

    public Person getModerator() {
        return moderator;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public List<Assessment> getAssessments() {
        return List.copyOf(assessments);
    }
}
