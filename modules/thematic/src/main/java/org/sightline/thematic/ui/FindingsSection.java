package org.sightline.thematic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FiguresTable;
import org.sightline.kernel.support.ui.MarkupView;
import org.sightline.kernel.support.ui.RecordSteps;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationLifecycle;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.Recommendation;

/**
 * Findings and recommendations: written by the lead and the QA team during fieldwork and
 * moderation, read by everyone once reported. Each recommendation is raised as a tracked action.
 */
class FindingsSection extends Composite<Div> {

    final TextArea strengths = new TextArea("Strengths");
    final TextArea weaknesses = new TextArea("Weaknesses and risks");
    final Button saveFindings = new Button("Save the findings");
    final TextField recommendation = new TextField("Recommendation");
    final ComboBox<Person> recommendationOwner = new ComboBox<>("Action owner");
    final DatePicker recommendationDue = new DatePicker("Due");
    final Button recommend = new Button("Add the recommendation");

    private final EvaluationQueries evaluations;

    FindingsSection(EvaluationQueries evaluations, EvaluationLifecycle lifecycle, RecordSteps<Evaluation> steps) {
        this.evaluations = evaluations;
        for (TextArea a : List.of(strengths, weaknesses)) {
            a.setMaxLength(Evaluation.TEXT_MAX);
            a.setWidthFull();
            a.setMinHeight("6rem");
            a.setHelperText("Leave a blank line between paragraphs; start a line with \"- \" for a bullet point.");
        }
        recommendation.setMaxLength(Recommendation.TEXT_MAX);
        recommendation.setWidth("min(40rem, 100%)");
        recommendationOwner.setItemLabelGenerator(TermsForm::nameAndJob);
        recommendationDue.setLocale(Locale.UK);
        saveFindings.addClickListener(e -> steps.act(() -> lifecycle.saveFindings(steps.id(), steps.version(), strengths.getValue(),
                weaknesses.getValue()), "Findings saved.", Map.of("strengths", strengths, "weaknesses", weaknesses)));
        recommend.addClickListener(e -> steps.run(() -> lifecycle.recommend(steps.id(), recommendation.getValue(),
                recommendationOwner.getValue() == null ? null : recommendationOwner.getValue().getId(), recommendationDue.getValue()),
                "Recommendation added; its action is in the tracker.", Map.of("title", recommendation, "owner", recommendationOwner,
                        "dueDate", recommendationDue), () -> evaluations.open(steps.id())));
    }

    /** {@code editable}: this user may still write the findings. */
    void show(Evaluation e, boolean editable) {
        getContent().removeAll();
        getContent().add(new H2("Findings"));
        if (editable) {
            strengths.setValue(nz(e.getStrengths()));
            weaknesses.setValue(nz(e.getWeaknesses()));
            Div row = new Div(saveFindings);
            row.addClassName("form-actions");
            getContent().add(strengths, weaknesses, row);
        } else {
            getContent().add(new H3("Strengths"), MarkupView.of(e.getStrengths()), new H3("Weaknesses and risks"),
                    MarkupView.of(e.getWeaknesses()));
        }
        getContent().add(new H2("Recommendations"));
        List<Recommendation> recs = evaluations.recommendations(e);
        getContent().add(FiguresTable.of("Each recommendation and its action", List.of("Recommendation", "Owner", "Due", "Status"),
                recs.stream().map(r -> List.of(r.getText(), r.getAction() == null || r.getAction().getOwner() == null ? ""
                                : r.getAction().getOwner().getFullName(),
                        r.getAction() == null || r.getAction().getDueDate() == null ? "" : Formats.date(r.getAction().getDueDate()),
                        r.getAction() == null ? "" : r.getAction().getStatus().label())).toList()));
        if (editable) {
            recommendationOwner.setItems(evaluations.staff());
            recommendationDue.setMin(evaluations.today());
            Div row = new Div(recommendation, recommendationOwner, recommendationDue);
            row.addClassName("filters");
            Div buttons = new Div(recommend);
            buttons.addClassName("form-actions");
            getContent().add(row, buttons);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
