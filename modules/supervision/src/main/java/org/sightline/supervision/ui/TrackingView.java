package org.sightline.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import org.sightline.kernel.support.ui.CsvImportPanel;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.support.ui.QuarterSelect;
import org.sightline.supervision.SupervisionAudit;
import org.sightline.supervision.SupervisionPdfs;
import org.sightline.supervision.SupervisionService;
import org.sightline.supervision.TimelinessService;
import org.sightline.kernel.people.RoleGroup;

/** Grades by criterion and over time, and monthly supervision timeliness per team. */
@Route("supervision/tracking")
@PageTitle("Supervision tracking | Sightline")
@RolesAllowed(RoleGroup.MANAGERS_AND_QA_)
public class TrackingView extends Main {

    final QuarterSelect period;
    final ChartView criteria = new ChartView();
    final ChartView overTime = new ChartView();
    final ChartView timeliness = new ChartView();
    final Select<Team> team = new Select<>();
    final Select<LocalDate> month = new Select<>();
    final IntegerField percentage = new IntegerField("Supervised on time (%)");
    final Button save = new Button("Save the figure");
    final CsvImportPanel<TimelinessService.Entry> importPanel;
    final Paragraph message = new Paragraph();
    private final SupervisionService audits;
    private final TimelinessService figures;

    public TrackingView(SupervisionService audits, TimelinessService figures, ExportService exports, Clock clock) {
        this.audits = audits;
        this.figures = figures;
        addClassName("page");
        Paragraph purpose = new Paragraph("How supervision is graded across the service, criterion by criterion and over time, "
                + "and how much of it happens on time.");
        purpose.addClassName("page-purpose");
        add(new RouterLink("← Supervision audits", SupervisionView.class), new H1("Supervision tracking"), purpose);
        LocalDate today = LocalDate.now(clock);
        period = new QuarterSelect(today, 5, 0);
        period.addValueChangeListener(e -> showQuarter());
        Div tools = new Div(period, PdfLink.report("Download the quarterly summary (PDF)", exports, "supervision-summary", period::getValue));
        tools.addClassName("filters");
        add(tools, new H2("Grades by criterion"), criteria, new H2("Overall grades by quarter"), overTime);

        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        add(new H2("Supervision timeliness"), timeliness, message, entry(today));
        importPanel = new CsvImportPanel<>("figure", "Or import the performance team's CSV: columns Team, Month (like 2026-10) "
                + "and Percentage. A month already recorded for a team is corrected.", figures::preview, preview -> {
                    int n = figures.importRows(preview);
                    timeliness.show(figures.trend());
                    return n;
                }, e -> e.team().getName() + ", " + Formats.month(e.month()) + ": " + e.percentage() + "%");
        add(importPanel);
        showQuarter();
        timeliness.show(figures.trend());
    }

    /** One team's timeliness for one month, entered by hand. */
    private Div entry(LocalDate today) {
        team.setLabel("Team");
        team.setItems(figures.teams());
        team.setItemLabelGenerator(Team::getName);
        month.setLabel("Month");
        List<LocalDate> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(today.withDayOfMonth(1).minusMonths(i));
        }
        month.setItems(months);
        month.setItemLabelGenerator(Formats::month);
        month.setValue(months.get(0));
        percentage.setMin(0);
        percentage.setMax(100);
        save.addClickListener(e -> saveFigure());
        Div entry = new Div(team, month, percentage, save);
        entry.addClassName("filters");
        return entry;
    }

    private void showQuarter() {
        criteria.show(SupervisionPdfs.criteriaChart(audits.completedIn(period.getValue())));
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Overall grades of audits completed, by quarter")
                .axes("Quarter", "Audits");
        for (Grade g : Grade.values()) {
            c.series(g.label(), g.colour());
        }
        ReportPeriod q = ReportPeriod.previousQuarter(period.getValue().from());
        List<ReportPeriod> quarters = new ArrayList<>(List.of(period.getValue()));
        for (int i = 0; i < 3; i++) {
            quarters.addFirst(q);
            q = ReportPeriod.previousQuarter(q.from());
        }
        for (ReportPeriod p : quarters) {
            List<SupervisionAudit> done = audits.completedIn(p);
            String label = p.quarterName();
            for (Grade g : Grade.values()) {
                c.value(g.label(), label, done.stream().filter(a -> a.getOverall() == g).count());
            }
        }
        overTime.show(c.build());
    }

    void saveFigure() {
        if (FormAction.of("figure", Map.of("team", team, "month", month, "percentage", percentage), message)
                .run(() -> figures.record(team.getValue() == null ? null : team.getValue().getId(), month.getValue(), percentage.getValue()))) {
            FormAction.done("Saved " + team.getValue().getName() + ", " + Formats.month(month.getValue()) + ".");
            timeliness.show(figures.trend());
        }
    }
}
