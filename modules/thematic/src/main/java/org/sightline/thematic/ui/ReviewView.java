package org.sightline.thematic.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.RecordRoute;
import org.sightline.thematic.CaseReview;
import org.sightline.thematic.EvaluationStatus;
import org.sightline.thematic.FieldworkService;
import org.sightline.thematic.Question;
import org.sightline.thematic.Template;

/**
 * The auditor's answer form for one case, on the template version the review answers. Saved as
 * the auditor goes; submitted when every required question is answered. The moderator records
 * their view underneath.
 */
@Route("thematic/reviews/:reviewId([0-9]+)")
@PageTitle("Case review | Sightline")
@PermitAll
public class ReviewView extends Main implements BeforeEnterObserver {

    private static final Map<String, String> YES_NO = new LinkedHashMap<>(Map.of("YES", "Yes", "PARTLY", "Partly", "NO", "No"));

    final Map<Long, HasValue<?, ?>> fields = new LinkedHashMap<>();
    final Button save = new Button("Save");
    final Button submit = new Button("Submit the review");
    final RadioButtonGroup<Boolean> agreed = new RadioButtonGroup<>("Do you agree with the auditor's answers?");
    final TextArea moderationNote = new TextArea("Moderation note");
    final Button moderate = new Button("Record the moderation");
    final Paragraph message = new Paragraph();
    private final FieldworkService fieldwork;
    private final org.sightline.kernel.security.CurrentUser currentUser;
    CaseReview review;

