package org.sightline.kernel.support.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * A {@link Binder} that moves a form's values into a record for the service, and nothing more:
 * it has no rules, not even the fields' own (a date past a picker's maximum), because the
 * service owns them and {@link FormAction} shows its messages beside the fields. So the form,
 * an import and an API refuse the same things in the same words.
 *
 * @param <T> the record the service takes
 */
public class RecordBinder<T extends Record> extends Binder<T> {

    public RecordBinder(Class<T> type) {
        super(type);
        setDefaultValidatorsEnabled(false);
    }

    /** The record the fields hold now. */
    public T record() {
        try {
            return writeRecord();
        } catch (ValidationException e) {
            // No binding has a validator, so nothing can be refused here.
            throw new IllegalStateException(e);
        }
    }
}
