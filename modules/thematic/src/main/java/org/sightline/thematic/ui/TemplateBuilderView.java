package org.sightline.thematic.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.AccessibleName;
import org.sightline.kernel.support.ui.RecordRoute;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.EvaluationStatus;
import org.sightline.thematic.Question;
import org.sightline.thematic.QuestionDraft;
import org.sightline.thematic.QuestionType;
import org.sightline.thematic.Template;
import org.sightline.thematic.EvaluationTemplates;

/**
 * The lead's builder for the bespoke question set: questions in order, each with its type, help
 * and whether it is required. Once fieldwork has started, saving makes a new version.
 */
@Route("thematic/:evaluationId([0-9]+)/template")
@PageTitle("Question template | Sightline")
@PermitAll
public class TemplateBuilderView extends Main implements BeforeEnterObserver {

    /** The editor of one question. */
    final class Row {
        final TextField text = new TextField();
        final ComboBox<QuestionType> type = new ComboBox<>();
        final TextField help = new TextField("Help for the auditor (optional)");
        final Checkbox required = new Checkbox("Required");
        final TextArea options = new TextArea("Options, one per line");
        final IntegerField min = new IntegerField("Smallest allowed");
        final IntegerField max = new IntegerField("Largest allowed");
        final Button up = new Button("Move up");
        final Button down = new Button("Move down");
        final Button remove = new Button("Remove");
        final Div box = new Div();

        Row(QuestionDraft q) {
            type.setItems(QuestionType.values());
            type.setItemLabelGenerator(QuestionType::label);
            text.setMaxLength(Question.TEXT_MAX);
            text.setWidth("min(40rem, 100%)");
            help.setMaxLength(Question.HELP_MAX);
            help.setWidth("min(40rem, 100%)");
            options.setMaxLength(Question.OPTIONS_MAX);
            if (q != null) {
                text.setValue(q.text());
                type.setValue(q.type());
                help.setValue(q.help() == null ? "" : q.help());
                required.setValue(q.required());
                options.setValue(String.join("\n", q.options()));
                min.setValue(q.min());
                max.setValue(q.max());
            } else {
                type.setValue(QuestionType.GRADE);
            }
            type.addValueChangeListener(e -> shapeFor(e.getValue()));
            shapeFor(type.getValue());
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            }
            up.addClickListener(e -> move(this, -1));
            down.addClickListener(e -> move(this, 1));
            remove.addClickListener(e -> {
                rows.remove(this);
                relayout();
            });
            box.addClassName("criterion");
        }

        private void shapeFor(QuestionType t) {
            options.setVisible(t == QuestionType.CHOICE);
            min.setVisible(t == QuestionType.NUMBER);
            max.setVisible(t == QuestionType.NUMBER);
        }

        QuestionDraft draft() {
            return new QuestionDraft(text.getValue(), help.getValue(), type.getValue(), required.getValue(),
                    Arrays.stream(options.getValue().split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList(), min.getValue(),
                    max.getValue());
        }
    }

    final List<Row> rows = new ArrayList<>();
    final Div editor = new Div();
    final Button addQuestion = new Button("Add a question");
    final Button save = new Button("Save the template");
    final Paragraph message = new Paragraph();
    final Paragraph versionNote = new Paragraph();
    static final String NO_QUESTIONS = "No questions yet.";
    private boolean unsaved;
    private final EvaluationQueries evaluations;
    private final EvaluationTemplates templates;
    Evaluation evaluation;

    public TemplateBuilderView(EvaluationQueries evaluations, EvaluationTemplates templates) {
        this.evaluations = evaluations;
        this.templates = templates;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        addQuestion.addClickListener(e -> {
            rows.add(new Row(null));
            relayout();
            rows.getLast().text.focus();
        });
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        message.setText("");
        evaluation = RecordRoute.load(event, () -> evaluations.open(Long.parseLong(event.getRouteParameters().get("evaluationId").orElse("0"))))
                .orElse(null);
        if (evaluation != null) {
            show();
        }
    }

