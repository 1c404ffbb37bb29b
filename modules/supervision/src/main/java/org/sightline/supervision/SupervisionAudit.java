package org.sightline.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * An audit of the supervision a supervisor gives one supervisee over a period: each criterion
 * graded with evidence, an overall grade, then a reflective discussion with the supervisor,
 * who acknowledges it.
 */
@Entity
@Table(name = "sv_audit")
public class SupervisionAudit extends VersionedEntity {

    /** The discussion note is stored as long text; what a person types is kept to this. */
    public static final int NOTE_MAX = 4000;


    /** Longer than MEDIUMTEXT, so Hibernate validates against the LONGTEXT Liquibase makes of a CLOB on MariaDB. */
    private static final int LONG_TEXT = 100_000_000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "auditor_id")
    private Person auditor;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "supervisor_id")
    private Person supervisor;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "supervisee_id")
    private Person supervisee;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "source_personal_file", nullable = false)
    private boolean sourcePersonalFile;

    @Column(name = "source_case_records", nullable = false)
    private boolean sourceCaseRecords;

    @Column(name = "sessions_expected")
    private Integer sessionsExpected;

    @Column(name = "sessions_held")
    private Integer sessionsHeld;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sv_criterion", joinColumns = @JoinColumn(name = "audit_id"))
    @MapKeyColumn(name = "criterion", length = 30)
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Criterion, CriterionAnswer> answers = new EnumMap<>(Criterion.class);

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Grade overall;

    @Lob
    @Column(length = LONG_TEXT)
    private String strengths;

    @Lob
    @Column(length = LONG_TEXT)
    private String development;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditStatus status = AuditStatus.DRAFT;

    /** Chosen by the PSW's monthly dip sample of ASYE social workers. */
    @Column(name = "dip_sample", nullable = false)
    private boolean dipSample;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column(name = "discussed_on")
    private LocalDate discussedOn;

    @Lob
    @Column(name = "discussion_note", length = LONG_TEXT)
    private String discussionNote;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SupervisionAudit() {
    }

    SupervisionAudit(Person auditor, Instant now) {
        this.auditor = auditor;
        this.createdAt = now;
    }

    void record(AuditDraft d, Person supervisor, Person supervisee) {
        this.supervisor = supervisor;
        this.supervisee = supervisee;
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
        this.sourcePersonalFile = d.sourcePersonalFile();
        this.sourceCaseRecords = d.sourceCaseRecords();
        this.sessionsExpected = d.sessionsExpected();
        this.sessionsHeld = d.sessionsHeld();
        this.answers.clear();
        d.answers().forEach((c, a) -> this.answers.put(c, a));
        this.overall = d.overall();
        this.strengths = d.strengths();
        this.development = d.development();
        this.dipSample = d.dipSample();
    }

    void complete(LocalDate on) {
        this.status = AuditStatus.COMPLETED;
        this.completedOn = on;
    }

    void discussed(LocalDate on, String note) {
        this.status = AuditStatus.DISCUSSED;
        this.discussedOn = on;
        this.discussionNote = note;
    }

    void acknowledge(Instant at) {
        this.status = AuditStatus.ACKNOWLEDGED;
        this.acknowledgedAt = at;
    }

    /** "11 held of 12 expected", or what is known of it. */
    public String sessionsText() {
        if (sessionsHeld == null && sessionsExpected == null) {
            return "Not recorded";
        }
        return (sessionsHeld == null ? "Number held not recorded" : sessionsHeld + " held")
                + (sessionsExpected == null ? "" : " of " + sessionsExpected + " expected");
    }

    public Person getAuditor() { return auditor; }
    public Person getSupervisor() { return supervisor; }
    public Person getSupervisee() { return supervisee; }
    public LocalDate getPeriodFrom() { return periodFrom; }
    public LocalDate getPeriodTo() { return periodTo; }
    public boolean isSourcePersonalFile() { return sourcePersonalFile; }
    public boolean isSourceCaseRecords() { return sourceCaseRecords; }
    public Integer getSessionsExpected() { return sessionsExpected; }
    public Integer getSessionsHeld() { return sessionsHeld; }
    public Map<Criterion, CriterionAnswer> getAnswers() { return answers; }
    public Grade getOverall() { return overall; }
    public String getStrengths() { return strengths; }
    public String getDevelopment() { return development; }
    public AuditStatus getStatus() { return status; }
    public boolean isDipSample() { return dipSample; }
    public LocalDate getCompletedOn() { return completedOn; }
    public LocalDate getDiscussedOn() { return discussedOn; }
    public String getDiscussionNote() { return discussionNote; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
}
