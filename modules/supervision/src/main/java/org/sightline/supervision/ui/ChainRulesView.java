package org.sightline.supervision.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.sightline.kernel.people.Role;
import org.sightline.supervision.ChainRule;
import org.sightline.supervision.ChainRules;
import org.sightline.supervision.ChainService;

/** Administrators change who is in the supervision audit chain and how often. */
@Route("supervision/rules")
@PageTitle("Supervision audit chain | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class ChainRulesView extends Main {

    final Grid<ChainRule> grid = new Grid<>();
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("Manager roles audited");
    final IntegerField interval = new IntegerField("Every (months)");
    final Checkbox active = new Checkbox("In force");
    final Button save = new Button("Save the rule");
    final Div form = new Div();
    private final ChainRules rules;
    private ChainRule editing;
    private final Paragraph message = new Paragraph();

    public ChainRulesView(ChainRules rules) {
        this.rules = rules;
        addClassName("page");
        Paragraph purpose = new Paragraph("Each manager who supervises others has the supervision they give audited by their own "
                + "line manager. The due lists, home panels and reminders follow these rules from the moment they are saved.");
        purpose.addClassName("page-purpose");
        grid.addColumn(ChainRule::describe).setHeader("Rule").setFlexGrow(4);
        grid.addColumn(r -> r.isActive() ? "In force" : "Suspended").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button b = new Button("Change", e -> edit(r));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setAriaLabel("Change: " + r.describe());
            return b;
        }).setKey("change").setAutoWidth(true);
        grid.setAriaLabel("Audit chain rules");
        grid.setAllRowsVisible(true);
        grid.addClassName("wrap-cells");
        roles.setItems(ChainService.SUPERVISORS);
        roles.setWidth("min(100%, 28rem)");
        roles.setAutoExpand(com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode.BOTH);
        roles.setItemLabelGenerator(Role::label);
        interval.setMin(1);
        interval.setMax(36);
        interval.setStepButtonsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Div fields = new Div(roles, interval, active);
        fields.addClassName("filters");
        Div actions = new Div(save);
        actions.addClassName("form-actions");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        form.add(new H2("Change the rule"), fields, message, actions);
        form.setVisible(false);
        add(new Div(new H1("Supervision audit chain"), purpose), grid, form);
        grid.setItems(rules.all());
    }

    void edit(ChainRule r) {
        editing = r;
        roles.setValue(r.getRoles());
        interval.setValue(r.getIntervalMonths());
        active.setValue(r.isActive());
        roles.setInvalid(false);
        interval.setInvalid(false);
        message.setText("");
        form.setVisible(true);
    }

    private void save() {
        boolean saved = FormAction.of("rule", Map.of("roles", roles, "intervalMonths", interval), message)
                .refreshingOnConflict(() -> grid.setItems(rules.all()))
                .run(() -> rules.change(editing.getId(), editing.getVersion(), roles.getValue(), interval.getValue(), active.getValue()));
        if (saved) {
            FormAction.done("Rule saved.");
            form.setVisible(false);
            grid.setItems(rules.all());
        }
    }
}
