package org.sightline.workshops.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.sightline.workshops.Booking;
import org.sightline.workshops.Feedback;
import org.sightline.workshops.FeedbackForm;
import org.sightline.workshops.FeedbackService;
import org.sightline.workshops.Times;
import org.springframework.security.access.AccessDeniedException;
import org.sightline.kernel.people.RoleGroup;

/** The attendee's feedback form for one session. */
@Route("workshops/feedback/:bookingId")
@PageTitle("Workshop feedback | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class FeedbackView extends Main implements BeforeEnterObserver {

    private static final Map<Integer, String> USEFUL = Map.of(1, "1 – not useful", 2, "2", 3, "3", 4, "4", 5, "5 – very useful");
    private static final Map<Integer, String> DELIVERED = Map.of(1, "1 – poorly", 2, "2", 3, "3", 4, "4", 5, "5 – very well");

    final RadioButtonGroup<Integer> usefulness = new RadioButtonGroup<>("How useful was it for your practice?");
    final RadioButtonGroup<Integer> delivery = new RadioButtonGroup<>("How well was it delivered?");
    final TextArea doDifferently = new TextArea("What will you do differently?");
    final TextArea comments = new TextArea("Any other comments");
    final Button send = new Button("Send feedback");
    final Paragraph message = new Paragraph();
    private final FeedbackService feedback;
    private long bookingId;

    public FeedbackView(FeedbackService feedback) {
        this.feedback = feedback;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Booking b;
        try {
            bookingId = Long.parseLong(event.getRouteParameters().get("bookingId").orElse(""));
            b = feedback.myAttendedBooking(bookingId);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        removeAll();
        add(new RouterLink("← Workshops", WorkshopsView.class), new H1("Feedback: " + b.getSession().getWorkshop().getTitle()));
        Paragraph when = new Paragraph(Times.day(b.getSession().getStartsAt()) + ", "
                + Times.span(b.getSession().getStartsAt(), b.getSession().getEndsAt()) + ". Your answers help the QA team plan the next programme.");
        when.addClassName("page-purpose");
        add(when);
        var given = feedback.existing(bookingId);
        if (given.isPresent()) {
            showThanks(given.get());
        } else if (b.getAttendance() == null || !b.getAttendance().attended()) {
            add(new Paragraph("Feedback opens once the facilitator has marked you as attending."));
        } else {
            buildForm();
        }
    }

    private void buildForm() {
        usefulness.setItems(List.of(1, 2, 3, 4, 5));
        usefulness.setItemLabelGenerator(USEFUL::get);
        usefulness.setRequiredIndicatorVisible(true);
        delivery.setItems(List.of(1, 2, 3, 4, 5));
        delivery.setItemLabelGenerator(DELIVERED::get);
        delivery.setRequiredIndicatorVisible(true);
        doDifferently.setMaxLength(Feedback.TEXT_MAX);
        doDifferently.setHelperText("One or two things you will try with the children and families you work with.");
        comments.setMaxLength(Feedback.TEXT_MAX);
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        FormLayout form = new FormLayout(usefulness, delivery, doDifferently, comments);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("44rem");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> submit());
        Div actions = new Div(send);
        actions.addClassName("form-actions");
        add(message, form, actions);
    }

    private void submit() {
        FormAction.of("feedback", Map.of("usefulness", usefulness, "delivery", delivery, "doDifferently", doDifferently,
                "comments", comments), message).get(() -> feedback.submit(bookingId, new FeedbackForm(usefulness.getValue(),
                delivery.getValue(), doDifferently.getValue(), comments.getValue()))).ifPresent(saved -> {
                    removeAll();
                    add(new RouterLink("← Workshops", WorkshopsView.class), new H1("Thank you"));
                    showThanks(saved);
                });
    }

    private void showThanks(Feedback f) {
        add(new Paragraph("Thank you: your feedback was received on " + Times.day(f.getSubmittedAt()) + ". You rated usefulness "
                + f.getUsefulness() + " and delivery " + f.getDelivery() + " out of 5."));
    }
}
