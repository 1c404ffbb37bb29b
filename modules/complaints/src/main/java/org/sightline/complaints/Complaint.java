package org.sightline.complaints;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.support.ValidationException;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A complaint about children's services, from the day it was received (day 0) through stage 1
 * and any escalation. Dates are recorded as the steps happen; what is due when follows from
 * them and the working-day calendar ({@link Timeline}).
 */
@Entity
@Table(name = "cp_complaint")
public class Complaint extends VersionedEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 400;
    /** The summary is stored as long text; what a person types is kept to this. */
    public static final int SUMMARY_MAX = 8000;
    public static final int NOTE_MAX = 2000;
    public static final int REASON_MAX = 1000;

    /** Longer than MEDIUMTEXT, so Hibernate validates against the LONGTEXT Liquibase makes of a CLOB on MariaDB. */
    private static final int LONG_TEXT = 100_000_000;

    @Column(nullable = false, length = 20, unique = true)
    private String reference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "complainant_type", nullable = false, length = 20)
    private ComplainantType complainantType;

    @Column(name = "complainant_name", nullable = false, length = NAME_MAX)
    private String complainantName;

    @Column(name = "complainant_contact", length = CONTACT_MAX)
    private String complainantContact;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "case_id")
    private CaseRecord caseRecord;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    @Lob
    @Column(nullable = false, length = LONG_TEXT)
    private String summary;

    /** SHA-256 of the day and the web form's body: the same post sent again is the same complaint. */
    @Column(name = "intake_digest", length = 64)
    private String intakeDigest;

    /** A case reference the complainant gave that matched no case, kept so someone can look for the right one. */
    @Column(name = "given_case_reference", length = CaseRecord.REFERENCE_MAX)
    private String givenCaseReference;

    /** "portal" when staff logged it, "intake" when the council's web form posted it. */
    @Column(nullable = false, length = 20)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "created_by_id")
    private Person createdBy;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "officer_id")
    private Person officer;

    @Column(name = "allocated_on")
    private LocalDate allocatedOn;

    @Column(name = "points_confirmed_on")
    private LocalDate pointsConfirmedOn;

    /** Day 0 of the stage 1 response clock: the received date, or the meeting that restarted it. */
    @Column(name = "clock_start", nullable = false)
    private LocalDate clockStart;

    @Column(name = "restart_reason", length = REASON_MAX)
    private String restartReason;

    @Column(name = "restart_agreed_by", length = 200)
    private String restartAgreedBy;

    @Embedded
    private InitialContact contact = new InitialContact();

    /** Null when Hibernate loads a complaint whose response columns are all empty: see {@link #getResponse()}. */
    @Embedded
    private Stage1Response response = new Stage1Response();

    @Column(nullable = false)
    private int stage = 1;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @OrderBy("position")
    private List<ComplaintPoint> points = new ArrayList<>();

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @org.hibernate.annotations.Fetch(org.hibernate.annotations.FetchMode.SELECT)
    @OrderBy("stage")
    private List<Escalation> escalations = new ArrayList<>();

    protected Complaint() {
    }

    Complaint(String reference, String source, Instant createdAt, Person createdBy) {
        this.reference = reference;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void record(ComplaintDetails d, CaseRecord caseRecord, Team team) {
        this.receivedOn = d.receivedOn();
        if (pointsConfirmedOn == null && restartReason == null) {
            this.clockStart = d.receivedOn();
        }
        this.channel = d.channel();
        this.complainantType = d.complainantType();
        this.complainantName = d.complainantName();
        this.complainantContact = d.complainantContact();
        this.caseRecord = caseRecord;
        this.givenCaseReference = caseRecord == null && d.caseReference() != null && !d.caseReference().isBlank()
                ? d.caseReference().strip() : null;
        this.team = team;
        this.summary = d.summary();
    }

    ComplaintPoint addPoint(String description, Category category, LocalDate on) {
        ComplaintPoint p = new ComplaintPoint(this, points.size() + 1, description, category, on);
        points.add(p);
        return p;
    }

    void allocate(Person officer, LocalDate on) {
        this.officer = officer;
        this.allocatedOn = on;
    }

    void earlyResolution(EarlyResolution state, LocalDate on, String note) {
        contact.earlyResolution(state, on, note);
        if (state == EarlyResolution.RESOLVED) {
            points.forEach(p -> p.setOutcome(Outcome.RESOLVED_EARLY));
            this.closedOn = on;
        }
    }

    void confirmPoints(LocalDate on) {
        this.pointsConfirmedOn = on;
    }

    void restartClock(LocalDate on, String reason, String agreedBy) {
        this.clockStart = on;
        this.restartReason = reason;
        this.restartAgreedBy = agreedBy;
        // An extension agreed against the old clock no longer applies.
        getResponse().extend(null, null, null);
    }

    void responded(LocalDate on) {
        getResponse().sent(on);
        this.closedOn = on;
    }

    Escalation escalate(int stage, LocalDate requestedOn, String leadName, Person by) {
        Escalation e = new Escalation(this, stage, requestedOn, leadName, by);
        escalations.add(e);
        this.stage = stage;
        this.closedOn = null;
        return e;
    }

    void closeAt(LocalDate on) {
        this.closedOn = on;
    }

    public Optional<Escalation> escalation(int stage) {
        return escalations.stream().filter(e -> e.getStage() == stage).findFirst();
    }

    public boolean isChild() {
        return complainantType == ComplainantType.CHILD;
    }

    public boolean isResolvedEarly() {
        return contact.getEarlyResolution() == EarlyResolution.RESOLVED;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    /** Stage 1 is open until its response is sent or the complaint is resolved early. */
    public boolean isStage1Open() {
        return stage == 1 && getResponse().getResponseSentOn() == null && !isResolvedEarly();
    }

    /** Refuses a stage 1 step once stage 1 is over; the page asks {@link #isStage1Open()} to offer it. */
    void requireStage1Open() {
        if (!isStage1Open()) {
            throw ValidationException.of("", "Stage 1 of this complaint is finished.");
        }
    }

    /**
     * The stage the complainant may ask for now: 2 once the stage 1 response is sent, 3 once the
     * stage 2 response is; empty otherwise (resolved early, still at a stage, or at stage 3).
     */
    public OptionalInt nextStage() {
        if (stage == 1 && getResponse().getResponseSentOn() != null && !isResolvedEarly()) {
            return OptionalInt.of(2);
        }
        if (stage == 2 && escalation(2).map(Escalation::isDone).orElse(false)) {
            return OptionalInt.of(3);
        }
        return OptionalInt.empty();
    }

    /** The response the next stage follows: the stage 1 response, or the stage 2 response. */
    public Optional<LocalDate> lastResponse() {
        return stage == 1 ? Optional.ofNullable(getResponse().getResponseSentOn()) : escalation(stage).map(Escalation::getResponseOn);
    }

    public String statusLabel() {
        if (isResolvedEarly()) {
            return "Resolved early";
        }
        if (stage > 1) {
            Escalation e = escalation(stage).orElseThrow();
            return e.isDone() ? "Stage " + stage + " responded" : "Stage " + stage + (stage == 2 ? " investigation" : " review panel");
        }
        if (getResponse().getResponseSentOn() != null) {
            return "Stage 1 responded";
        }
        if (officer == null) {
            return "Awaiting allocation";
        }
        return "Stage 1 open";
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public ComplainantType getComplainantType() {
        return complainantType;
    }

    public String getComplainantName() {
        return complainantName;
    }

    public String getComplainantContact() {
        return complainantContact;
    }

    public CaseRecord getCaseRecord() {
        return caseRecord;
    }

    public Team getTeam() {
        return team;
    }

    public String getSummary() {
        return summary;
    }

    public String getSource() {
        return source;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Person getOfficer() {
        return officer;
    }

    public LocalDate getAllocatedOn() {
        return allocatedOn;
    }

    public LocalDate getPointsConfirmedOn() {
        return pointsConfirmedOn;
    }

    public LocalDate getClockStart() {
        return clockStart;
    }

    public String getRestartReason() {
        return restartReason;
    }

    public String getRestartAgreedBy() {
        return restartAgreedBy;
    }

    public InitialContact getContact() {
        return contact;
    }

    public Stage1Response getResponse() {
        // Hibernate leaves an embedded value null when all its columns are; a complaint always has one.
        if (response == null) {
            response = new Stage1Response();
        }
        return response;
    }

    public int getStage() {
        return stage;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public List<ComplaintPoint> getPoints() {
        return points;
    }

    public List<Escalation> getEscalations() {
        return escalations;
    }

    void markIntake(String digest) {
        this.intakeDigest = digest;
    }

    public String getGivenCaseReference() {
        return givenCaseReference;
    }
}
