package org.sightline.complaints.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sightline.complaints.Complaint;
import org.sightline.kernel.support.ui.FormAction;

/**
 * How a section of a complaint's page runs one step: against the complaint as the page last read
 * it (its version guards against a concurrent edit), with errors beside the section's fields or in
 * the page's message line, and the page rebuilt from what was saved.
 */
final class ComplaintSteps {

    private final Paragraph message;
    private final Consumer<Complaint> saved;
    private Complaint complaint;

    ComplaintSteps(Paragraph message, Consumer<Complaint> saved) {
        this.message = message;
        this.saved = saved;
    }

    void showing(Complaint c) {
        complaint = c;
    }

    Complaint complaint() {
        return complaint;
    }

    long id() {
        return complaint.getId();
    }

    long version() {
        return complaint.getVersion();
    }

    Paragraph message() {
        return message;
    }

    void act(Supplier<Complaint> step, String done, Map<String, ? extends HasValidation> fields) {
        FormAction.of("complaint", fields, message).get(step).ifPresent(c -> {
            FormAction.done(done);
            saved.accept(c);
        });
    }
}
