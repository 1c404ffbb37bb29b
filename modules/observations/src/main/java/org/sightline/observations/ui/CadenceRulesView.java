package org.sightline.observations.ui;

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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import org.sightline.kernel.people.Role;
import org.sightline.observations.CadenceRule;
import org.sightline.observations.CadenceRules;

/** Administrators change how often observations are expected, and by whom. */
@Route("observations/rules")
@PageTitle("Observation cadence | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class CadenceRulesView extends Main {

    final Grid<CadenceRule> grid = new Grid<>();
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("Roles");
    final Select<CadenceRule.Observer> observer = new Select<>();
    final IntegerField interval = new IntegerField("Every (months)");
    final Checkbox active = new Checkbox("In force");
    final Button save = new Button("Save the rule");
    final Div form = new Div();
    private final CadenceRules rules;
    private CadenceRule editing;
    final Paragraph message = new Paragraph();

    public CadenceRulesView(CadenceRules rules) {
        this.rules = rules;
        addClassName("page");
        Paragraph purpose = new Paragraph("How often practice must be observed. The compliance view, the reminders and the "
                + "quarterly summary follow these rules from the moment they are saved.");
        purpose.addClassName("page-purpose");
        grid.addColumn(CadenceRule::describe).setHeader("Rule").setFlexGrow(4);
        grid.addColumn(r -> r.isActive() ? "In force" : "Suspended").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button b = new Button("Change", e -> edit(r));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setAriaLabel("Change: " + r.describe());
            return b;
        }).setKey("change").setAutoWidth(true);
        grid.setAriaLabel("Cadence rules");
        grid.setAllRowsVisible(true);
        grid.addClassName("wrap-cells");
        roles.setItems(EnumSet.complementOf(EnumSet.of(Role.BOARD_MEMBER, Role.ADMINISTRATOR)));
        // Wide enough for the chosen roles and "Their Head of Service" to be read, not cut.
        roles.setWidth("min(100%, 28rem)");
        roles.setAutoExpand(com.vaadin.flow.component.combobox.MultiSelectComboBox.AutoExpandMode.BOTH);
        observer.setWidth("min(100%, 16rem)");
        roles.setItemLabelGenerator(Role::label);
        observer.setLabel("Observed by");
        observer.setItems(CadenceRule.Observer.values());
        observer.setItemLabelGenerator(o -> o.label().substring(0, 1).toUpperCase() + o.label().substring(1));
        interval.setMin(1);
        interval.setMax(36);
        interval.setStepButtonsVisible(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Div fields = new Div(roles, observer, interval, active);
        fields.addClassName("filters");
        Div actions = new Div(save);
        actions.addClassName("form-actions");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        form.add(new H2("Change the rule"), fields, message, actions);
        form.setVisible(false);
        add(new Div(new H1("Observation cadence"), purpose), grid, form);
        grid.setItems(rules.all());
    }

    void edit(CadenceRule r) {
        editing = r;
        roles.setValue(r.getRoles());
        observer.setVisible(r.getKind() == CadenceRule.Kind.OBSERVED);
        observer.setValue(r.getObserver());
        interval.setValue(r.getIntervalMonths());
        active.setValue(r.isActive());
        roles.setInvalid(false);
        interval.setInvalid(false);
        message.setText("");
        form.setVisible(true);
    }

    private void save() {
        boolean saved = FormAction.of("rule", Map.of("roles", roles, "observer", observer, "intervalMonths", interval), message)
                .refreshingOnConflict(() -> grid.setItems(rules.all()))
                .run(() -> rules.change(editing.getId(), editing.getVersion(), roles.getValue(), observer.getValue(),
                        interval.getValue(), active.getValue()));
        if (saved) {
            FormAction.done("Rule saved.");
            form.setVisible(false);
            grid.setItems(rules.all());
        }
    }
}
