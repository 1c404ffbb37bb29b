package org.sightline.observations.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.observations.CadenceRules;
import org.sightline.observations.ComplianceService;
import org.sightline.kernel.people.RoleGroup;

/** Who is due to be observed, who is overdue, and when each was last observed. */
@Route("observations/compliance")
@PageTitle("Observation compliance | Sightline")
@RolesAllowed(RoleGroup.MANAGERS_AND_QA_)
public class ComplianceView extends Main {

    static final String ALL = "All";

    final Select<String> service = new Select<>();
    final Select<String> team = new Select<>();
    final Select<String> status = new Select<>();
    final Grid<ComplianceService.Row> grid = new Grid<>();
    final Span summary = new Span();
    private final List<ComplianceService.Row> rows;

    public ComplianceView(ComplianceService compliance, CadenceRules rules) {
        addClassName("page");
        Paragraph purpose = new Paragraph("Each expectation from the cadence rules: who should be observed, by whom, when they "
                + "were last observed and when the next is due. \"Due\" means within 30 days.");
        purpose.addClassName("page-purpose");
        add(new Div(new H1("Observation compliance"), purpose));
        Div ruleList = new Div();
        rules.all().stream().filter(org.sightline.observations.CadenceRule::isActive)
                .forEach(r -> ruleList.add(new Paragraph("• " + r.describe() + ".")));
        ruleList.addClassName("secondary");
        add(ruleList);

        rows = compliance.visible();
        service.setLabel("Service");
        team.setLabel("Team");
        status.setLabel("Show");
        List<String> services = new ArrayList<>(List.of(ALL));
        services.addAll(new TreeSet<>(rows.stream().map(ComplianceService.Row::serviceName).filter(s -> !s.isEmpty()).toList()));
        List<String> teams = new ArrayList<>(List.of(ALL));
        teams.addAll(new TreeSet<>(rows.stream().map(ComplianceService.Row::teamName).filter(s -> !s.isEmpty()).toList()));
        service.setItems(services);
        team.setItems(teams);
        status.setItems("Overdue or due", "Overdue", "Due within 30 days", "Everyone");
        service.setValue(ALL);
        team.setValue(ALL);
        status.setValue("Overdue or due");
        service.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        Div filters = new Div(service, team, status);
        filters.addClassName("filters");

        grid.addColumn(r -> r.observerRule() ? r.subject().getFullName() + " (observes practice)" : r.subject().getFullName())
                .setHeader("Person").setFlexGrow(2);
        grid.addColumn(ComplianceService.Row::teamName).setHeader("Team").setFlexGrow(2);
        grid.addColumn(r -> r.observerRule() ? "Any practice" : r.observer() == null ? "No manager recorded" : r.observer().getFullName())
                .setHeader("Observer").setFlexGrow(2);
        grid.addColumn(r -> r.lastObserved() == null ? "Never" : Formats.date(r.lastObserved())).setHeader("Last observed").setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.dueOn())).setHeader("Due").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.status().label());
            s.addClassName(switch (r.status()) {
                case OVERDUE -> "error-text";
                case DUE_SOON -> "due-soon";
                case UP_TO_DATE -> "secondary";
            });
            return s;
        }).setHeader("Status").setAutoWidth(true);
        grid.setAriaLabel("Observation compliance");
        grid.setId("compliance-grid");
        grid.addClassNames("records", "wrap-cells");
        add(Facts.of(Facts.fact("Up to date", Math.round(ComplianceService.complianceRate(rows)) + "% of " + rows.size() + " expectations")),
                filters, summary, grid);
        refresh();
    }

    void refresh() {
        List<ComplianceService.Row> shown = rows.stream()
                .filter(r -> ALL.equals(service.getValue()) || r.serviceName().equals(service.getValue()))
                .filter(r -> ALL.equals(team.getValue()) || r.teamName().equals(team.getValue()))
                .filter(r -> switch (status.getValue()) {
                    case "Overdue" -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE;
                    case "Due within 30 days" -> r.status() == org.sightline.kernel.support.Cadence.Status.DUE_SOON;
                    case "Everyone" -> true;
                    default -> r.status() != org.sightline.kernel.support.Cadence.Status.UP_TO_DATE;
                }).toList();
        grid.setItems(shown);
        long overdue = shown.stream().filter(r -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE).count();
        summary.setText(shown.size() + (shown.size() == 1 ? " person" : " people") + " shown, " + overdue + " overdue.");
        summary.addClassName("count");
    }

}
