package org.sightline.kernel.actions.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.ActionStatus;
import org.sightline.kernel.support.Formats;

/** One action: its detail, where it came from, and completing or cancelling it with evidence. */
class ActionDialog extends Dialog {

    final TextArea evidence = new TextArea("Evidence of completion");
    final Button done = new Button("Mark as done");
    final Button cancelAction = new Button("Cancel the action");
    final Paragraph message = new Paragraph();
    private final ActionService actions;
    private final ActionItem item;
    private final Runnable onChange;

    ActionDialog(ActionService actions, ActionItem item, LocalDate today, Runnable onChange) {
        this.actions = actions;
        this.item = item;
        this.onChange = onChange;
        setHeaderTitle(item.getTitle());
        setWidth("min(44rem, 95vw)");

        Div facts = new Div(
                fact("Owner", item.getOwner().getFullName()),
                fact("Due", Formats.date(item.getDueDate()) + (item.isOverdue(today) ? " (overdue)" : "")),
                fact("Status", item.getStatus().label()),
                fact("Raised", Formats.dateTime(item.getCreatedAt()) + (item.getRaisedBy() == null ? "" : " by " + item.getRaisedBy().getFullName())));
        if (item.getSourceLink() != null) {
            Div from = new Div(label("From"), new Anchor(item.getSourceLink(), item.getSourceLabel() == null ? item.getSourceModule() : item.getSourceLabel()));
            from.addClassName("fact");
            facts.add(from);
        } else if (item.getSourceLabel() != null) {
            facts.add(fact("From", item.getSourceLabel()));
        }
        add(facts);
        if (item.getDetail() != null) {
            add(new Paragraph(item.getDetail()));
        }

        if (item.getStatus() != ActionStatus.OPEN) {
            add(fact(item.getStatus() == ActionStatus.DONE ? "Evidence" : "Reason for cancelling", item.getEvidence()),
                    fact("Closed", Formats.dateTime(item.getCompletedAt())
                            + (item.getCompletedBy() == null ? "" : " by " + item.getCompletedBy().getFullName())));
        } else if (actions.mayUpdate(item)) {
            evidence.setWidthFull();
            evidence.setMaxLength(ActionItem.DETAIL_MAX);
            evidence.setHelperText("What was done and where the record is. For cancelling, say why it is no longer needed.");
            message.addClassName("error-text");
            message.getElement().setAttribute("role", "alert");
            add(evidence, message);
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            done.addClickListener(e -> save(true));
            cancelAction.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            cancelAction.addClickListener(e -> Confirm.askToRemove("Cancel this action?",
                    "It is closed as cancelled, with the reason you gave, and leaves the owner's list. A cancelled action cannot be reopened.",
                    "Cancel the action", () -> save(false)));
            getFooter().add(cancelAction, done);
        }
        Button close = new Button("Close", e -> close());
        getFooter().add(close);
    }

    void save(boolean complete) {
        boolean saved = FormAction.of("action", java.util.Map.of("evidence", evidence), message).run(() -> {
            if (complete) {
                actions.complete(item.getId(), item.getVersion(), evidence.getValue());
            } else {
                actions.cancel(item.getId(), item.getVersion(), evidence.getValue());
            }
        });
        if (saved) {
            FormAction.done(complete ? "Action marked as done" : "Action cancelled");
            onChange.run();
            close();
        }
    }

    private static Div fact(String label, String value) {
        Div d = new Div(label(label), new Span(value == null ? "" : value));
        d.addClassName("fact");
        return d;
    }

    private static Span label(String text) {
        Span s = new Span(text);
        s.addClassName("fact-label");
        return s;
    }
}
