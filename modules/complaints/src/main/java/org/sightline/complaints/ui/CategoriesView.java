package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.FormAction;
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
import java.util.EnumMap;
import java.util.Map;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.kernel.people.Role;

/** The editable lists of complaint and compliment categories. */
@Route("complaints/categories")
@PageTitle("Complaint and compliment categories | Sightline")
@RolesAllowed({Role.ADMINISTRATOR_, Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_})
public class CategoriesView extends Main {

    final Map<CategoryKind, Grid<Category>> grids = new EnumMap<>(CategoryKind.class);
    final Map<CategoryKind, TextField> names = new EnumMap<>(CategoryKind.class);
    final Map<CategoryKind, Button> adds = new EnumMap<>(CategoryKind.class);
    final Map<CategoryKind, Button> renames = new EnumMap<>(CategoryKind.class);
    final Map<CategoryKind, Paragraph> messages = new EnumMap<>(CategoryKind.class);
    private final Categories categories;

    public CategoriesView(Categories categories) {
        this.categories = categories;
        addClassName("page");
        Paragraph purpose = new Paragraph("Each complaint point and each compliment has a category, so the quarterly figures show what "
                + "people complain about and what they value. Retired categories stay on old records but are not offered for new ones.");
        purpose.addClassName("page-purpose");
        add(new H1("Complaint and compliment categories"), purpose);
        for (CategoryKind kind : CategoryKind.values()) {
            String noun = kind == CategoryKind.COMPLAINT ? "complaint" : "compliment";
            Grid<Category> grid = new Grid<>();
            grid.addColumn(Category::getName).setHeader("Category").setFlexGrow(3);
            grid.addColumn(c -> c.isActive() ? "In use" : "Retired").setHeader("Status").setAutoWidth(true);
            grid.addComponentColumn(c -> {
                Button b = new Button(c.isActive() ? "Retire" : "Bring back");
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                b.getElement().setAttribute("aria-label", (c.isActive() ? "Retire " : "Bring back ") + c.getName());
                b.addClickListener(e -> act(kind, () -> categories.setActive(c.getId(), c.getVersion(), !c.isActive())));
                return b;
            }).setHeader("Change").setAutoWidth(true);
            grid.setAriaLabel(kind == CategoryKind.COMPLAINT ? "Complaint categories" : "Compliment categories");
            grid.setId(noun + "-categories");
            grid.setAllRowsVisible(true);
            TextField name = new TextField("Name");
            name.setMaxLength(Category.NAME_MAX);
            name.setHelperText("Choose a row to rename it, or type a new category.");
            Button add = new Button("Add " + noun + " category");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button rename = new Button("Rename the chosen category");
            rename.setEnabled(false);
            grid.asSingleSelect().addValueChangeListener(e -> {
                rename.setEnabled(e.getValue() != null);
                if (e.getValue() != null) {
                    name.setValue(e.getValue().getName());
                }
            });
            add.addClickListener(e -> act(kind, () -> categories.add(kind, name.getValue())));
            rename.addClickListener(e -> {
                Category chosen = grid.asSingleSelect().getValue();
                if (chosen != null) {
                    act(kind, () -> categories.rename(chosen.getId(), chosen.getVersion(), name.getValue()));
                }
            });
            grids.put(kind, grid);
            names.put(kind, name);
            adds.put(kind, add);
            renames.put(kind, rename);
            Div row = new Div(name, add, rename);
            row.addClassName("filters");
            Paragraph message = new Paragraph();
            message.addClassName("error-text");
            message.getElement().setAttribute("role", "alert");
            messages.put(kind, message);
            add(new H2(kind == CategoryKind.COMPLAINT ? "Complaint categories" : "Compliment categories"), row, message, grid);
            refresh(kind);
        }
    }

    private void act(CategoryKind kind, Runnable change) {
        TextField name = names.get(kind);
        if (FormAction.of("list", Map.of("name", name), messages.get(kind)).refreshingOnConflict(() -> refresh(kind)).run(change)) {
            name.clear();
            refresh(kind);
        }
    }

    private void refresh(CategoryKind kind) {
        grids.get(kind).setItems(categories.all(kind));
    }
}
