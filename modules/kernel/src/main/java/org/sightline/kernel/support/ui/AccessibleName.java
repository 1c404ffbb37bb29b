package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;

/**
 * Names for buttons and links that repeat down a page ("Cancel my place" on every booking): the
 * accessible name is the visible text followed by what it acts on, so speech users can say what
 * they see and screen reader users hear which one it is (WCAG 2.5.3, label in name).
 */
public final class AccessibleName {

    private AccessibleName() {
    }

    /** Names {@code c} "visible text: context", e.g. "Cancel my place: Working with fathers, 3 Dec 2026". */
    public static <T extends Component & HasText> T withContext(T c, String context) {
        String visible = c.getText() == null ? "" : c.getText().strip();
        if (visible.isEmpty()) {
            throw new IllegalArgumentException("A component named by context needs visible text first");
        }
        c.getElement().setAttribute("aria-label", visible + ": " + context);
        return c;
    }

    /**
     * Whether an explicit accessible name keeps the visible text at its start, ignoring case and
     * spacing; true when there is no visible text or no explicit name.
     */
    public static boolean startsWithVisibleText(String visibleText, String ariaLabel) {
        if (ariaLabel == null || visibleText == null || visibleText.isBlank()) {
            return true;
        }
        return normal(ariaLabel).startsWith(normal(visibleText));
    }

    private static String normal(String s) {
        return s.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
