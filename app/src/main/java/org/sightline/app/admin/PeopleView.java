package org.sightline.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;

@Route("admin/people")
@PageTitle("People and teams | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class PeopleView extends Main {

    final TextField search = new TextField("Search");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final Checkbox activeOnly = new Checkbox("Active people only", true);
    final Grid<Person> grid = new Grid<>();
    final Span count = new Span();
    private final PeopleService people;

    public PeopleView(PeopleService people, TeamService teams) {
        this.people = people;
        addClassName("page");

        Button add = new Button("Add a person", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PersonView.class, new com.vaadin.flow.router.RouteParameters("id", "new"))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importCsv = new Button("Import from CSV", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(PeopleImportView.class)));
        Button teamsButton = new Button("Teams and service areas", VaadinIcon.GROUP.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(TeamsView.class)));
        Div actions = new Div(teamsButton, importCsv, add);
        actions.addClassName("page-actions");

        Div heading = new Div(new H1("People and teams"),
                purpose("Staff and board members, their roles, teams and line managers. Line management decides who observes and audits whom."));
        Div header = new Div(heading, actions);
        header.addClassName("page-header");

        search.setPlaceholder("Name, email or job title");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        team.setItems(teams.allTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        search.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        activeOnly.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, team, activeOnly);
        filters.addClassName("filters");

        grid.addColumn(Person::getFullName).setHeader("Name").setSortable(true).setSortProperty("fullName").setAutoWidth(true);
        grid.addColumn(Person::getJobTitle).setHeader("Job title").setSortable(true).setSortProperty("jobTitle");
        // not sortable: sorting on an optional team would drop people who have none
        grid.addColumn(p -> p.getTeam() == null ? "" : p.getTeam().getName()).setHeader("Team");
        grid.addColumn(p -> p.getRoles().stream().map(Role::label).sorted().collect(Collectors.joining(", "))).setHeader("Roles");
        grid.addColumn(p -> p.getLineManager() == null ? "" : p.getLineManager().getFullName()).setHeader("Line manager");
        grid.addColumn(p -> p.isActive() ? "Active" : "Inactive").setHeader("Status").setFlexGrow(0).setWidth("7em");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PersonView.class, new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().getId())))));
        grid.setAriaLabel("People");
        grid.addClassName("records");
        grid.setItems(q -> people.search(search.getValue(), team.getValue(), activeOnly.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        count.addClassName("count");
        add(header, filters, count, grid);
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        long n = people.count(search.getValue(), team.getValue(), activeOnly.getValue());
        count.setText(n == 1 ? "1 person" : n + " people");
    }

    static Paragraph purpose(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("page-purpose");
        return p;
    }
}
