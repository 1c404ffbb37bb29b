package org.sightline.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.cases.CaseService;
import org.sightline.kernel.cases.CaseSummary;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.security.CurrentUser;

/** Case references known to Sightline. The child's initials show only to those allowed. */
@Route("admin/cases")
@PageTitle("Cases | Sightline")
@RolesAllowed({Role.ADMINISTRATOR_, Role.QA_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.TEAM_MANAGER_,
        Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_})
public class CasesView extends Main {

    final TextField reference = new TextField("Case reference");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final ComboBox<LevelOfNeed> level = new ComboBox<>("Level of need");
    final Checkbox openOnly = new Checkbox("Open cases only", true);
    final Grid<CaseSummary> grid = new Grid<>();
    final Span count = new Span();
    private final CaseService cases;

    public CasesView(CaseService cases, TeamService teams, CurrentUser currentUser) {
        this.cases = cases;
        addClassName("page");

        Div heading = new Div(new H1("Cases"), PeopleView.purpose(
                "Case references from the case-management system, used to sample audits and link records. Only the reference and initials are held here."));
        Div header = new Div(heading);
        header.addClassName("page-header");
        if (currentUser.hasRole(Role.ADMINISTRATOR)) {
            Button importCsv = new Button("Import cases from CSV", VaadinIcon.UPLOAD.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(CaseImportView.class)));
            importCsv.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div actions = new Div(importCsv);
            actions.addClassName("page-actions");
            header.add(actions);
        }

        reference.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        team.setItems(teams.allTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        level.setItems(LevelOfNeed.values());
        level.setItemLabelGenerator(LevelOfNeed::label);
        level.setClearButtonVisible(true);
        reference.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        openOnly.addValueChangeListener(e -> refresh());
        Div filters = new Div(reference, team, level, openOnly);
        filters.addClassName("filters");

        grid.addColumn(CaseSummary::reference).setHeader("Reference").setSortable(true).setSortProperty("reference");
        grid.addColumn(c -> c.childInitials().orElse("Not shown")).setHeader("Child");
        grid.addColumn(c -> c.levelOfNeed().label()).setHeader("Level of need").setSortable(true).setSortProperty("levelOfNeed");
        grid.addColumn(CaseSummary::teamName).setHeader("Team").setSortable(true).setSortProperty("team.name");
        grid.addColumn(CaseSummary::allocatedWorkerName).setHeader("Allocated worker");
        grid.addColumn(c -> c.open() ? "Open" : "Closed").setHeader("Status").setFlexGrow(0).setWidth("7em");
        grid.setAriaLabel("Cases");
        grid.addClassName("records");
        grid.setItems(q -> cases.search(reference.getValue(), team.getValue(), level.getValue(), openOnly.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        count.addClassName("count");
        add(header, filters, count, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long n = cases.count(reference.getValue(), team.getValue(), level.getValue(), openOnly.getValue());
        count.setText(n == 1 ? "1 case" : n + " cases");
    }
}
