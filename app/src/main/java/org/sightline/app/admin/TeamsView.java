package org.sightline.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.ValidationException;
import org.springframework.dao.OptimisticLockingFailureException;

@Route("admin/teams")
@PageTitle("Teams | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class TeamsView extends Main {

    final Grid<Team> grid = new Grid<>();
    final Span count = new Span();
    private final TeamService teams;

    public TeamsView(TeamService teams) {
        this.teams = teams;
        addClassName("page");
        Button add = new Button("Add a team", VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button area = new Button("Add a service area", e -> addServiceArea());
        Button back = new Button("People", VaadinIcon.ARROW_LEFT.create(), e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class)));
        Div actions = new Div(back, area, add);
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1("Teams and service areas"),
                PeopleView.purpose("Teams belong to a service area; reports are grouped by both.")), actions);
        header.addClassName("page-header");

        grid.addColumn(Team::getName).setHeader("Team").setSortable(true);
        grid.addColumn(t -> t.getServiceArea().getName()).setHeader("Service area").setSortable(true);
        grid.addColumn(teams::memberCount).setHeader("People").setFlexGrow(0).setWidth("7em");
        grid.addColumn(t -> t.isActive() ? "Active" : "Inactive").setHeader("Status").setFlexGrow(0).setWidth("7em");
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAriaLabel("Teams");
        count.addClassName("count");
        add(header, count, grid);
        refresh();
    }

    private void refresh() {
        var all = teams.allTeams();
        grid.setItems(all);
        count.setText(all.size() == 1 ? "1 team" : all.size() + " teams");
    }

    void edit(Team team) {
        Dialog dialog = new Dialog(team == null ? "Add a team" : "Edit " + team.getName());
        TextField name = new TextField("Team name");
        name.setMaxLength(Team.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        ComboBox<ServiceArea> area = new ComboBox<>("Service area");
        area.setItems(teams.serviceAreas());
        area.setItemLabelGenerator(ServiceArea::getName);
        area.setRequiredIndicatorVisible(true);
        Checkbox active = new Checkbox("Active", true);
        Paragraph error = new Paragraph();
        error.addClassName("error-text");
        error.setVisible(false);
        if (team != null) {
            name.setValue(team.getName());
            area.setValue(team.getServiceArea());
            active.setValue(team.isActive());
        }
        Button save = new Button("Save team", e -> {
            name.setInvalid(false);
            area.setInvalid(false);
            try {
                teams.saveTeam(team == null ? null : team.getId(), team == null ? null : team.getVersion(),
                        name.getValue(), area.getValue(), active.getValue());
                dialog.close();
                refresh();
            } catch (ValidationException ex) {
                ex.errors().forEach((field, message) -> {
                    if (field.equals("name")) {
                        name.setErrorMessage(message);
                        name.setInvalid(true);
                    } else if (field.equals("serviceArea")) {
                        area.setErrorMessage(message);
                        area.setInvalid(true);
                    }
                });
            } catch (OptimisticLockingFailureException ex) {
                error.setText("Someone else changed this team while you were editing. Close this and open it again to see their change.");
                error.setVisible(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> dialog.close());
        dialog.add(error, new FormLayout(name, area, active));
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void addServiceArea() {
        Dialog dialog = new Dialog("Add a service area");
        TextField name = new TextField("Service area name");
        name.setRequiredIndicatorVisible(true);
        Button save = new Button("Save service area", e -> {
            try {
                teams.createServiceArea(name.getValue());
                dialog.close();
            } catch (ValidationException ex) {
                name.setErrorMessage(ex.errors().values().iterator().next());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
