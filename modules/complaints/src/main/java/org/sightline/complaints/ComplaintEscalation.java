package org.sightline.complaints;

import static org.sightline.complaints.ComplaintSupport.blank;

import java.time.LocalDate;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stages 2 and 3: the complainant's request within 20 working days of a response, the
 * independent investigation and its extension, the review panel and its report, and the
 * council's response, which closes the complaint.
 */
@Service
@Transactional
public class ComplaintEscalation {

    private final ComplaintRepository complaints;
    private final CurrentUser currentUser;
    private final ComplaintSupport support;

    public ComplaintEscalation(ComplaintRepository complaints, CurrentUser currentUser, ComplaintSupport support) {
        this.complaints = complaints;
        this.currentUser = currentUser;
        this.support = support;
    }

    /** The complainant asks for stage 2 (after the stage 1 response) or stage 3 (after stage 2). */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint escalate(long id, long version, int stage, LocalDate requestedOn, String leadName) {
        Complaint c = support.load(id, version);
        var errors = new ValidationException.Collector();
        if (stage != 2 && stage != 3) {
            errors.add("requestedOn", "Complaints escalate to stage 2 or stage 3.");
        } else if (c.nextStage().orElse(0) != stage) {
            errors.add("requestedOn", "Stage " + stage + " follows a stage " + (stage - 1) + " response that has been sent.");
        }
        LocalDate previousResponse = errors.has("requestedOn") ? null : c.lastResponse().orElse(null);
        if (previousResponse != null) {
            support.dateCheck(errors, "requestedOn", requestedOn, previousResponse, "the previous response");
            LocalDate window = Timeline.escalationDeadline(previousResponse, support.days());
            if (requestedOn != null && requestedOn.isAfter(window)) {
                errors.add("requestedOn", "The request came after " + Formats.date(window)
                        + ", more than 20 working days after the response; it is outside the procedure.");
            }
        }
        errors.maxLength("leadName", leadName, Escalation.LEAD_NAME_MAX, "the name");
        errors.throwIfAny();
        c.escalate(stage, requestedOn, blank(leadName) ? null : leadName.strip(), currentUser.require());
        return complaints.saveAndFlush(c);
    }

    /** Stage 2 extended beyond 25 working days, to 65 at most. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint extendStage2(long id, long version, LocalDate newDue, String reason) {
        Complaint c = support.load(id, version);
        Escalation e = c.escalation(2).filter(x -> !x.isDone() && c.getStage() == 2)
                .orElseThrow(() -> ValidationException.of("stage2Due", "There is no stage 2 investigation open."));
        WorkingDays days = support.days();
        var errors = new ValidationException.Collector();
        LocalDate latest = days.add(e.getRequestedOn(), Timeline.STAGE2_MAX);
        if (newDue == null || !newDue.isAfter(Timeline.stage2Due(e, days))) {
            errors.add("stage2Due", "The new date must be after the current deadline, " + Formats.date(Timeline.stage2Due(e, days)) + ".");
        } else if (newDue.isAfter(latest)) {
            errors.add("stage2Due", "Stage 2 can be extended to 65 working days at most: no later than " + Formats.date(latest) + ".");
        }
        if (blank(reason)) {
            errors.add("stage2Reason", "Give the reason for the extension.");
        }
        errors.maxLength("stage2Reason", reason, Escalation.REASON_MAX, "the reason");
        errors.throwIfAny();
        e.extend(newDue, reason.strip());
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint panelHeld(long id, long version, LocalDate on) {
        Complaint c = support.load(id, version);
        Escalation e = openStage(c, 3);
        var errors = new ValidationException.Collector();
        support.dateCheck(errors, "panelOn", on, e.getRequestedOn(), "stage 3 was requested");
        errors.throwIfAny();
        e.panelHeld(on);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint panelReported(long id, long version, LocalDate on) {
        Complaint c = support.load(id, version);
        Escalation e = openStage(c, 3);
        var errors = new ValidationException.Collector();
        if (e.getPanelOn() == null) {
            errors.add("panelReportOn", "Record the panel meeting first.");
        } else {
            support.dateCheck(errors, "panelReportOn", on, e.getPanelOn(), "the panel met");
        }
        errors.throwIfAny();
        e.panelReported(on);
        return complaints.saveAndFlush(c);
    }

    /** The stage 2 response, or the council's response to the stage 3 panel, with its outcome. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint stageResponse(long id, long version, int stage, LocalDate on, Outcome outcome, String note) {
        Complaint c = support.load(id, version);
        Escalation e = openStage(c, stage);
        var errors = new ValidationException.Collector();
        if (stage == 3 && e.getPanelReportOn() == null) {
            errors.add("stageResponseOn", "Record the panel's report before the council's response.");
        } else {
            support.dateCheck(errors, "stageResponseOn", on, stage == 3 ? e.getPanelReportOn() : e.getRequestedOn(),
                    stage == 3 ? "the panel reported" : "stage 2 was requested");
        }
        if (outcome == null || outcome == Outcome.RESOLVED_EARLY) {
            errors.add("stageOutcome", "Choose the outcome: upheld, partly upheld, not upheld or withdrawn.");
        }
        errors.maxLength("stageNote", note, Escalation.NOTE_MAX, "this");
        errors.throwIfAny();
        e.respond(on, outcome, blank(note) ? null : note.strip());
        c.closeAt(on);
        return complaints.saveAndFlush(c);
    }

    private static Escalation openStage(Complaint c, int stage) {
        return c.escalation(stage).filter(e -> !e.isDone() && c.getStage() == stage)
                .orElseThrow(() -> ValidationException.of("", "There is no open stage " + stage + " on this complaint."));
    }
}
