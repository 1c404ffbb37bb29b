package org.sightline.example;

import java.time.Clock;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.RoleGroup;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A use case, named for what the user does: writing a note. Transactional, and secured here
 * (roles by {@code @PreAuthorize} with a kernel role group, the per-record rule by asking the
 * entity), not only by hiding the button. Every message is meant for the field it names.
 */
@Service
@Transactional
@PreAuthorize(RoleGroup.HAS_PRACTICE_STAFF)
public class NoteWriting {

    private final NoteRepository notes;
    private final CurrentUser currentUser;
    private final Clock clock;

    NoteWriting(NoteRepository notes, CurrentUser currentUser, Clock clock) {
        this.notes = notes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new note ({@code id} null), or a change to one at the {@code version} the page showed. */
    public Note save(Long id, long version, NoteDraft d) {
        Person me = currentUser.require();
        Note note = id == null ? new Note(me, clock.instant()) : notes.findById(id).orElseThrow();
        if (!note.mayBeChangedBy(me)) {
            throw new AccessDeniedException("Only its author changes a note");
        }
        if (id != null) {
            note.checkVersion(version);
        }
        var errors = new ValidationException.Collector();
        if (d.title() == null || d.title().isBlank()) {
            errors.add("title", "Give the note a title.");
        }
        errors.maxLength("title", d.title(), Note.TITLE_MAX, "the title");
        errors.maxLength("text", d.text(), Note.TEXT_MAX, "the note");
        errors.throwIfAny();
        note.write(d, clock.instant());
        return notes.saveAndFlush(note);
    }
}
