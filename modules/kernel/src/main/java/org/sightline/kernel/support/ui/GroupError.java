package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The error line for a question answered with several fields, such as two checkboxes ("what you
 * looked at"): it takes the service's message like a field does, so {@link FormAction} can place
 * it, and focusing it focuses the group's first field.
 */
public class GroupError extends Paragraph implements HasValidation, Focusable<GroupError> {

    private final Focusable<?> first;
    private String errorMessage = "";
    private boolean invalid;

    /** @param first the group's first field, where the user is taken when the group is in error */
    public GroupError(Focusable<?> first) {
        this.first = first;
        addClassName("error-text");
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        setText(invalid ? this.errorMessage : "");
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setText(invalid ? errorMessage : "");
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }

    @Override
    public void focus() {
        first.focus();
    }
}
