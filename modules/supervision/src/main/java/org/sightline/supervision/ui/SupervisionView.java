package org.sightline.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Cadence;
import org.sightline.kernel.support.Formats;
import org.sightline.supervision.ChainService;
import org.sightline.supervision.DipSampler;
import org.sightline.supervision.SupervisionAudit;
import org.sightline.supervision.SupervisionService;
import org.sightline.kernel.people.RoleGroup;

/** Supervision audits the signed-in person may read, the audit chain's due list and the PSW's ASYE dip sample. */
@Route("supervision")
@PageTitle("Supervision audits | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class SupervisionView extends Main {

    final Grid<SupervisionAudit> grid = new Grid<>();
    final Grid<ChainService.Row> due = new Grid<>();
    final UnorderedList dipSample = new UnorderedList();
    final Button start = new Button("Start a supervision audit");
    static final String ALL = "All";
    final com.vaadin.flow.component.select.Select<String> serviceFilter = new com.vaadin.flow.component.select.Select<>();
    final com.vaadin.flow.component.select.Select<String> teamFilter = new com.vaadin.flow.component.select.Select<>();
    final com.vaadin.flow.component.select.Select<String> statusFilter = new com.vaadin.flow.component.select.Select<>();

    private static String team(org.sightline.kernel.people.Person p) {
        return p.getTeam() == null ? "" : p.getTeam().getName();
    }

    private static String service(org.sightline.kernel.people.Person p) {
        return p.getTeam() == null || p.getTeam().getServiceArea() == null ? "" : p.getTeam().getServiceArea().getName();
    }

    public SupervisionView(SupervisionService audits, ChainService chain, DipSampler sampler, CurrentUser currentUser) {
        addClassName("page");
        Paragraph purpose = new Paragraph("Managers review the supervision the people they manage give: the personal supervision "
                + "file and management oversight on case records. Each audit is discussed with the supervisor.");
        purpose.addClassName("page-purpose");
        Div actions = new Div();
        actions.addClassName("page-actions");
        boolean auditor = RoleGroup.MANAGERS.roles().stream().anyMatch(currentUser::hasRole);
        if (auditor || currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.ADMINISTRATOR)) {
            actions.add(new RouterLink("Tracking", TrackingView.class));
        }
        if (auditor) {
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SupervisionAuditView.class,
                    new RouteParameters("auditId", "new"))));
            actions.add(start);
        }
        Div header = new Div(new Div(new H1("Supervision audits"), purpose), actions);
        header.addClassName("page-header");
        add(header);
        if (RoleGroup.QA_LEADS.roles().stream().anyMatch(currentUser::hasRole)) {
            dipSample(sampler);
        }
        List<ChainService.Row> rows = chain.visible();
        if (!rows.isEmpty()) {
            chain(rows);
        }
        audits(audits.visible());
    }

    /** The QA team's monthly pick of social workers in their ASYE year, whose supervision is to be audited. */
    private void dipSample(DipSampler sampler) {
        var picked = sampler.thisMonth();
        add(new H2("This month's ASYE dip sample"));
        Paragraph why = new Paragraph("Three social workers in their ASYE year, picked at random; nobody twice running while "
                + "others are available. Audit the supervision each receives.");
        why.addClassName("secondary");
        picked.forEach(p -> dipSample.add(new ListItem(p.getFullName() + (p.getTeam() == null ? "" : ", " + p.getTeam().getName())
                + (p.getLineManager() == null ? "" : " (supervisor: " + p.getLineManager().getFullName() + ")"))));
        add(why, picked.isEmpty() ? new Paragraph("Nobody is flagged as in their ASYE year.") : dipSample);
    }

    /** Who is due an audit of the supervision they give, by whom and when, filtered by service, team and status. */
    private void chain(List<ChainService.Row> rows) {
        add(new H2("The audit chain"));
        serviceFilter.setLabel("Service");
        teamFilter.setLabel("Team");
        statusFilter.setLabel("Show");
        java.util.List<String> services = new java.util.ArrayList<>(List.of(ALL));
        services.addAll(new java.util.TreeSet<>(rows.stream().map(r -> service(r.supervisor())).filter(x -> !x.isEmpty()).toList()));
        java.util.List<String> teams = new java.util.ArrayList<>(List.of(ALL));
        teams.addAll(new java.util.TreeSet<>(rows.stream().map(r -> team(r.supervisor())).filter(x -> !x.isEmpty()).toList()));
        serviceFilter.setItems(services);
        teamFilter.setItems(teams);
        statusFilter.setItems("Everyone", "Overdue or due", "Overdue");
        serviceFilter.setValue(ALL);
        teamFilter.setValue(ALL);
        statusFilter.setValue("Everyone");
        Runnable refresh = () -> due.setItems(rows.stream()
                .filter(r -> ALL.equals(serviceFilter.getValue()) || service(r.supervisor()).equals(serviceFilter.getValue()))
                .filter(r -> ALL.equals(teamFilter.getValue()) || team(r.supervisor()).equals(teamFilter.getValue()))
                .filter(r -> switch (statusFilter.getValue()) {
                    case "Overdue" -> r.status() == Cadence.Status.OVERDUE;
                    case "Overdue or due" -> r.status() != Cadence.Status.UP_TO_DATE;
                    default -> true;
                }).toList());
        serviceFilter.addValueChangeListener(e -> refresh.run());
        teamFilter.addValueChangeListener(e -> refresh.run());
        statusFilter.addValueChangeListener(e -> refresh.run());
        Div filters = new Div(serviceFilter, teamFilter, statusFilter);
        filters.addClassName("filters");
        add(filters);
        dueColumns();
        refresh.run();
        add(due);
    }

    private void dueColumns() {
        due.addColumn(r -> r.supervisor().getFullName()).setHeader("Supervisor").setFlexGrow(2);
        due.addColumn(r -> r.supervisor().getJobTitle() == null ? "" : r.supervisor().getJobTitle()).setHeader("Role").setFlexGrow(2);
        due.addColumn(r -> r.auditor().getFullName()).setHeader("Audited by").setFlexGrow(2);
        due.addColumn(r -> r.lastAudited() == null ? "Never" : Formats.date(r.lastAudited())).setHeader("Last audited").setAutoWidth(true);
        due.addColumn(r -> Formats.date(r.dueOn())).setHeader("Due").setAutoWidth(true);
        due.addComponentColumn(r -> {
            Span s = new Span(r.status().label());
            s.addClassName(r.status() == Cadence.Status.OVERDUE ? "error-text" : r.status() == Cadence.Status.DUE_SOON ? "due-soon" : "secondary");
            return s;
        }).setHeader("Status").setAutoWidth(true);
        due.setAriaLabel("Supervision audits due");
        due.setId("chain-grid");
        due.setAllRowsVisible(true);
        due.addClassName("wrap-cells");
    }

    private void audits(List<SupervisionAudit> list) {
        add(new H2("Audits"));
        grid.addComponentColumn(a -> new RouterLink(a.getSupervisor().getFullName(), SupervisionAuditView.class,
                new RouteParameters("auditId", String.valueOf(a.getId())))).setHeader("Supervisor").setFlexGrow(2);
        grid.addColumn(a -> a.getSupervisee().getFullName()).setHeader("Supervisee").setFlexGrow(2);
        grid.addColumn(a -> a.getAuditor().getFullName()).setHeader("Auditor").setFlexGrow(2);
        grid.addColumn(a -> Formats.date(a.getPeriodFrom()) + " to " + Formats.date(a.getPeriodTo())).setHeader("Period").setAutoWidth(true);
        grid.addColumn(a -> a.getOverall() == null ? "" : a.getOverall().label()).setHeader("Overall").setAutoWidth(true);
        grid.addColumn(a -> a.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.setItems(list);
        grid.setAriaLabel("Supervision audits");
        grid.setId("supervision-grid");
        grid.addClassNames("records", "wrap-cells");
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph("No supervision audits to show yet.");
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(grid);
        }
    }
}