    public ReviewView(FieldworkService fieldwork, org.sightline.kernel.security.CurrentUser currentUser) {
        this.fieldwork = fieldwork;
        this.currentUser = currentUser;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        save.addClickListener(e -> record(false));
        submit.addClickListener(e -> Confirm.ask("Submit this case review?",
                "The evaluation lead can use your answers, and a moderator may check them. A submitted review cannot be changed.",
                "Submit", () -> record(true)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        agreed.setItems(Boolean.TRUE, Boolean.FALSE);
        agreed.setItemLabelGenerator(b -> b ? "Yes, I agree" : "No, I differ");
        moderate.addClickListener(e -> {
            Map<String, HasValidation> m = Map.of("agreed", agreed, "moderationNote", moderationNote);
            FormAction.of("review", m, message).get(() -> fieldwork.moderate(review.getId(), review.getVersion(), agreed.getValue(),
                    moderationNote.getValue())).ifPresent(saved -> {
                        review = saved;
                        FormAction.done("Moderation recorded.");
                        show();
                    });
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        review = RecordRoute.load(event, () -> fieldwork.open(Long.parseLong(event.getRouteParameters().get("reviewId").orElse("0"))))
                .orElse(null);
        if (review != null) {
            show();
        }
    }

    private void show() {
        removeAll();
        message.setText("");
        CaseReview r = review;
        boolean mine = currentUser.require().equals(r.getAuditor());
        boolean editable = mine && !r.isSubmitted() && r.getEvaluation().getStatus() == EvaluationStatus.FIELDWORK;
        Template t = fieldwork.templateFor(r);
        add(new RouterLink("← " + r.getEvaluation().getTitle(), EvaluationView.class,
                new RouteParameters("evaluationId", String.valueOf(r.getEvaluation().getId()))), new H1("Case " + r.getCaseRecord().getReference()));
        add(Facts.of(Facts.fact("Team", r.getCaseRecord().getTeam() == null ? "" : r.getCaseRecord().getTeam().getName()),
                Facts.fact("Level of need", r.getCaseRecord().getLevelOfNeed() == null ? "" : r.getCaseRecord().getLevelOfNeed().label()),
                Facts.fact("Auditor", r.getAuditor() == null ? "Not assigned" : r.getAuditor().getFullName()),
                Facts.fact("Status", r.getStatus().label() + (r.getSubmittedAt() == null ? "" : ", " + Formats.dateTime(r.getSubmittedAt()))),
                Facts.fact("Template", "Version " + t.getVersionNo())), message);
        fields.clear();
        Div form = new Div();
        form.addClassName("criterion");
        for (Question q : t.getQuestions()) {
            Component field = field(q, r.getAnswers().get(q.getId()));
            ((HasValue<?, ?>) field).setReadOnly(!editable);
            fields.put(q.getId(), (HasValue<?, ?>) field);
            Div holder = new Div(field);
            holder.getStyle().set("margin-bottom", "1rem");
            form.add(holder);
        }
        add(form);
        if (editable) {
            Div buttons = new Div(save, submit);
            buttons.addClassName("form-actions");
            add(buttons);
        }
        if (r.isForModeration()) {
            add(new H2("Moderation"));
            if (r.isModerated()) {
                add(new Paragraph((Boolean.TRUE.equals(r.getModerationAgreed()) ? "Agreed" : "Differs") + " — " + r.getModerator().getFullName()
                        + ", " + Formats.dateTime(r.getModeratedAt()) + (r.getModerationNote() == null ? "." : ": " + r.getModerationNote())));
            } else if (!mine && r.getEvaluation().getStatus() == EvaluationStatus.MODERATION) {
                moderationNote.setMaxLength(CaseReview.NOTE_MAX);
                moderationNote.setWidth("min(40rem, 100%)");
                add(agreed, moderationNote, new Div(moderate));
            } else {
                add(new Paragraph("Chosen for moderation by the PSW or the Head of QA."));
            }
        }
    }

    private Component field(Question q, String value) {
        Component c;
        switch (q.getType()) {
            case GRADE -> {
                RadioButtonGroup<Grade> g = new RadioButtonGroup<>(q.getText());
                g.setItems(Grade.values());
                g.setItemLabelGenerator(Grade::label);
                g.setValue(value == null ? null : Grade.valueOf(value));
                c = g;
            }
            case YES_NO_PARTLY -> {
                RadioButtonGroup<String> g = new RadioButtonGroup<>(q.getText());
                g.setItems(YES_NO.keySet());
                g.setItemLabelGenerator(YES_NO::get);
                g.setValue(value);
                c = g;
            }
            case CHOICE -> {
                RadioButtonGroup<String> g = new RadioButtonGroup<>(q.getText());
                g.setItems(q.optionList());
                g.setValue(value != null && q.optionList().contains(value) ? value : null);
                c = g;
            }
            case NUMBER -> {
                IntegerField f = new IntegerField(q.getText());
                if (q.getMin() != null) {
                    f.setMin(q.getMin());
                }
                if (q.getMax() != null) {
                    f.setMax(q.getMax());
                }
                f.setValue(value == null ? null : Integer.valueOf(value));
                c = f;
            }
            default -> {
                TextArea a = new TextArea(q.getText());
                a.setMaxLength(CaseReview.ANSWER_MAX);
                a.setWidth("min(40rem, 100%)");
                a.setValue(value == null ? "" : value);
                c = a;
            }
        }
        if (q.getHelp() != null) {
            ((com.vaadin.flow.component.HasHelper) c).setHelperText(q.getHelp());
        }
        ((HasValue<?, ?>) c).setRequiredIndicatorVisible(q.isRequired());
        return c;
    }

    private String valueOf(HasValue<?, ?> f) {
        Object v = f.getValue();
        if (v == null) {
            return null;
        }
        return v instanceof Grade g ? g.name() : v.toString();
    }

    private void record(boolean andSubmit) {
        Map<Long, String> answers = new HashMap<>();
        fields.forEach((id, f) -> answers.put(id, valueOf(f)));
        // Each question's field by the name the service's messages use, in the order they appear.
        Map<String, HasValidation> named = new LinkedHashMap<>();
        fields.forEach((id, f) -> named.put("q-" + id, (HasValidation) f));
        FormAction.of("review", named, message).get(() -> andSubmit ? fieldwork.submit(review.getId(), review.getVersion(), answers)
                : fieldwork.save(review.getId(), review.getVersion(), answers)).ifPresent(saved -> {
                    review = saved;
                    FormAction.done(andSubmit ? "Submitted. Thank you." : "Saved.");
                    if (andSubmit) {
                        show();
                    }
                });
    }

    List<Question> questions() {
        return fieldwork.templateFor(review).getQuestions();
    }
}
