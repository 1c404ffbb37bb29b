package org.sightline.app.admin;

import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemes;

/** The shared list of learning themes that workshops, complaints and audits are tagged with. */
@Route("admin/learning-themes")
@PageTitle("Learning themes | Sightline")
@RolesAllowed({Role.ADMINISTRATOR_, Role.QA_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_})
public class LearningThemesView extends Main {

    final Paragraph message = new Paragraph();

    final TextField name = new TextField("Theme");
    final Button add = new Button("Add the theme");
    final Grid<LearningTheme> grid = new Grid<>();
    private final LearningThemes themes;

    public LearningThemesView(LearningThemes themes) {
        this.themes = themes;
        addClassName("page");
        Paragraph purpose = new Paragraph("Workshops, complaints and audits tag their learning with these themes, so reports can "
                + "show which themes have had training and which have not. Retiring a theme hides it from new records; "
                + "records already tagged keep it.");
        purpose.addClassName("page-purpose");
        name.setMaxLength(org.sightline.kernel.themes.LearningTheme.NAME_MAX);
        name.setWidth("min(28rem, 100%)");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addTheme());
        Div form = new Div(name, add);
        form.addClassName("filters");

        grid.addColumn(LearningTheme::getName).setHeader("Theme").setFlexGrow(3);
        grid.addColumn(t -> t.isActive() ? "In use" : "Retired").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::toggle).setHeader("").setAutoWidth(true).setKey("toggle");
        grid.setAriaLabel("Learning themes");
        grid.setAllRowsVisible(true);
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        add(new Div(new H1("Learning themes"), purpose), new H2("Add a theme"), form, message, new H2("Themes"), grid);
        refresh();
    }

    private Component toggle(LearningTheme t) {
        Button b = new Button(t.isActive() ? "Retire" : "Bring back", e -> {
            themes.setActive(t.getId(), !t.isActive());
            refresh();
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel((t.isActive() ? "Retire " : "Bring back ") + t.getName());
        return b;
    }

    void addTheme() {
        FormAction.of("list", Map.of("name", name), message).get(() -> themes.add(name.getValue())).ifPresent(t -> {
            FormAction.done("Added \"" + t.getName() + "\"");
            name.clear();
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(themes.all());
    }
}
