package org.sightline.audits.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.tracking.TrackingFigures;
import org.sightline.audits.tracking.TrackingFilter;
import org.sightline.audits.tracking.TrackingService;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.people.RoleGroup;

/** Audit tracking: grades, completion and moderation for a period and area. */
@Route("audits/tracking")
@PageTitle("Audit tracking | Sightline")
@RolesAllowed(RoleGroup.MANAGERS_AND_QA_)
public class TrackingView extends Main {

    /** The periods offered: named, with their months. */
    record Period(String label, TrackingFilter filter) {
    }

    final Select<Period> period = new Select<>();
    final ComboBox<ServiceArea> area = new ComboBox<>("Service");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final Div keyFigures = new Div();
    final ChartView trend = new ChartView();
    final ChartView domains = new ChartView();
    final Grid<TrackingFigures.GradeRow> byService = gradeGrid("Service", "Grades by service");
    final Grid<TrackingFigures.GradeRow> byTeam = gradeGrid("Team", "Grades by team");
    final Grid<TrackingFigures.GradeRow> byPractitioner = gradeGrid("Practitioner", "Grades by practitioner");
    final Grid<TrackingFigures.CompletionRow> completion = new Grid<>();
    final Grid<CaseAudit> overdue = new Grid<>();
    final Grid<TrackingFigures.ShiftRow> shifts = new Grid<>();
    private final TrackingService tracking;
    private TrackingFigures figures;

    public TrackingView(TrackingService tracking, TeamService teams) {
        this.tracking = tracking;
        addClassName("page");
        Paragraph purpose = new Paragraph("What the case audits are finding: final grades over time, by domain and by "
                + "service, team and practitioner; whether audits are done on time; and how moderation changes grades.");
        purpose.addClassName("page-purpose");
        add(new Div(new H1("Audit tracking"), purpose));
        Div filters = filters(teams);
        keyFigures.addClassName("key-figures");
        keyFigures.getElement().setAttribute("role", "status");
        tables();
        add(filters, keyFigures, new H2("Trend"), trend, new H2("By domain"), domains,
                new H2("By service"), byService, new H2("By team"), byTeam, new H2("By practitioner"), byPractitioner,
                new H2("Completion against allocation"), completion, new H2("Overdue audits"), overdue,
                new H2("Moderation"), new Paragraph("A positive average shift means an auditor's grades were more generous "
                        + "than the moderated grade; a negative one, more severe."), shifts);
        refresh();
    }

