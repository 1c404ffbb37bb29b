package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.support.AbstractEntity;

/** One point of a complaint, with its own category and outcome: complaints often hold points with different findings. */
@Entity
@Table(name = "cp_point")
public class ComplaintPoint extends AbstractEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int DESCRIPTION_MAX = 2000;


    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    private Complaint complaint;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(name = "added_on", nullable = false)
    private LocalDate addedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Outcome outcome;

    protected ComplaintPoint() {
    }

    ComplaintPoint(Complaint complaint, int position, String description, Category category, LocalDate addedOn) {
        this.complaint = complaint;
        this.position = position;
        this.description = description;
        this.category = category;
        this.addedOn = addedOn;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public int getPosition() {
        return position;
    }

    public String getDescription() {
        return description;
    }

    public Category getCategory() {
        return category;
    }

    public LocalDate getAddedOn() {
        return addedOn;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    void setCategory(Category category) {
        this.category = category;
    }

    void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }
}
