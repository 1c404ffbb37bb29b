package org.sightline.thematic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.RecordSteps;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationLifecycle;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.Evidence;
import org.sightline.thematic.Method;

/** Evidence from methods other than case reviews (focus groups, surveys …): the records so far, and a form to add one until the report. */
class EvidenceSection extends Composite<Div> {

    final ComboBox<Method> evidenceMethod = new ComboBox<>("Method");
    final TextField evidenceTitle = new TextField("Title");
    final DatePicker evidenceOn = new DatePicker("Date");
    final TextArea evidenceNotes = new TextArea("Notes");
    final Button addEvidence = new Button("Add the record");

    private final EvaluationQueries evaluations;

    EvidenceSection(EvaluationQueries evaluations, EvaluationLifecycle lifecycle, RecordSteps<Evaluation> steps) {
        this.evaluations = evaluations;
        evidenceMethod.setItems(Method.values());
        evidenceMethod.setItemLabelGenerator(Method::label);
        evidenceOn.setLocale(Locale.UK);
        evidenceNotes.setMaxLength(Evidence.NOTES_MAX);
        evidenceTitle.setMaxLength(Evidence.TITLE_MAX);
        addEvidence.addClickListener(e -> steps.run(() -> lifecycle.addEvidence(steps.id(), evidenceMethod.getValue(),
                evidenceTitle.getValue(), evidenceOn.getValue(), evidenceNotes.getValue()), "Evidence recorded.",
                Map.of("evidenceMethod", evidenceMethod, "evidenceTitle", evidenceTitle, "evidenceOn", evidenceOn,
                        "evidenceNotes", evidenceNotes), () -> evaluations.open(steps.id())));
    }

    void show(Evaluation e) {
        getContent().removeAll();
        List<Evidence> records = evaluations.evidence(e);
        if (!records.isEmpty()) {
            UnorderedList list = new UnorderedList();
            for (Evidence ev : records) {
                list.add(new ListItem(ev.getMethod().label() + ", " + Formats.date(ev.getHeldOn()) + ": " + ev.getTitle() + ". "
                        + ev.getNotes()));
            }
            getContent().add(list);
        }
        if (!e.getStatus().isReported()) {
            evidenceOn.setMax(evaluations.today());
            FormLayout form = new FormLayout(evidenceMethod, evidenceTitle, evidenceOn, evidenceNotes);
            form.setColspan(evidenceNotes, 2);
            form.setMaxWidth("60rem");
            Div row = new Div(addEvidence);
            row.addClassName("form-actions");
            getContent().add(form, row);
        }
    }
}
