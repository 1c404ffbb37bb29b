package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
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

    public static void show(ValidationException ex, Map<String, ? extends HasValidation> fields, HasText message) {
        Component first = null;
        for (var e : ex.errors().entrySet()) {
            HasValidation f = fields.get(e.getKey());
            if (f != null) {
                f.setErrorMessage(e.getValue());
                f.setInvalid(true);
                if (first == null) {
                    first = (Component) f;
                }
            } else {
                message.setText(e.getValue());
            }
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
