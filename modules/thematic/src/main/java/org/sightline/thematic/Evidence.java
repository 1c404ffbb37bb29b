package org.sightline.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.AbstractEntity;

/** Notes from another method: an interview, a focus group, a workshop, a conversation with children or families. */
@Entity
@Table(name = "th_evidence")
public class Evidence extends AbstractEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int NOTES_MAX = 8000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Method method;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Lob
    @Column(nullable = false, length = 100_000_000)
    private String notes;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    protected Evidence() {
    }

    Evidence(Evaluation evaluation, Method method, String title, LocalDate heldOn, String notes, Person recordedBy) {
        this.evaluation = evaluation;
        this.method = method;
        this.title = title;
        this.heldOn = heldOn;
        this.notes = notes;
        this.recordedBy = recordedBy;
    }

    public Method getMethod() {
        return method;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }
}
