package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sightline.kernel.support.VersionedEntity;

/**
 * How the sections of one record's page run their steps: each against the record as the page last
 * read it (its version guards against a concurrent edit), through {@link FormAction} with errors
 * beside the section's fields or in the page's one message line, and then the page rebuilt from
 * what was saved. The page owns one of these and hands it to each section.
 *
 * @param <T> the record the page shows
 */
public final class RecordSteps<T extends VersionedEntity> {

    private final String thing;
    private final Paragraph message;
    private final Consumer<T> saved;
    private T record;

    /**
     * @param thing   what the page shows, as in "this complaint"
     * @param message the page's message line
     * @param saved   rebuilds the page from the record a step saved
     */
    public RecordSteps(String thing, Paragraph message, Consumer<T> saved) {
        this.thing = thing;
        this.message = message;
        this.saved = saved;
    }

    /** The record the page now shows, as the steps' starting point. */
    public void showing(T shown) {
        record = shown;
    }

    public T record() {
        return record;
    }

    public long id() {
        return record.getId();
    }

    public long version() {
        return record.getVersion();
    }

    public Paragraph message() {
        return message;
    }

    /** Runs {@code step}; when it is done, says {@code done} and rebuilds the page from what it returned. */
    public void act(Supplier<T> step, String done, Map<String, ? extends HasValidation> fields) {
        FormAction.of(thing, fields, message).get(step).ifPresent(result -> {
            FormAction.done(done);
            saved.accept(result);
        });
    }

    /** Runs a step that changes something beside the record (a sample, an action), then rebuilds the page from the record reread. */
    public void run(Runnable step, String done, Map<String, ? extends HasValidation> fields, Supplier<T> reread) {
        if (FormAction.of(thing, fields, message).run(step)) {
            FormAction.done(done);
            saved.accept(reread.get());
        }
    }
}
