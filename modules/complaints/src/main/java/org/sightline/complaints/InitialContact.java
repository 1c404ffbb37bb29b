package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * The first steps with the complainant at stage 1: contact, the initial meeting, for a child the
 * offer of an advocate, and whether the complaint was resolved early at that meeting.
 */
@Embeddable
public class InitialContact {

    @Column(name = "contacted_on")
    private LocalDate contactedOn;

    @Column(name = "meeting_on")
    private LocalDate meetingOn;

    @Column(name = "complaints_officer_attends", nullable = false)
    private boolean complaintsOfficerAttends;

    @Column(name = "advocate_offered_on")
    private LocalDate advocateOfferedOn;

    @Column(name = "age_appropriate_letter", nullable = false)
    private boolean ageAppropriateLetter;

    @Enumerated(EnumType.STRING)
    @Column(name = "early_resolution", nullable = false, length = 20)
    private EarlyResolution earlyResolution = EarlyResolution.NOT_YET;

    @Column(name = "resolved_early_on")
    private LocalDate resolvedEarlyOn;

    @Column(name = "resolution_note", length = Complaint.NOTE_MAX)
    private String resolutionNote;

    void earlyResolution(EarlyResolution state, LocalDate on, String note) {
        this.earlyResolution = state;
        if (state == EarlyResolution.RESOLVED) {
            this.resolvedEarlyOn = on;
        }
        if (state == EarlyResolution.RESOLVED || state == EarlyResolution.DECLINED) {
            this.resolutionNote = note;
        }
    }

    void contacted(LocalDate on, LocalDate meeting, boolean officerAttends) {
        this.contactedOn = on;
        this.meetingOn = meeting;
        this.complaintsOfficerAttends = officerAttends;
    }

    void advocateOffered(LocalDate on, boolean letterForAge) {
        this.advocateOfferedOn = on;
        this.ageAppropriateLetter = letterForAge;
    }

    public LocalDate getContactedOn() {
        return contactedOn;
    }

    public LocalDate getMeetingOn() {
        return meetingOn;
    }

    public boolean isComplaintsOfficerAttends() {
        return complaintsOfficerAttends;
    }

    public LocalDate getAdvocateOfferedOn() {
        return advocateOfferedOn;
    }

    public boolean isAgeAppropriateLetter() {
        return ageAppropriateLetter;
    }

    public EarlyResolution getEarlyResolution() {
        return earlyResolution;
    }

    public LocalDate getResolvedEarlyOn() {
        return resolvedEarlyOn;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }
}
