package org.sightline.kernel.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The actions report: every action due in the period, and those still open from before it. */
@Component
public class ActionsReport implements PdfExporter {

    static final String OVERDUE_COLOUR = "#9c2f4b";

    private final ActionRepository actions;
    private final PdfKit kit;
    private final Clock clock;

    ActionsReport(ActionRepository actions, PdfKit kit, Clock clock) {
        this.actions = actions;
        this.kit = kit;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "actions-report";
    }

    @Override
    public String title() {
        return "Actions report";
    }

    @Override
    public String module() {
        return "actions";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.copyOf(ActionService.ALL_ACTIONS);
    }

    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        List<ActionItem> items = actions.forReport(period.from(), period.to());
        long done = items.stream().filter(a -> a.getStatus() == ActionStatus.DONE).count();
        long overdue = items.stream().filter(a -> a.isOverdue(today)).count();
        long open = items.stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count();
        long cancelled = items.stream().filter(a -> a.getStatus() == ActionStatus.CANCELLED).count();
        long onTime = items.stream().filter(a -> a.getStatus() == ActionStatus.DONE && a.getCompletedAt() != null
                && !a.getCompletedAt().atZone(Formats.UK).toLocalDate().isAfter(a.getDueDate())).count();

        PdfDocument doc = kit.document("Actions report")
                .subtitle(period.fullLabel())
                .subject("Actions raised across the quality assurance programme, their status and evidence of completion")
                .fact("Period", period.label())
                .fact("Status on", Formats.date(today));

        doc.heading("Summary");
        doc.paragraph(items.size() + " actions were due in the period or remain open from before it: " + done + " done ("
                + onTime + " by their due date), " + open + " open, of which " + overdue + " overdue, and " + cancelled + " cancelled.");

        Map<String, Map<ActionStatus, Integer>> byTeam = new TreeMap<>();
        for (ActionItem a : items) {
            String team = a.getOwner().getTeam() == null ? "No team" : a.getOwner().getTeam().getName();
            byTeam.computeIfAbsent(team, k -> new LinkedHashMap<>()).merge(a.getStatus(), 1, Integer::sum);
        }
        ChartSpec.Builder chart = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Actions by team and status")
                .axes("Team", "Actions")
                .series(ActionStatus.DONE.label(), "#2e6b30").series(ActionStatus.OPEN.label(), "#0b5563")
                .series(ActionStatus.CANCELLED.label(), "#5f6b7a");
        byTeam.forEach((team, counts) -> {
            for (ActionStatus s : ActionStatus.values()) {
                chart.value(s.label(), team, counts.getOrDefault(s, 0));
            }
        });
        doc.chart(chart.build());

        doc.heading("Overdue actions");
        PdfTable overdueTable = PdfTable.withColumns("Action", "Owner", "Team", "Due", "From").widths(5, 3, 3, 2, 3);
        items.stream().filter(a -> a.isOverdue(today)).forEach(a -> overdueTable.row(a.getTitle(), a.getOwner().getFullName(),
                teamOf(a), Formats.date(a.getDueDate()), source(a)));
        doc.table(overdueTable.caption("Open actions past their due date"));

        doc.heading("All actions in the period");
        PdfTable all = PdfTable.withColumns("Action", "Owner", "Team", "Due", "Status", "Source", "Evidence of completion")
                .widths(5, 3, 3, 3, 2, 3, 4).alert("Overdue");
        for (ActionItem a : items) {
            all.row(a.getTitle(), a.getOwner().getFullName(), teamOf(a), Formats.date(a.getDueDate()),
                    a.isOverdue(today) ? "Overdue" : a.getStatus().label(), source(a),
                    a.getEvidence() == null ? "" : a.getEvidence()
                            + (a.getCompletedBy() == null ? "" : " (" + a.getCompletedBy().getFullName() + ", "
                            + Formats.dateTime(a.getCompletedAt()) + ")"));
        }
        doc.table(all.caption("Actions due " + period.label() + ", with open actions carried over"));
        doc.note("Overdue means open after its due date. Owners are told the working day after an action falls due, and "
                + "their line manager after " + OverdueActions.ESCALATE_AFTER + " working days.");
        return doc;
    }

    private static String teamOf(ActionItem a) {
        return a.getOwner().getTeam() == null ? "" : a.getOwner().getTeam().getName();
    }

    private static String source(ActionItem a) {
        return a.getSourceLabel() == null ? a.getSourceModule() : a.getSourceLabel();
    }
}
