package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.sightline.kernel.support.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The one way a page runs a step someone asked for (save, submit, record): clear the last
 * attempt's errors, run the step, and
 * <ul>
 * <li>when the service refuses the input, show each message beside its field (the rest in the
 * page's message line) and take the user to the first field in trouble ({@link FieldErrors});</li>
 * <li>when someone else saved the record first (optimistic locking), say so in the message line in
 * the same words on every page, and leave what was typed in place to be copied.</li>
 * </ul>
 * Nothing typed is cleared in either case.
 */
public final class FormAction {

    private final String thing;
    private final Map<String, ? extends HasValidation> fields;
    private final HasText message;
    private Runnable refresh;

    private FormAction(String thing, Map<String, ? extends HasValidation> fields, HasText message) {
        this.thing = thing;
        this.fields = fields;
        this.message = message;
    }

    /**
     * @param thing   what the page edits, as in "this complaint"
     * @param fields  the form's fields by the names the service's {@link ValidationException} uses
     * @param message the page's message line (best a {@code role="alert"} element), for what no field owns
     */
    public static FormAction of(String thing, Map<String, ? extends HasValidation> fields, HasText message) {
        return new FormAction(thing, fields, message);
    }

    /** On a concurrent edit, reload what the page shows (a list, say) instead of asking the user to. */
    public FormAction refreshingOnConflict(Runnable refresh) {
        this.refresh = refresh;
        return this;
    }

    /** The message for a record someone else saved first. */
    public static String changedMeanwhile(String thing) {
        return "Someone else has just changed this " + thing + ", so your change was not saved. "
                + "Copy anything you typed, then reload the page to see their change.";
    }

    /** The message for a record someone else saved first, on a page that has reloaded to show it. */
    public static String changedMeanwhileRefreshed(String thing) {
        return "Someone else has just changed this " + thing + ", so your change was not saved. The page now shows their change.";
    }

    /**
     * Runs {@code step}, which returns what it saved; that when it succeeded, empty when the page
     * now shows why not. A step with nothing to return is {@link #run(Runnable)}.
     */
    public <T> Optional<T> get(Supplier<T> step) {
        FieldErrors.clear(fields, message);
        try {
            return Optional.of(step.get());
        } catch (ValidationException ex) {
            FieldErrors.show(ex, fields, message);
        } catch (ObjectOptimisticLockingFailureException ex) {
            if (refresh != null) {
                refresh.run();
                message.setText(changedMeanwhileRefreshed(thing));
            } else {
                message.setText(changedMeanwhile(thing));
            }
            // The button may be far down a long page from the message line: bring the message to the user.
            if (message instanceof Component line) {
                line.scrollIntoView();
            }
        }
        return Optional.empty();
    }

    /** Runs {@code step}; true when it succeeded. */
    public boolean run(Runnable step) {
        return get(() -> {
            step.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Tells the user, briefly and out of their way, that what they asked for was done. */
    public static void done(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
