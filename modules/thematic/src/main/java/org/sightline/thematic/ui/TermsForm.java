package org.sightline.thematic.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sightline.kernel.support.ui.RecordBinder;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.ui.FormAction;
import org.sightline.thematic.Commissioning;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationStatus;
import org.sightline.thematic.Method;
import org.sightline.thematic.TermsOfReference;

/**
 * The terms of reference as a form, while an evaluation is a draft or newly commissioned: bound to
 * {@link TermsOfReference} by a {@link RecordBinder}; the service checks them and its messages appear
 * beside the fields. Saving goes to the evaluation's page.
 */
class TermsForm extends Composite<Div> {

    final TextField title = new TextField("Title");
    final TextField theme = new TextField("Theme");
    final TextField board = new TextField("Commissioning board");
    final DatePicker commissionedOn = new DatePicker("Commissioned on");
    final TextArea why = new TextArea("Why it is commissioned");
    final TextArea whyNow = new TextArea("Why now");
    final TextArea scope = new TextArea("Scope");
    final TextArea criteria = new TextArea("Evaluation criteria");
    final ComboBox<Person> lead = new ComboBox<>("Lead");
    final MultiSelectComboBox<Person> auditors = new MultiSelectComboBox<>("Auditors");
    final CheckboxGroup<Method> methods = new CheckboxGroup<>("Methods");
    final DatePicker startOn = new DatePicker("Start");
    final DatePicker fieldworkEndOn = new DatePicker("Fieldwork ends");
    final DatePicker reportDueOn = new DatePicker("Report due");
    final IntegerField moderationPercent = new IntegerField("Share of case reviews moderated (%)");
    final Button saveDraft = new Button("Save draft");
    final Button commission = new Button("Commission");

    private final RecordBinder<TermsOfReference> binder = new RecordBinder<>(TermsOfReference.class);
    private final Commissioning commissioning;
    private final Evaluation evaluation;
    private final Paragraph message;
    private final List<Person> staff;

    /** {@code e} is null for a new evaluation. */
    TermsForm(Commissioning commissioning, List<Person> staff, Evaluation e, Paragraph message) {
        this.commissioning = commissioning;
        this.evaluation = e;
        this.message = message;
        this.staff = staff;
        configure();
        bind();
        binder.readRecord(e == null ? TermsOfReference.blank() : TermsOfReference.of(e));
        FormLayout form = new FormLayout(title, theme, board, commissionedOn, why, whyNow, scope, criteria, lead, auditors, methods, startOn,
                fieldworkEndOn, reportDueOn, moderationPercent);
        for (Component wide : List.of(why, whyNow, scope, criteria, methods)) {
            form.setColspan(wide, 2);
        }
        form.setMaxWidth("60rem");
        Div buttons = new Div(saveDraft);
        if (e == null || e.getStatus() == EvaluationStatus.DRAFT) {
            commission.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(commission);
        } else {
            saveDraft.setText("Save the terms of reference");
        }
        buttons.addClassName("form-actions");
        saveDraft.addClickListener(ev -> save(false));
        commission.addClickListener(ev -> save(true));
        getContent().add(form, buttons);
    }

    private void configure() {
        for (DatePicker d : List.of(commissionedOn, startOn, fieldworkEndOn, reportDueOn)) {
            d.setLocale(Locale.UK);
        }
        lead.setItems(staff);
        lead.setItemLabelGenerator(TermsForm::nameAndJob);
        auditors.setItems(staff);
        auditors.setItemLabelGenerator(TermsForm::nameAndJob);
        methods.setItems(Method.values());
        methods.setItemLabelGenerator(Method::label);
        title.setMaxLength(Evaluation.TITLE_MAX);
        theme.setMaxLength(Evaluation.SHORT_MAX);
        board.setMaxLength(Evaluation.SHORT_MAX);
        board.setHelperText("For example: Quality, Performance and Impact Board.");
        moderationPercent.setMin(0);
        moderationPercent.setMax(100);
        for (TextArea a : List.of(why, whyNow, scope, criteria)) {
            a.setMaxLength(Evaluation.TEXT_MAX);
            a.setMinHeight("5rem");
        }
        criteria.setHelperText("What it measures against: legislation, local policy and procedures, feedback from families.");
        scope.setHelperText("Which children, teams and period are in scope, and what is not.");
    }

    /** No binder-side rules: the service owns them (see {@code TermsOfReferenceCheck}). */
    private void bind() {
        binder.forField(title).bind("title");
        binder.forField(theme).bind("theme");
        binder.forField(board).bind("board");
        binder.forField(commissionedOn).bind("commissionedOn");
        binder.forField(why).bind("why");
        binder.forField(whyNow).bind("whyNow");
        binder.forField(scope).bind("scope");
        binder.forField(criteria).bind("criteria");
        binder.forField(lead).withConverter(p -> p == null ? null : p.getId(), this::person).bind("leadId");
        binder.forField(auditors).withConverter(ps -> ps.stream().map(Person::getId).collect(Collectors.toSet()),
                (Set<Long> ids) -> ids.stream().map(this::person).filter(Objects::nonNull).collect(Collectors.toSet())).bind("auditorIds");
        binder.forField(methods).bind("methods");
        binder.forField(startOn).bind("startOn");
        binder.forField(fieldworkEndOn).bind("fieldworkEndOn");
        binder.forField(reportDueOn).bind("reportDueOn");
        // An empty share goes to the service as -1, which it refuses with its own message.
        binder.forField(moderationPercent).withConverter(v -> v == null ? -1 : v, (Integer v) -> v == null || v < 0 ? null : v)
                .bind("moderationPercent");
    }

    private Person person(Long id) {
        return id == null ? null : staff.stream().filter(p -> p.getId().equals(id)).findFirst().orElse(null);
    }

    private void save(boolean andCommission) {
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("theme", theme),
                Map.entry("board", board), Map.entry("commissionedOn", commissionedOn), Map.entry("why", why), Map.entry("whyNow", whyNow),
                Map.entry("scope", scope), Map.entry("criteria", criteria), Map.entry("lead", lead), Map.entry("methods", methods),
                Map.entry("startOn", startOn), Map.entry("fieldworkEndOn", fieldworkEndOn), Map.entry("reportDueOn", reportDueOn),
                Map.entry("moderationPercent", moderationPercent));
        FormAction.of("evaluation", fields, message).get(() -> {
            TermsOfReference t = binder.record();
            if (evaluation == null) {
                return andCommission ? commissioning.commissionNew(t) : commissioning.draft(t);
            }
            return andCommission ? commissioning.commission(evaluation.getId(), evaluation.getVersion(), t)
                    : commissioning.updateTerms(evaluation.getId(), evaluation.getVersion(), t);
        }).ifPresent(saved -> {
            FormAction.done(andCommission ? "Commissioned; the lead and auditors are told." : "Saved.");
            getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, new RouteParameters("evaluationId", String.valueOf(saved.getId()))));
        });
    }

    static String nameAndJob(Person p) {
        return p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")");
    }
}