    /** The period, and for those who see every service, the service and team. */
    private Div filters(TeamService teams) {
        LocalDate today = tracking.today();
        LocalDate thisQuarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        List<Period> periods = List.of(
                new Period("The last 12 months", TrackingFilter.lastTwelveMonths(today)),
                new Period("This quarter", new TrackingFilter(thisQuarter, thisQuarter.plusMonths(2), null, null)),
                new Period("Last quarter", new TrackingFilter(thisQuarter.minusMonths(3), thisQuarter.minusMonths(1), null, null)),
                new Period("This month", new TrackingFilter(today, today, null, null)),
                new Period("Last month", new TrackingFilter(today.minusMonths(1), today.minusMonths(1), null, null)));
        period.setLabel("Period");
        period.setItems(periods);
        period.setItemLabelGenerator(Period::label);
        period.setValue(periods.getFirst());
        area.setItems(teams.serviceAreas());
        area.setItemLabelGenerator(ServiceArea::getName);
        area.setClearButtonVisible(true);
        area.setPlaceholder("All services");
        team.setItems(teams.allTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        team.setPlaceholder("All teams");
        boolean everything = tracking.seesEverything();
        area.setVisible(everything);
        team.setVisible(everything);
        period.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        Div filters = new Div(period, area, team);
        filters.addClassName("filters");
        return filters;
    }

    private void tables() {
        completion.addColumn(r -> Formats.month(r.month())).setHeader("Month").setAutoWidth(true);
        completion.addColumn(TrackingFigures.CompletionRow::allocated).setHeader("Allocated");
        completion.addColumn(TrackingFigures.CompletionRow::complete).setHeader("Complete");
        completion.addColumn(r -> r.percentComplete() + "%").setHeader("Complete %");
        completion.addColumn(TrackingFigures.CompletionRow::overdue).setHeader("Overdue");
        completion.addColumn(TrackingFigures.CompletionRow::moderated).setHeader("Moderated");
        completion.setAriaLabel("Completion against allocation by month");
        completion.setAllRowsVisible(true);
        overdue.addColumn(a -> a.getCaseRecord().getReference()).setHeader("Case");
        overdue.addColumn(a -> a.getTeam().getName()).setHeader("Team");
        overdue.addColumn(a -> a.getLeadAuditor().getFullName()).setHeader("Lead auditor");
        overdue.addColumn(a -> a.getPeerAuditor().getFullName()).setHeader("Peer auditor");
        overdue.addColumn(a -> Formats.date(a.getDueDate())).setHeader("Was due");
        overdue.setAriaLabel("Overdue audits");
        overdue.setAllRowsVisible(true);
        shifts.addColumn(TrackingFigures.ShiftRow::auditor).setHeader("Auditor").setAutoWidth(true);
        shifts.addColumn(TrackingFigures.ShiftRow::moderated).setHeader("Moderated audits");
        shifts.addColumn(TrackingFigures.ShiftRow::optimistic).setHeader("Graded higher than final");
        shifts.addColumn(TrackingFigures.ShiftRow::pessimistic).setHeader("Graded lower than final");
        shifts.addColumn(r -> String.format(Locale.UK, "%+.2f", r.meanShift())).setHeader("Average shift (grade steps)");
        shifts.setAriaLabel("How moderation moved each auditor's grades");
        shifts.setAllRowsVisible(true);
    }

    void refresh() {
        TrackingFilter base = period.getValue().filter();
        figures = tracking.figures(base.within(area.getValue() == null ? null : area.getValue().getId(),
                team.getValue() == null ? null : team.getValue().getId()));
        keyFigures.removeAll();
        keyFigures.add(figure("Audits completed", String.valueOf(figures.completed())),
                figure("Good or better", figures.goodOrBetterPercent() + "%"),
                figure("Inadequate", String.valueOf(figures.overall().get(Grade.INADEQUATE))),
                figure("Moderated", figures.moderationPercent() + "%"),
                figure("Overdue now", String.valueOf(figures.overdue().size())));
        trend.show(figures.trend());
        domains.show(figures.domains());
        byService.setItems(figures.byService());
        byTeam.setItems(figures.byTeam());
        byPractitioner.setItems(figures.byPractitioner());
        completion.setItems(figures.completion());
        overdue.setItems(figures.overdue());
        shifts.setItems(figures.shifts());
    }

    public TrackingFigures figures() {
        return figures;
    }

    private static Div figure(String label, String value) {
        Span v = new Span(value);
        v.addClassName("key-figure-value");
        Span l = new Span(label);
        l.addClassName("key-figure-label");
        Div d = new Div(v, l);
        d.addClassName("key-figure");
        return d;
    }

    private static Grid<TrackingFigures.GradeRow> gradeGrid(String what, String label) {
        Grid<TrackingFigures.GradeRow> g = new Grid<>();
        g.addColumn(TrackingFigures.GradeRow::name).setHeader(what).setAutoWidth(true).setFlexGrow(2);
        for (Grade grade : Grade.values()) {
            g.addColumn(r -> r.counts().getOrDefault(grade, 0L)).setHeader(grade.label());
        }
        g.addColumn(TrackingFigures.GradeRow::total).setHeader("Total");
        g.addColumn(r -> r.goodOrBetterPercent() + "%").setHeader("Good or better");
        g.setAriaLabel(label);
        g.setAllRowsVisible(true);
        return g;
    }
}
