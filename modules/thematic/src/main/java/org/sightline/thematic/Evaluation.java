package org.sightline.thematic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A thematic evaluation: commissioned by a board with terms of reference, carried out on a
 * bespoke template over a sample of cases (and other methods), moderated, and reported with
 * findings and recommendations that become tracked actions.
 */
@Entity
@Table(name = "th_evaluation")
public class Evaluation extends VersionedEntity {

    private static final int LONG_TEXT = 100_000_000;
    /** Text limits: each one is the column's size (long text is stored unbounded), the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int SHORT_MAX = 200;
    public static final int TEXT_MAX = 8000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = SHORT_MAX)
    private String theme;

    @Column(length = SHORT_MAX)
    private String board;

    @Column(name = "commissioned_on")
    private LocalDate commissionedOn;

    @Lob
    @Column(length = LONG_TEXT)
    private String why;

    @Lob
    @Column(name = "why_now", length = LONG_TEXT)
    private String whyNow;

    @Lob
    @Column(length = LONG_TEXT)
    private String scope;

    @Lob
    @Column(length = LONG_TEXT)
    private String criteria;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "lead_id")
    private Person lead;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "th_auditor", joinColumns = @JoinColumn(name = "evaluation_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> auditors = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "th_method", joinColumns = @JoinColumn(name = "evaluation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "method", length = 40)
    private Set<Method> methods = EnumSet.noneOf(Method.class);

    @Column(name = "start_on")
    private LocalDate startOn;

    @Column(name = "fieldwork_end_on")
    private LocalDate fieldworkEndOn;

    @Column(name = "report_due_on")
    private LocalDate reportDueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationStatus status = EvaluationStatus.DRAFT;

    /** The share of submitted case reviews the PSW or Head of QA moderates. */
    @Column(name = "moderation_percent", nullable = false)
    private int moderationPercent = 20;

    @Lob
    @Column(length = LONG_TEXT)
    private String strengths;

    /** Weaknesses and risks. */
    @Lob
    @Column(length = LONG_TEXT)
    private String weaknesses;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "follow_up_of_id")
    private Evaluation followUpOf;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "created_by_id")
    private Person createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "reported_at")
    private Instant reportedAt;

    protected Evaluation() {
    }

    Evaluation(Person createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void apply(TermsOfReference t, Person lead, Set<Person> auditors) {
        this.title = t.title();
        this.theme = t.theme();
        this.board = t.board();
        this.commissionedOn = t.commissionedOn();
        this.why = t.why();
        this.whyNow = t.whyNow();
        this.scope = t.scope();
        this.criteria = t.criteria();
        this.lead = lead;
        this.auditors = new HashSet<>(auditors);
        this.methods = t.methods() == null || t.methods().isEmpty() ? EnumSet.noneOf(Method.class) : EnumSet.copyOf(t.methods());
        this.startOn = t.startOn();
        this.fieldworkEndOn = t.fieldworkEndOn();
        this.reportDueOn = t.reportDueOn();
        this.moderationPercent = t.moderationPercent();
    }

    TermsOfReference terms() {
        return new TermsOfReference(title, theme, board, commissionedOn, why, whyNow, scope, criteria, lead == null ? null : lead.getId(),
                auditors.stream().map(Person::getId).collect(java.util.stream.Collectors.toSet()), methods, startOn, fieldworkEndOn,
                reportDueOn, moderationPercent);
    }

    void moveTo(EvaluationStatus next) {
        this.status = next;
    }

    void findings(String strengths, String weaknesses) {
        this.strengths = strengths;
        this.weaknesses = weaknesses;
    }

    void reported(Instant at) {
        this.status = EvaluationStatus.REPORTED;
        this.reportedAt = at;
    }

    void followUpOf(Evaluation original) {
        this.followUpOf = original;
    }

    public boolean isLedBy(Person p) {
        return lead != null && lead.equals(p);
    }

    public String getTitle() {
        return title;
    }

    public String getTheme() {
        return theme;
    }

    public String getBoard() {
        return board;
    }

    public LocalDate getCommissionedOn() {
        return commissionedOn;
    }

    public String getWhy() {
        return why;
    }

    public String getWhyNow() {
        return whyNow;
    }

    public String getScope() {
        return scope;
    }

    public String getCriteria() {
        return criteria;
    }

    public Person getLead() {
        return lead;
    }

    public Set<Person> getAuditors() {
        return auditors;
    }

    public Set<Method> getMethods() {
        return methods;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getFieldworkEndOn() {
        return fieldworkEndOn;
    }

    public LocalDate getReportDueOn() {
        return reportDueOn;
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public int getModerationPercent() {
        return moderationPercent;
    }

    public String getStrengths() {
        return strengths;
    }

    public String getWeaknesses() {
        return weaknesses;
    }

    public Evaluation getFollowUpOf() {
        return followUpOf;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Evaluation e && getId() != null && getId().equals(e.getId());
    }

    @Override
    public int hashCode() {
        return Evaluation.class.hashCode();
    }
}
