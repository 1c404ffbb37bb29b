package org.sightline.workshops.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.support.ui.QuarterSelect;
import org.sightline.workshops.Times;
import org.sightline.workshops.WorkshopPdfs;
import org.sightline.workshops.WorkshopReports;

/** Fill rates, attendance, no-shows, feedback and learning themes for a quarter. */
@Route("workshops/reports")
@PageTitle("Workshop reports | Sightline")
@RolesAllowed({Role.QA_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_,
        Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_, Role.ADMINISTRATOR_})
public class WorkshopReportsView extends Main {

    final QuarterSelect period;
    final Div content = new Div();
    final ChartView fill = new ChartView();
    final ChartView attendance = new ChartView();
    final ChartView feedback = new ChartView();
    final Grid<WorkshopReports.SessionRow> sessions = new Grid<>();
    final Grid<WorkshopReports.Tally> teams = new Grid<>();
    final UnorderedList trained = new UnorderedList();
    final UnorderedList untrained = new UnorderedList();
    WorkshopReports.Figures figures;
    private final WorkshopReports reports;

    public WorkshopReportsView(WorkshopReports reports, ExportService exports, Clock clock) {
        this.reports = reports;
        addClassName("page");
        Paragraph purpose = new Paragraph("How the programme is used: places booked, who came, what attendees thought, "
                + "and which learning themes have had training.");
        purpose.addClassName("page-purpose");
        add(new RouterLink("← Workshops", WorkshopsView.class), new H1("Workshop reports"), purpose);

        // Next quarter first (the programme is planned ahead); this quarter selected.
        period = new QuarterSelect(LocalDate.now(clock).plusMonths(3), 6, 1);
        period.addValueChangeListener(e -> show(e.getValue()));
        Anchor pdf = PdfLink.report("Download this report (PDF)", exports, "workshops-report", period::getValue);
        Anchor programme = PdfLink.report("Download the programme for the quarter (PDF)", exports, "workshops-programme", period::getValue);
        Div tools = new Div(period, pdf, programme);
        tools.addClassName("filters");

        sessions.addColumn(r -> Times.day(r.session().getStartsAt())).setHeader("Date").setAutoWidth(true);
        sessions.addColumn(r -> r.session().getWorkshop().getTitle()).setHeader("Workshop").setFlexGrow(3);
        sessions.addColumn(WorkshopReports.SessionRow::places).setHeader("Places").setAutoWidth(true);
        sessions.addColumn(WorkshopReports.SessionRow::booked).setHeader("Booked").setAutoWidth(true);
        sessions.addColumn(WorkshopReports.SessionRow::waiting).setHeader("Waiting").setAutoWidth(true);
        sessions.addColumn(r -> Math.round(r.fillRate()) + "%").setHeader("Fill rate").setAutoWidth(true);
        sessions.addColumn(r -> r.marked() == 0 ? "" : r.attended() + r.partly() + " of " + r.marked()).setHeader("Came").setAutoWidth(true);
        sessions.setAriaLabel("Fill rate per session");
        sessions.setAllRowsVisible(true);
        sessions.addClassName("wrap-cells");

        teams.addColumn(WorkshopReports.Tally::name).setHeader("Team").setFlexGrow(2);
        teams.addColumn(WorkshopReports.Tally::booked).setHeader("Booked").setAutoWidth(true);
        teams.addColumn(WorkshopReports.Tally::attended).setHeader("Attended").setAutoWidth(true);
        teams.addColumn(WorkshopReports.Tally::partly).setHeader("Partly").setAutoWidth(true);
        teams.addColumn(WorkshopReports.Tally::didNotAttend).setHeader("Did not attend").setAutoWidth(true);
        teams.addColumn(t -> Math.round(t.noShowRate()) + "%").setHeader("No-show rate").setAutoWidth(true);
        teams.setAriaLabel("Attendance by team");
        teams.setAllRowsVisible(true);

        add(tools, content);
        show(period.getValue());
    }

    private void show(ReportPeriod p) {
        figures = reports.figures(p);
        var o = figures.overall();
        content.removeAll();
        content.add(Facts.of(
                Facts.fact("Sessions", String.valueOf(figures.sessions().size())
                        + (figures.cancelled().isEmpty() ? "" : " (" + figures.cancelled().size() + " cancelled)")),
                Facts.fact("Places booked", o.booked() + " of " + o.places() + " (" + Math.round(o.fillRate()) + "%)"),
                Facts.fact("No-show rate", Math.round(o.noShowRate()) + "% of " + o.marked() + " on registers"),
                Facts.fact("Feedback", o.responses() == 0 ? "None yet" : o.responses() + " responses: usefulness "
                        + String.format(java.util.Locale.UK, "%.1f", o.usefulness()) + ", delivery "
                        + String.format(java.util.Locale.UK, "%.1f", o.delivery()) + " out of 5")));
        fill.show(WorkshopReports.fillChart(figures));
        attendance.show(WorkshopReports.attendanceChart(figures.services(), "Service"));
        feedback.show(WorkshopReports.feedbackChart(figures));
        sessions.setItems(figures.sessions());
        teams.setItems(figures.teams());
        trained.removeAll();
        untrained.removeAll();
        figures.themes().forEach(t -> (t.trained() ? trained : untrained).add(new ListItem(t.trained()
                ? t.theme() + ": " + t.sessions() + (t.sessions() == 1 ? " session, " : " sessions, ") + t.attendees() + " attended"
                : t.theme())));
        content.add(new H2("Fill rate"), fill, sessions, new H2("Attendance"), attendance, teams, new H2("Feedback"), feedback,
                new H2("Learning themes with training this quarter"),
                trained.getChildren().findAny().isPresent() ? trained : new Paragraph("None yet."),
                new H2("Learning themes with no training this quarter"),
                untrained.getChildren().findAny().isPresent() ? untrained : new Paragraph("Every theme had training."));
    }
}
