package org.sightline.observations;

import jakarta.persistence.Column;
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
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.support.VersionedEntity;

/**
 * An observation of practice: a manager watches a practitioner at work (a visit, a conference,
 * supervision) and records strengths and areas for development, then shares it so the
 * practitioner can reflect. It is for reflection, not judgement: there is no grade.
 */
@Entity
@Table(name = "ob_observation")
public class Observation extends VersionedEntity {

    /** Text limits: each one is the column's size (long text is stored unbounded), the service's check and the form field's maximum. */
    public static final int NATURE_OTHER_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int NOTE_MAX = 2000;


    /** Longer than MEDIUMTEXT, so Hibernate validates against the LONGTEXT Liquibase makes of a CLOB on MariaDB. */
    private static final int LONG_TEXT = 100_000_000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "observer_id")
    private Person observer;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "observed_id")
    private Person observed;

    /** The observed person's team when observed, so reports stay right after moves. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id")
    private CaseRecord caseRecord;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_need", length = 30)
    private LevelOfNeed levelOfNeed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NatureOfPractice nature;

    @Column(name = "nature_other", length = NATURE_OTHER_MAX)
    private String natureOther;

    // Free text as CLOB/LONGTEXT: four 4,000-character VARCHARs would pass MariaDB's 64 KB row limit.
    // The service keeps each to 4,000 characters.
    @Lob
    @Column(length = LONG_TEXT)
    private String strengths;

    @Lob
    @Column(length = LONG_TEXT)
    private String development;

    @Lob
    @Column(length = LONG_TEXT)
    private String reflections;

    @Lob
    @Column(name = "other_comments", length = LONG_TEXT)
    private String otherComments;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "ob_strength_theme", joinColumns = @JoinColumn(name = "observation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<LearningTheme> strengthThemes = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "ob_development_theme", joinColumns = @JoinColumn(name = "observation_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<LearningTheme> developmentThemes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ObservationStatus status = ObservationStatus.DRAFT;

    @Column(name = "shared_at")
    private Instant sharedAt;

    @Lob
    @Column(name = "practitioner_reflection", length = LONG_TEXT)
    private String practitionerReflection;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    /** Where it was picked up in supervision, e.g. "Discussed in supervision on 3 March". */
    @Column(name = "supervision_note", length = NOTE_MAX)
    private String supervisionNote;

    @Column(name = "good_practice", nullable = false)
    private boolean goodPractice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "good_practice_by_id")
    private Person goodPracticeBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Observation() {
    }

    Observation(Person observer, Instant now) {
        this.observer = observer;
        this.createdAt = now;
    }

    void record(ObservationDraft d, Person observed, CaseRecord caseRecord) {
        this.observed = observed;
        this.team = observed.getTeam();
        this.observedOn = d.observedOn();
        this.caseRecord = caseRecord;
        this.levelOfNeed = d.levelOfNeed();
        this.nature = d.nature();
        this.natureOther = d.nature() == NatureOfPractice.OTHER ? d.natureOther().strip() : null;
        this.strengths = d.strengths();
        this.development = d.development();
        this.reflections = d.reflections();
        this.otherComments = d.otherComments();
        this.strengthThemes = new HashSet<>(d.strengthThemes());
        this.developmentThemes = new HashSet<>(d.developmentThemes());
    }

    void share(Instant at) {
        this.status = ObservationStatus.SHARED;
        this.sharedAt = at;
    }

    void acknowledge(String reflection, Instant at) {
        this.practitionerReflection = reflection;
        this.status = ObservationStatus.ACKNOWLEDGED;
        this.acknowledgedAt = at;
    }

    void noteSupervision(String note) {
        this.supervisionNote = note;
    }

    void markGoodPractice(boolean good, Person by) {
        this.goodPractice = good;
        this.goodPracticeBy = good ? by : null;
    }

    public Person getObserver() { return observer; }
    public Person getObserved() { return observed; }
    public Team getTeam() { return team; }
    public LocalDate getObservedOn() { return observedOn; }
    public CaseRecord getCaseRecord() { return caseRecord; }
    public LevelOfNeed getLevelOfNeed() { return levelOfNeed; }
    public NatureOfPractice getNature() { return nature; }
    public String getNatureOther() { return natureOther; }
    public String getStrengths() { return strengths; }
    public String getDevelopment() { return development; }
    public String getReflections() { return reflections; }
    public String getOtherComments() { return otherComments; }
    public Set<LearningTheme> getStrengthThemes() { return strengthThemes; }
    public Set<LearningTheme> getDevelopmentThemes() { return developmentThemes; }
    public ObservationStatus getStatus() { return status; }
    public Instant getSharedAt() { return sharedAt; }
    public String getPractitionerReflection() { return practitionerReflection; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public String getSupervisionNote() { return supervisionNote; }
    public boolean isGoodPractice() { return goodPractice; }
    public Instant getCreatedAt() { return createdAt; }

    /** "Home visit", or the observer's own words for "Other". */
    public String natureLabel() {
        return nature == NatureOfPractice.OTHER && natureOther != null ? "Other: " + natureOther : nature.label();
    }

    /** Shared or acknowledged: it counts for the cadence and the practitioner can see it. */
    public boolean isCarriedOut() {
        return status != ObservationStatus.DRAFT;
    }
}
