package org.sightline.example;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A note a member of staff keeps for their team. The entity extends {@link VersionedEntity}
 * (id, version, {@code checkVersion}); each text's limit is a constant used by the column, the
 * service's check and the form field; a rule both the page and the service ask is a method here.
 */
@Entity
@Table(name = "ex_note")
public class Note extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected Note() {
    }

    Note(Person author, Instant at) {
        this.author = author;
        this.writtenAt = at;
    }

    void write(NoteDraft d, Instant at) {
        this.title = d.title().strip();
        this.text = d.text() == null || d.text().isBlank() ? null : d.text().strip();
        this.writtenAt = at;
    }

    /** Only its author changes a note. */
    public boolean mayBeChangedBy(Person p) {
        return author.equals(p);
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Person getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
