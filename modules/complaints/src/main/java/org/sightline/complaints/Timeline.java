package org.sightline.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.people.Person;

/**
 * The statutory timescales of a complaint, in working days from the shared calendar: what is
 * due when, what has been done, and by whom it is owed. Pure: the same complaint, calendar and
 * day always give the same steps.
 *
 * <p>Stage 1: allocated on day 1; complainant contacted within 2 working days; a child offered
 * an advocate at that contact; the response within 10 working days of the clock start (the
 * received date, or the meeting where new points restarted it), extendable to 20 with the
 * complainant's written agreement; the draft quality-assured 2 working days before the
 * deadline. Stage 2: 25 working days from the request, extendable to 65. Stage 3: the panel
 * within 30 working days of the request, its report within 5 of the panel, the council's
 * response within 15 of the report. Each escalation must be asked for within 20 working days
 * of the previous response.
 */
public final class Timeline {

    public static final int ALLOCATE = 1;
    public static final int CONTACT = 2;
    public static final int RESPONSE = 10;
    public static final int RESPONSE_MAX = 20;
    public static final int QA_BEFORE = 2;
    public static final int ESCALATION_WINDOW = 20;
    public static final int STAGE2 = 25;
    public static final int STAGE2_MAX = 65;
    public static final int PANEL = 30;
    public static final int PANEL_REPORT = 5;
    public static final int COUNCIL_RESPONSE = 15;

    public enum Step {
        ALLOCATE("Allocate to a QA officer"),
        CONTACT("Contact the complainant and arrange the initial meeting"),
        ADVOCATE("Offer the young person an advocate"),
        QUALITY_ASSURE("Quality-assure the draft response"),
        RESPOND("Send the stage 1 response"),
        COPY_ON_FILE("Place a copy of the response on the child's file"),
        STAGE2_RESPOND("Send the stage 2 response"),
        STAGE3_PANEL("Hold the stage 3 review panel"),
        STAGE3_REPORT("Receive the review panel's report"),
        STAGE3_RESPOND("Send the council's response to the panel");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One dated step; {@code owner} is null when nobody is named yet (it then falls to the QA service manager). */
    public record Entry(Step step, LocalDate due, LocalDate doneOn, Person owner) {
        public boolean isDone() {
            return doneOn != null;
        }

        public boolean isOverdue(LocalDate today) {
            return doneOn == null && due.isBefore(today);
        }

        public boolean wasLate() {
            return doneOn != null && doneOn.isAfter(due);
        }
    }

    private Timeline() {
    }

    /** The stage 1 response deadline: the agreed extension if there is one, otherwise 10 working days. */
    public static LocalDate responseDue(Complaint c, WorkingDays days) {
        return c.getResponse().getExtendedDue() != null ? c.getResponse().getExtendedDue() : days.add(c.getClockStart(), RESPONSE);
    }

    public static LocalDate latestExtension(Complaint c, WorkingDays days) {
        return days.add(c.getClockStart(), RESPONSE_MAX);
    }

    public static LocalDate stage2Due(Escalation e, WorkingDays days) {
        return e.getExtendedDue() != null ? e.getExtendedDue() : days.add(e.getRequestedOn(), STAGE2);
    }

    /** The last day the complainant can ask for the next stage, once the current stage has responded. */
    public static LocalDate escalationDeadline(LocalDate responseOn, WorkingDays days) {
        return days.add(responseOn, ESCALATION_WINDOW);
    }

    /**
     * Every step the complaint has had or still has, in order.
     *
     * @param qaManager who allocates and quality-assures when nobody else is named
     */
    public static List<Entry> of(Complaint c, WorkingDays days, Person qaManager) {
        List<Entry> steps = new ArrayList<>();
        LocalDate day0 = c.getReceivedOn();
        Person officer = c.getOfficer();
        steps.add(new Entry(Step.ALLOCATE, days.add(day0, ALLOCATE), c.getAllocatedOn(), qaManager));
        steps.add(new Entry(Step.CONTACT, days.add(day0, CONTACT), c.getContact().getContactedOn(), officer));
        if (c.isChild()) {
            steps.add(new Entry(Step.ADVOCATE, days.add(day0, CONTACT), c.getContact().getAdvocateOfferedOn(), officer));
        }
        if (!c.isResolvedEarly()) {
            LocalDate due = responseDue(c, days);
            Person qa = c.getResponse().getQaBy() != null ? c.getResponse().getQaBy() : qaManager;
            steps.add(new Entry(Step.QUALITY_ASSURE, days.add(due, -QA_BEFORE), c.getResponse().getQaOn(), qa));
            steps.add(new Entry(Step.RESPOND, due, c.getResponse().getResponseSentOn(), officer));
            if (c.getCaseRecord() != null) {
                LocalDate fileDue = c.getResponse().getResponseSentOn() != null ? days.add(c.getResponse().getResponseSentOn(), 1) : days.add(due, 1);
                steps.add(new Entry(Step.COPY_ON_FILE, fileDue, c.getResponse().getCopyOnFileOn(), officer));
            }
        }
        c.escalation(2).ifPresent(e -> steps.add(new Entry(Step.STAGE2_RESPOND, stage2Due(e, days), e.getResponseOn(), e.getRecordedBy())));
        c.escalation(3).ifPresent(e -> {
            LocalDate panelDue = days.add(e.getRequestedOn(), PANEL);
            steps.add(new Entry(Step.STAGE3_PANEL, panelDue, e.getPanelOn(), e.getRecordedBy()));
            LocalDate reportDue = days.add(e.getPanelOn() != null ? e.getPanelOn() : panelDue, PANEL_REPORT);
            steps.add(new Entry(Step.STAGE3_REPORT, reportDue, e.getPanelReportOn(), e.getRecordedBy()));
            LocalDate responseDue = days.add(e.getPanelReportOn() != null ? e.getPanelReportOn() : reportDue, COUNCIL_RESPONSE);
            steps.add(new Entry(Step.STAGE3_RESPOND, responseDue, e.getResponseOn(), e.getRecordedBy()));
        });
        return steps;
    }

    /** Steps not yet done, soonest first. */
    public static List<Entry> open(Complaint c, WorkingDays days, Person qaManager) {
        return of(c, days, qaManager).stream().filter(e -> !e.isDone()).sorted(java.util.Comparator.comparing(Entry::due)).toList();
    }
}
