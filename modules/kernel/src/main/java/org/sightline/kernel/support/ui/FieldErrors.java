package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.kernel.support.ValidationException;

/**
 * Shows a service's validation messages beside the fields they name, the rest in the page's
 * message line, and takes the user to the first field in trouble. What they typed stays.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Map<String, ? extends HasValidation> fields, HasText message) {
        fields.values().forEach(f -> f.setInvalid(false));
        message.setText("");
    }

    /**
     * Puts each message beside the field it names and the rest in {@code message} (all of them,
     * not only the first), then focuses the invalid field that comes first on the page, whatever
     * order the service found the problems in.
     */
    public static void show(ValidationException ex, Map<String, ? extends HasValidation> fields, HasText message) {
        List<String> unplaced = new ArrayList<>();
        List<Component> invalid = new ArrayList<>();
        for (var e : ex.errors().entrySet()) {
            HasValidation f = fields.get(e.getKey());
            if (f != null) {
                f.setErrorMessage(e.getValue());
                f.setInvalid(true);
                invalid.add((Component) f);
            } else {
                unplaced.add(e.getValue());
            }
        }
        message.setText(String.join(" ", unplaced));
        if (firstOnPage(invalid) instanceof Focusable<?> focusable) {
            focusable.focus();
        } else if (!unplaced.isEmpty() && message instanceof Component line) {
            line.scrollIntoView();
        }
    }

    /** The component of {@code candidates} met first in a depth-first walk of the page; null when there is none. */
    static Component firstOnPage(List<Component> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Set<Component> wanted = new HashSet<>(candidates);
        Optional<UI> ui = candidates.getFirst().getUI();
        if (ui.isPresent()) {
            Deque<Component> stack = new ArrayDeque<>();
            stack.push(ui.get());
            while (!stack.isEmpty()) {
                Component c = stack.pop();
                if (wanted.contains(c)) {
                    return c;
                }
                List<Component> children = c.getChildren().toList();
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
        return candidates.getFirst();
    }
}
