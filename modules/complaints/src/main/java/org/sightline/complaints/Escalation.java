package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.AbstractEntity;

/**
 * Stage 2 (independent investigation) or stage 3 (review panel) of a complaint, each with its
 * own dates and outcome. The due dates follow from the request date (see {@link Timeline}).
 */
@Entity
@Table(name = "cp_escalation")
public class Escalation extends AbstractEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int LEAD_NAME_MAX = 200;
    public static final int REASON_MAX = 1000;
    public static final int NOTE_MAX = 2000;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false)
    private int stage;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    /** The independent investigator (stage 2) or the panel chair (stage 3). */
    @Column(name = "lead_name", length = LEAD_NAME_MAX)
    private String leadName;

    @Column(name = "extended_due")
    private LocalDate extendedDue;

    @Column(name = "extension_reason", length = REASON_MAX)
    private String extensionReason;

    @Column(name = "panel_on")
    private LocalDate panelOn;

    @Column(name = "panel_report_on")
    private LocalDate panelReportOn;

    /** The stage 2 response, or the council's response to the stage 3 panel. */
    @Column(name = "response_on")
    private LocalDate responseOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    @Column(name = "outcome_note", length = NOTE_MAX)
    private String outcomeNote;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    protected Escalation() {
    }

    Escalation(Complaint complaint, int stage, LocalDate requestedOn, String leadName, Person recordedBy) {
        this.complaint = complaint;
        this.stage = stage;
        this.requestedOn = requestedOn;
        this.leadName = leadName;
        this.recordedBy = recordedBy;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public int getStage() {
        return stage;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getLeadName() {
        return leadName;
    }

    public LocalDate getExtendedDue() {
        return extendedDue;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getPanelOn() {
        return panelOn;
    }

    public LocalDate getPanelReportOn() {
        return panelReportOn;
    }

    public LocalDate getResponseOn() {
        return responseOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public boolean isDone() {
        return responseOn != null;
    }

    void extend(LocalDate due, String reason) {
        this.extendedDue = due;
        this.extensionReason = reason;
    }

    void panelHeld(LocalDate on) {
        this.panelOn = on;
    }

    void panelReported(LocalDate on) {
        this.panelReportOn = on;
    }

    void respond(LocalDate on, Outcome outcome, String note) {
        this.responseOn = on;
        this.outcome = outcome;
        this.outcomeNote = note;
    }
}
