package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordSteps;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Map;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.Stage1Workflow;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.ui.FormAction;

/** A complaint's recommendations, each raised as a tracked action; the complaint itself does not change, so no reload follows. */
class RecommendationSection extends Composite<Div> {

    final TextField actionTitle = new TextField("Recommendation");
    final ComboBox<Person> actionOwner = new ComboBox<>("Owner");
    final DatePicker actionDue = new DatePicker("Due");
    final Button raise = new Button("Raise as an action");

    private final ComplaintQueries complaints;

    RecommendationSection(ComplaintQueries complaints, Stage1Workflow stage1, RecordSteps<Complaint> steps) {
        this.complaints = complaints;
        actionDue.setLocale(Locale.UK);
        actionOwner.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
        actionTitle.setMaxLength(ActionItem.TITLE_MAX);
        actionTitle.setWidth("min(30rem, 100%)");
        raise.addClickListener(e -> {
            boolean raised = FormAction.of("complaint", Map.of("title", actionTitle, "owner", actionOwner, "dueDate", actionDue),
                    steps.message()).run(() -> stage1.raiseAction(steps.id(), actionTitle.getValue(),
                    actionOwner.getValue() == null ? null : actionOwner.getValue().getId(), actionDue.getValue()));
            if (raised) {
                FormAction.done("Action raised; it is in the action tracker.");
                actionTitle.clear();
                actionDue.clear();
            }
        });
    }

    void show(Complaint c) {
        getContent().removeAll();
        actionOwner.setItems(complaints.actionOwners(c));
        actionDue.setMin(complaints.today());
        getContent().add(StepBox.of("Recommendations", "Each recommendation becomes a tracked action; the QA officer follows it up.",
                actionTitle, actionOwner, actionDue, raise));
    }
}
