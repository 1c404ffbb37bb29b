package org.sightline.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly complaints and compliments report (an exporter, for board packs) and a complaint's chronology. */
@Component
public class ComplaintPdfs implements PdfExporter {

    static final Set<Role> READERS = EnumSet.of(Role.QA_OFFICER, Role.COMPLAINTS_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER,
            Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.BOARD_MEMBER, Role.ADMINISTRATOR);

    private final PdfKit kit;
    private final ComplaintFigures figures;

    public ComplaintPdfs(PdfKit kit, ComplaintFigures figures) {
        this.kit = kit;
        this.figures = figures;
    }

    @Override
    public String id() {
        return "complaints-report";
    }

    @Override
    public String title() {
        return "Complaints and compliments: quarterly report";
    }

    @Override
    public String module() {
        return "complaints";
    }

    @Override
    public Set<Role> roles() {
        return READERS;
    }

    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        ComplaintFigures.Quarter q = figures.quarter(period);
        ComplaintFigures.Headline h = q.headline();
        PdfDocument doc = kit.document(title()).subtitle(period.fullLabel())
                .fact("Period", period.label())
                .fact("Complaints received (stage 1)", String.valueOf(h.received()))
                .fact("Stage 1 responses on time", h.stage1OnTimePercent() == null ? "No responses sent" : h.stage1OnTimePercent() + "%")
                .fact("Compliments received", String.valueOf(h.compliments()));

        doc.heading("Complaints received");
        PdfTable stages = PdfTable.withColumns("Stage", "Received or requested").caption("Complaints by stage").rowHeaders();
        q.receivedByStage().forEach((s, n) -> stages.row("Stage " + s, String.valueOf(n)));
        doc.table(stages);
        doc.chart(ComplaintFigures.receivedChart(q));
        PdfTable types = PdfTable.withColumns("Complainant", "Complaints").caption("Complaints by who made them").rowHeaders();
        q.byComplainant().forEach((t, n) -> types.row(t.label(), String.valueOf(n)));
        doc.table(types);

        doc.heading("Timeliness");
        PdfTable timely = PdfTable.withColumns("Stage", "Timescale", "Responses sent", "On time", "Percentage on time")
                .caption("Responses sent this quarter within timescale").rowHeaders();
        String[] scales = {"", "10 working days (20 if extended with agreement)", "25 working days (up to 65)",
                "Panel 30, report 5, response 15 working days"};
        for (ComplaintFigures.Timeliness t : q.timeliness()) {
            timely.row("Stage " + t.stage(), scales[t.stage()], String.valueOf(t.responded()), String.valueOf(t.onTime()),
                    t.percent() == null ? "None sent" : t.percent() + "%");
        }
        doc.table(timely);

        doc.heading("Outcomes");
        doc.note("Each complaint point has its own outcome. Points are counted when their complaint was answered or resolved early in the quarter.");
        doc.chart(ComplaintFigures.outcomesChart(q));
        PdfTable byCat = PdfTable.withColumns(header()).caption("Outcomes of points by category").rowHeaders();
        for (Map.Entry<String, Map<Outcome, Long>> e : q.outcomesByCategory().entrySet()) {
            List<String> row = new java.util.ArrayList<>();
            row.add(e.getKey());
            for (Outcome o : Outcome.values()) {
                row.add(String.valueOf(e.getValue().get(o)));
            }
            byCat.row(row);
        }
        doc.table(byCat);

        doc.heading("Compliments");
        if (q.complimentsByCategory().isEmpty()) {
            doc.paragraph("No compliments were recorded in this quarter.");
        } else {
            doc.chart(ComplaintFigures.complimentsChart(q));
            PdfTable teams = PdfTable.withColumns("Team", "Compliments").caption("Compliments by team praised").rowHeaders();
            q.complimentsByTeam().forEach((t, n) -> teams.row(t, String.valueOf(n)));
            doc.table(teams);
        }

