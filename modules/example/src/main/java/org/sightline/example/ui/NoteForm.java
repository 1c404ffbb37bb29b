package org.sightline.example.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sightline.kernel.support.ui.RecordBinder;
import java.util.Map;
import org.sightline.example.Note;
import org.sightline.example.NoteDraft;
import org.sightline.example.NoteWriting;
import org.sightline.kernel.support.ui.FormAction;

/**
 * A section of a page: a {@code Composite} with its own fields and {@link RecordBinder}. The binder
 * only moves values into a {@link NoteDraft}; the service owns the rules, and {@link FormAction}
 * shows its messages beside the fields, keeps what was typed, and says so in the kernel's words
 * when someone else saved first.
 */
class NoteForm extends Composite<Div> {

    final TextField title = new TextField("Title");
    final TextArea text = new TextArea("Note");
    final Button save = new Button("Save the note");
    final Paragraph message = new Paragraph();

    private final RecordBinder<NoteDraft> binder = new RecordBinder<>(NoteDraft.class);

    NoteForm(NoteWriting writing, Runnable saved) {
        title.setMaxLength(Note.TITLE_MAX);
        text.setMaxLength(Note.TEXT_MAX);
        title.setRequiredIndicatorVisible(true);
        binder.forField(title).bind("title");
        binder.forField(text).bind("text");
        binder.readRecord(new NoteDraft("", ""));
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> FormAction.of("note", Map.of("title", title, "text", text), message)
                .get(() -> writing.save(null, 0, binder.record()))
                .ifPresent(note -> {
                    FormAction.done("Note saved.");
                    binder.readRecord(new NoteDraft("", ""));
                    saved.run();
                }));
        getContent().add(title, text, message, save);
    }
}
