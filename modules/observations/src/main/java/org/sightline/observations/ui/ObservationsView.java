package org.sightline.observations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.observations.Observation;
import org.sightline.observations.ObservationService;
import org.sightline.observations.ObservationSummary;
import org.sightline.kernel.people.RoleGroup;

/** Observations the signed-in person may read: their own, their line's, or all for the QA team. */
@Route("observations")
@PageTitle("Observations of practice | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class ObservationsView extends Main {

    final Grid<Observation> grid = new Grid<>();
    final Button record = new Button("Record an observation");

    public ObservationsView(ObservationService observations, CurrentUser currentUser) {
        addClassName("page");
        Paragraph purpose = new Paragraph("Managers observe practice and share what they saw, so practitioners can reflect. "
                + "It is for reflection, not judgement: there is no grade.");
        purpose.addClassName("page-purpose");
        Div actions = new Div();
        actions.addClassName("page-actions");
        boolean observer = List.of(Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR,
                Role.DIRECTOR, Role.PRINCIPAL_SOCIAL_WORKER).stream().anyMatch(currentUser::hasRole);
        if (ObservationSummary.READERS.stream().anyMatch(currentUser::hasRole)) {
            actions.add(new RouterLink("Quarterly summary", SummaryView.class));
        }
        if (observer) {
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            record.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ObservationView.class,
                    new RouteParameters("observationId", "new"))));
            actions.add(record);
        }
        Div header = new Div(new Div(new H1("Observations of practice"), purpose), actions);
        header.addClassName("page-header");

        List<Observation> rows = observations.visible();
        grid.addColumn(o -> Formats.date(o.getObservedOn())).setHeader("Date").setAutoWidth(true);
        grid.addComponentColumn(o -> new RouterLink(o.getObserved().getFullName(), ObservationView.class,
                new RouteParameters("observationId", String.valueOf(o.getId())))).setHeader("Practitioner").setFlexGrow(2);
        grid.addColumn(o -> o.getTeam() == null ? "" : o.getTeam().getName()).setHeader("Team").setFlexGrow(2);
        grid.addColumn(Observation::natureLabel).setHeader("Nature of practice").setFlexGrow(2);
        grid.addColumn(o -> o.getObserver().getFullName()).setHeader("Observer").setFlexGrow(2);
        grid.addColumn(o -> o.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAriaLabel("Observations");
        grid.setId("observations-grid");
        grid.addClassNames("records", "wrap-cells");
        Span count = new Span(rows.size() == 1 ? "1 observation" : rows.size() + " observations");
        count.addClassName("count");
        add(header);
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph("No observations to show yet.");
            empty.addClassName("empty-state");
            add(empty);
        } else {
            add(count, grid);
        }
    }
}
