package org.sightline.app.admin;

import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
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
        error.getElement().setAttribute("role", "alert");
        if (team != null) {
            name.setValue(team.getName());
            area.setValue(team.getServiceArea());
            active.setValue(team.isActive());
        }
        Button save = new Button("Save team", e -> {
            boolean saved = FormAction.of("team", Map.of("name", name, "serviceArea", area), error).run(() -> teams.saveTeam(
                    team == null ? null : team.getId(), team == null ? null : team.getVersion(), name.getValue(), area.getValue(),
                    active.getValue()));
            if (saved) {
                dialog.close();
                refresh();
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
        name.setMaxLength(ServiceArea.NAME_MAX);
        Paragraph error = new Paragraph();
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        Button save = new Button("Save service area", e -> {
            if (FormAction.of("service area", Map.of("name", name), error).run(() -> teams.createServiceArea(name.getValue()))) {
                dialog.close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(error, name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), save);
        dialog.open();
    }
}