    private void show() {
        removeAll();
        Evaluation e = evaluation;
        add(new RouterLink("← " + e.getTitle(), EvaluationView.class, new RouteParameters("evaluationId", String.valueOf(e.getId()))),
                new H1("Question template"), message);
        boolean editable = evaluations.mayManage(e) && e.getStatus() != EvaluationStatus.MODERATION && !e.getStatus().isReported();
        List<Template> versions = templates.versions(e);
        Template current = versions.isEmpty() ? null : versions.getLast();
        if (editable) {
            Paragraph purpose = new Paragraph("Auditors answer these questions for each case in the sample. Types: a four-point grade, "
                    + "yes / no / partly, a number, free text, or one of the options you list.");
            purpose.addClassName("page-purpose");
            unsaved = current == null;
            versionNote.setText(current == null ? NO_QUESTIONS : current.isFrozen()
                    ? "Version " + current.getVersionNo() + " is in use for fieldwork. Saving a change makes version " + (current.getVersionNo() + 1)
                    + "; case reviews already answered keep the version they answered."
                    : "Version " + current.getVersionNo() + ", not yet in use: change it freely until fieldwork starts.");
            versionNote.addClassName(current != null && current.isFrozen() ? "due-soon" : "secondary");
            rows.clear();
            if (current != null) {
                current.getQuestions().forEach(q -> rows.add(new Row(q.draft())));
            }
            relayout();
            Div buttons = new Div(addQuestion, save);
            buttons.addClassName("form-actions");
            add(purpose, versionNote, editor, buttons);
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (editable && i == versions.size() - 1) {
                continue;
            }
            Template t = versions.get(i);
            add(new H2("Version " + t.getVersionNo() + (t.isFrozen() ? "" : " (draft)")));
            OrderedList list = new OrderedList();
            for (Question q : t.getQuestions()) {
                list.add(new ListItem(q.getText() + " — " + q.getType().label().toLowerCase() + (q.isRequired() ? ", required" : "")
                        + (q.getType() == QuestionType.CHOICE ? ": " + String.join(", ", q.optionList()) : "")));
            }
            add(list);
        }
    }

    private void relayout() {
        editor.removeAll();
        if (unsaved) {
            // Before the first save the note says where the questions stand, not that there are none.
            versionNote.setText(rows.isEmpty() ? NO_QUESTIONS : "Not saved yet: save the template to keep "
                    + (rows.size() == 1 ? "this question." : "these " + rows.size() + " questions."));
        }
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            r.text.setLabel("Question " + n);
            r.type.setLabel("Answer type for question " + n);
            r.up.setEnabled(i > 0);
            r.down.setEnabled(i < rows.size() - 1);
            AccessibleName.withContext(r.up, "question " + n);
            AccessibleName.withContext(r.down, "question " + n);
            AccessibleName.withContext(r.remove, "question " + n);
            r.box.removeAll();
            Div line1 = new Div(r.text, r.type, r.required);
            line1.addClassName("filters");
            Div line2 = new Div(r.help, r.options, r.min, r.max);
            line2.addClassName("filters");
            Div buttons = new Div(r.up, r.down, r.remove);
            buttons.addClassName("filters");
            r.box.add(new H3("Question " + n), line1, line2, buttons);
            editor.add(r.box);
        }
    }

    private void move(Row r, int by) {
        int i = rows.indexOf(r);
        int j = i + by;
        if (j >= 0 && j < rows.size()) {
            rows.remove(i);
            rows.add(j, r);
            relayout();
        }
    }

    private void save() {
        Map<String, HasValidation> fields = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            fields.put("q" + i + ".text", r.text);
            fields.put("q" + i + ".help", r.help);
            fields.put("q" + i + ".type", r.type);
            fields.put("q" + i + ".options", r.options);
            fields.put("q" + i + ".max", r.max);
        }
        FormAction.of("template", fields, message).get(() -> templates.save(evaluation.getId(), rows.stream().map(Row::draft).toList()))
                .ifPresent(t -> {
                    FormAction.done("Saved as version " + t.getVersionNo() + ".");
                    evaluation = evaluations.open(evaluation.getId());
                    show();
                });
    }
}