        doc.heading("Compared with earlier quarters");
        PdfTable cmp = PdfTable.withColumns(ComplaintFigures.COMPARISON_COLUMNS.toArray(String[]::new))
                .caption("This quarter, the previous quarter and the same quarter last year").rowHeaders();
        for (ComplaintFigures.Headline x : q.comparison()) {
            cmp.row(x.row());
        }
        doc.table(cmp);
        doc.chart(ComplaintFigures.comparisonChart(q));
        return doc;
    }

    private static String[] header() {
        String[] h = new String[Outcome.values().length + 1];
        h[0] = "Category";
        for (Outcome o : Outcome.values()) {
            h[o.ordinal() + 1] = o.label();
        }
        return h;
    }

    /** Everything that happened on one complaint, in date order, with the deadlines. */
    public PdfDocument chronology(Complaint c, List<Timeline.Entry> steps, WorkingDays days, java.time.LocalDate today) {
        PdfDocument doc = kit.document("Complaint " + c.getReference() + ": chronology")
                .childLevel()
                .subtitle(c.statusLabel())
                .fact("Received", Formats.date(c.getReceivedOn()) + " by " + c.getChannel().label().toLowerCase())
                .fact("Complainant", c.getComplainantName() + " (" + c.getComplainantType().label().toLowerCase() + ")")
                .fact("Case", c.getCaseRecord() == null ? "Not recorded" : c.getCaseRecord().getReference())
                .fact("Team", c.getTeam() == null ? "Not recorded" : c.getTeam().getName())
                .fact("Investigating officer", c.getOfficer() == null ? "Not allocated" : c.getOfficer().getFullName());
        doc.heading("Summary");
        doc.paragraph(c.getSummary());
        doc.heading("Complaint points");
        PdfTable points = PdfTable.withColumns("No.", "Point", "Category", "Outcome").widths(1, 9, 3, 3);
        for (ComplaintPoint p : c.getPoints()) {
            points.row(String.valueOf(p.getPosition()), p.getDescription(), p.getCategory() == null ? "" : p.getCategory().getName(),
                    p.getOutcome() == null ? "Open" : p.getOutcome().label());
        }
        doc.table(points);
        doc.heading("Steps and deadlines");
        PdfTable table = PdfTable.withColumns("Step", "Due", "Done", "Status").widths(8, 3, 3, 3).rowHeaders();
        for (Timeline.Entry e : steps) {
            table.row(e.step().label(), Formats.date(e.due()), e.doneOn() == null ? "" : Formats.date(e.doneOn()),
                    e.isDone() ? (e.wasLate() ? "Done late" : "Done on time") : e.isOverdue(today) ? "Overdue" : "Open");
        }
        doc.table(table);
        doc.heading("Chronology");
        List<String> events = new java.util.ArrayList<>();
        add(events, c.getReceivedOn(), "Complaint received (day 0) by " + c.getChannel().label().toLowerCase() + ".");
        add(events, c.getAllocatedOn(), "Allocated to " + (c.getOfficer() == null ? "" : c.getOfficer().getFullName()) + ".");
        add(events, c.getContact().getContactedOn(), "Complainant contacted" + (c.getContact().getMeetingOn() == null ? "." : "; initial meeting arranged for "
                + Formats.date(c.getContact().getMeetingOn()) + (c.getContact().isComplaintsOfficerAttends() ? " with the complaints officer." : ".")));
        add(events, c.getContact().getAdvocateOfferedOn(), "Advocate offered" + (c.getContact().isAgeAppropriateLetter() ? "; letters written for the young person's age." : "."));
        if (c.getRestartReason() != null) {
            add(events, c.getClockStart(), "Timescale restarted: " + c.getRestartReason() + " (agreed by " + c.getRestartAgreedBy() + ").");
        }
        add(events, c.getContact().getResolvedEarlyOn(), "Resolved early: " + (c.getContact().getResolutionNote() == null ? "" : c.getContact().getResolutionNote()));
        add(events, c.getResponse().getExtensionAgreedOn(), "Extension agreed in writing to " + (c.getResponse().getExtendedDue() == null ? "" : Formats.date(c.getResponse().getExtendedDue()))
                + ": " + c.getResponse().getExtensionReason());
        add(events, c.getResponse().getDraftForQaOn(), "Draft response sent for quality assurance.");
        add(events, c.getResponse().getQaOn(), "Response quality-assured by " + (c.getResponse().getQaBy() == null ? "" : c.getResponse().getQaBy().getFullName()) + ".");
        add(events, c.getResponse().getResponseSentOn(), "Stage 1 response sent (due " + Formats.date(Timeline.responseDue(c, days)) + ").");
        add(events, c.getResponse().getCopyOnFileOn(), "Copy of the response placed on the child's file.");
        for (Escalation e : c.getEscalations()) {
            add(events, e.getRequestedOn(), "Stage " + e.getStage() + " requested" + (e.getLeadName() == null ? "." : "; led by " + e.getLeadName() + "."));
            add(events, e.getPanelOn(), "Review panel held.");
            add(events, e.getPanelReportOn(), "Review panel report received.");
            add(events, e.getResponseOn(), "Stage " + e.getStage() + " response: " + (e.getOutcome() == null ? "" : e.getOutcome().label().toLowerCase())
                    + (e.getOutcomeNote() == null ? "." : ". " + e.getOutcomeNote()));
        }
        events.sort(java.util.Comparator.comparing(s -> s.substring(0, 10)));
        doc.bulletList(events.stream().map(s -> s.substring(11)).toList());
        return doc;
    }

    private static void add(List<String> events, java.time.LocalDate on, String what) {
        if (on != null) {
            // ISO date first so a plain sort puts events in order; cut off before printing.
            events.add(on + "|" + Formats.date(on) + ": " + what);
        }
    }
}
