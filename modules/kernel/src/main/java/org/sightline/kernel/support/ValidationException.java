package org.sightline.kernel.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by a service when input breaks a rule. Each message is keyed by the property it is
 * about, so a form can show it beside the right field; the key {@code ""} is for the form as a
 * whole.
 */
public class ValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public ValidationException(Map<String, String> errors) {
        super(String.join("; ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static ValidationException of(String property, String message) {
        return new ValidationException(Map.of(property, message));
    }

    public Map<String, String> errors() {
        return errors;
    }

    /** The one wording for text over its limit, e.g. "Keep the summary to 8,000 characters or fewer." */
    public static String tooLong(String what, int max) {
        return "Keep " + what + " to " + String.format(java.util.Locale.UK, "%,d", max) + " characters or fewer.";
    }

    /** Collects errors and throws once, so the user sees every problem at the same time. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector add(String property, String message) {
            errors.putIfAbsent(property, message);
            return this;
        }

        /**
         * "Keep {what} to {max} characters or fewer." when {@code text} is longer than {@code max};
         * nothing for null. {@code max} is the field's one limit, the constant its column and its
         * form field use too.
         */
        public Collector maxLength(String property, String text, int max, String what) {
            if (text != null && text.length() > max) {
                add(property, tooLong(what, max));
            }
            return this;
        }

        public boolean has(String property) {
            return errors.containsKey(property);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
    }
}
