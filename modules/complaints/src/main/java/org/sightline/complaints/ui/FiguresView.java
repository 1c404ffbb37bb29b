package org.sightline.complaints.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.complaints.ComplaintFigures;
import org.sightline.complaints.ComplainantType;
import org.sightline.complaints.Outcome;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ui.FiguresTable;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.support.ui.QuarterSelect;

/** The quarter's complaints and compliments in figures, compared with the quarter before and the same quarter last year. */
@Route("complaints/figures")
@PageTitle("Complaints and compliments figures | Sightline")
@RolesAllowed({Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_,
        Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_, Role.BOARD_MEMBER_, Role.ADMINISTRATOR_})
public class FiguresView extends Main {

    final QuarterSelect period;
    final Div content = new Div();
    final ChartView received = new ChartView();
    final ChartView outcomes = new ChartView();
    final ChartView compliments = new ChartView();
    final ChartView comparison = new ChartView();
    ComplaintFigures.Quarter shown;
    private final ComplaintFigures figures;

    public FiguresView(ComplaintFigures figures, ExportService exports, Clock clock) {
        this.figures = figures;
        addClassName("page");
        period = new QuarterSelect(LocalDate.now(clock), 8, 1);
        Paragraph purpose = new Paragraph("Complaints by stage, channel and complainant; responses within timescale; outcomes of each "
                + "complaint point by category; compliments by category and team. Figures only: no names.");
        purpose.addClassName("page-purpose");
        Div actions = new Div(PdfLink.report("Download the report (PDF)", exports, "complaints-report", period::getValue));
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1("Complaints and compliments figures"), purpose), actions);
        header.addClassName("page-header");
        Div filters = new Div(period);
        filters.addClassName("filters");
        period.addValueChangeListener(e -> show());
        add(header, filters, content);
        show();
    }

    private void show() {
        content.removeAll();
        ComplaintFigures.Quarter q = figures.quarter(period.getValue());
        shown = q;
        ComplaintFigures.Headline h = q.headline();
        content.add(FiguresTable.keyFigures(FiguresTable.keyFigure(String.valueOf(h.received()), "complaints received"),
                FiguresTable.keyFigure(h.stage1OnTimePercent() == null ? "–" : h.stage1OnTimePercent() + "%", "stage 1 responses on time"),
                FiguresTable.keyFigure(String.valueOf(h.resolvedEarly()), "resolved early"),
                FiguresTable.keyFigure(String.valueOf(h.compliments()), "compliments")));

        content.add(new H2("Received"));
        List<List<String>> stages = new ArrayList<>();
        q.receivedByStage().forEach((s, n) -> stages.add(List.of("Stage " + s, String.valueOf(n))));
        content.add(FiguresTable.of("Complaints received or escalated, by stage", List.of("Stage", "Number"), stages));
        received.show(ComplaintFigures.receivedChart(q));
        content.add(received);
        List<List<String>> types = new ArrayList<>();
        for (Map.Entry<ComplainantType, Long> e : q.byComplainant().entrySet()) {
            types.add(List.of(e.getKey().label(), String.valueOf(e.getValue())));
        }
        content.add(FiguresTable.of("Complaints by who made them", List.of("Complainant", "Complaints"), types));

        content.add(new H2("Timeliness"));
        List<List<String>> timely = new ArrayList<>();
        for (ComplaintFigures.Timeliness t : q.timeliness()) {
            timely.add(List.of("Stage " + t.stage(), String.valueOf(t.responded()), String.valueOf(t.onTime()),
                    t.percent() == null ? "None sent" : t.percent() + "%"));
        }
        content.add(FiguresTable.of("Responses sent this quarter within timescale", List.of("Stage", "Responses", "On time", "Percentage"), timely));

        content.add(new H2("Outcomes"));
        outcomes.show(ComplaintFigures.outcomesChart(q));
        content.add(outcomes);
        List<String> head = new ArrayList<>(List.of("Category"));
        for (Outcome o : Outcome.values()) {
            head.add(o.label());
        }
        List<List<String>> byCat = new ArrayList<>();
        q.outcomesByCategory().forEach((cat, m) -> {
            List<String> row = new ArrayList<>(List.of(cat));
            for (Outcome o : Outcome.values()) {
                row.add(String.valueOf(m.get(o)));
            }
            byCat.add(row);
        });
        content.add(FiguresTable.of("Outcomes of complaint points by category", head, byCat));

        content.add(new H2("Compliments"));
        compliments.show(ComplaintFigures.complimentsChart(q));
        content.add(compliments);
        List<List<String>> teams = new ArrayList<>();
        q.complimentsByTeam().forEach((t, n) -> teams.add(List.of(t, String.valueOf(n))));
        content.add(FiguresTable.of("Compliments by team praised", List.of("Team", "Compliments"), teams));

        content.add(new H2("Compared with earlier quarters"));
        List<List<String>> cmp = new ArrayList<>();
        for (ComplaintFigures.Headline x : q.comparison()) {
            cmp.add(x.row());
        }
        content.add(FiguresTable.of("This quarter, the previous quarter and the same quarter last year", ComplaintFigures.COMPARISON_COLUMNS, cmp));
        comparison.show(ComplaintFigures.comparisonChart(q));
        content.add(comparison);
    }
}
