package org.sightline.observations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.support.ui.QuarterSelect;
import org.sightline.observations.ObservationSummary;

/** The quarter's observations for the QA team: counts, compliance, themes and good practice. */
@Route("observations/summary")
@PageTitle("Observations: quarterly summary | Sightline")
@RolesAllowed({Role.QA_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_,
        Role.ADMINISTRATOR_})
public class SummaryView extends Main {

    final QuarterSelect period;
    final Div content = new Div();
    final ChartView natures = new ChartView();
    final ChartView themes = new ChartView();
    ObservationSummary.Figures figures;
    private final ObservationSummary summary;

    public SummaryView(ObservationSummary summary, ExportService exports, Clock clock) {
        this.summary = summary;
        addClassName("page");
        Paragraph purpose = new Paragraph("What observers saw across the service this quarter, grouped by the themes they tagged. "
                + "Mark examples of good practice on the observation itself.");
        purpose.addClassName("page-purpose");
        add(new RouterLink("← Observations", ObservationsView.class), new H1("Observations: quarterly summary"), purpose);
        period = new QuarterSelect(LocalDate.now(clock), 5, 0);
        period.addValueChangeListener(e -> show(e.getValue()));
        Anchor pdf = PdfLink.report("Download the summary (PDF)", exports, "observations-summary", period::getValue);
        Div tools = new Div(period, pdf);
        tools.addClassName("filters");
        add(tools, content);
        show(period.getValue());
    }

    private void show(ReportPeriod p) {
        figures = summary.figures(p);
        content.removeAll();
        content.add(Facts.of(Facts.fact("Observations", String.valueOf(figures.total())),
                Facts.fact("Up to date today", Math.round(figures.complianceRate()) + "% of " + figures.expectations()
                        + " (" + figures.overdue() + " overdue)"),
                Facts.fact("Good-practice examples", String.valueOf(figures.goodPractice().size()))));
        natures.show(ObservationSummary.natureChart(figures));
        themes.show(ObservationSummary.themeChart(figures));
        content.add(new H2("By nature of practice and service"), natures, new H2("Themes"), themes);
        excerpts("Strengths, by theme", figures.strengthsByTheme());
        excerpts("Areas for development, by theme", figures.developmentByTheme());
        content.add(new H2("Examples of good practice"));
        if (figures.goodPractice().isEmpty()) {
            content.add(new Paragraph("None chosen yet for this quarter."));
        }
        UnorderedList good = new UnorderedList();
        figures.goodPractice().forEach(o -> good.add(new ListItem(new RouterLink(o.natureLabel() + ", " + Formats.date(o.getObservedOn()),
                org.sightline.observations.ui.ObservationView.class, new RouteParameters("observationId", String.valueOf(o.getId()))))));
        content.add(good);
    }

    private void excerpts(String heading, Map<String, List<ObservationSummary.Excerpt>> byTheme) {
        content.add(new H2(heading));
        if (byTheme.isEmpty()) {
            content.add(new Paragraph("None recorded."));
        }
        byTheme.forEach((theme, list) -> {
            UnorderedList ul = new UnorderedList();
            ObservationSummary.lines(list, 6).forEach(line -> ul.add(new ListItem(line)));
            content.add(new H3(theme + " (" + list.size() + ")"), ul);
        });
    }
}
