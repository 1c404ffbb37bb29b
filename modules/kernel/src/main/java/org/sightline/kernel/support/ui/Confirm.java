package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The one way a page asks before a step that cannot be undone (publishing to all staff, sharing
 * with a practitioner, submitting, cancelling a place). It says what will happen and to whom;
 * "Go back" leaves everything as it was, and only the confirm button takes the step.
 */
public class Confirm extends ConfirmDialog {

    private final String question;
    private final String consequence;

    private Confirm(String question, String consequence, String confirmText, boolean destructive, Runnable step) {
        this.question = question;
        this.consequence = consequence;
        setHeader(question);
        setText(consequence);
        setCancelable(true);
        setCancelText("Go back");
        setConfirmText(confirmText);
        setConfirmButtonTheme(destructive ? "error primary" : "primary");
        setCloseOnEsc(true);
        addClassName("confirm");
        addConfirmListener(e -> step.run());
    }

    /**
     * Opens the question; {@code step} runs only if the person confirms.
     *
     * @param question    what will happen and to whom, as a question: "Publish to all 62 staff?"
     * @param consequence what follows and what cannot be undone
     * @param confirmText the button that takes the step, in the words of the step: "Publish"
     */
    public static Confirm ask(String question, String consequence, String confirmText, Runnable step) {
        Confirm c = new Confirm(question, consequence, confirmText, false, step);
        c.open();
        return c;
    }

    /** As {@link #ask}, for a step that takes something away (cancelling a place or a session): the button is red. */
    public static Confirm askToRemove(String question, String consequence, String confirmText, Runnable step) {
        Confirm c = new Confirm(question, consequence, confirmText, true, step);
        c.open();
        return c;
    }

    public String question() {
        return question;
    }

    public String consequence() {
        return consequence;
    }

    /** What the confirm button does, for tests and keyboard shortcuts: takes the step and closes. */
    public void confirm() {
        ComponentUtil.fireEvent(this, new ConfirmEvent(this, false));
        close();
    }

    /** What "Go back" does: closes, nothing else. */
    public void cancel() {
        ComponentUtil.fireEvent(this, new CancelEvent(this, false));
        close();
    }
}
