package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.sightline.kernel.support.VersionedEntity;

/** An attendee's feedback on a session: one per booking. */
@Entity
@Table(name = "ws_feedback")
public class Feedback extends VersionedEntity {

    /** The free-text answers' limit: the columns' size, the service's check and the form fields' maximum. */
    public static final int TEXT_MAX = 2000;


    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booking_id", unique = true)
    private Booking booking;

    /** 1 (not useful) to 5 (very useful). */
    @Column(nullable = false)
    private int usefulness;

    /** 1 (poor) to 5 (excellent). */
    @Column(nullable = false)
    private int delivery;

    @Column(name = "do_differently", length = TEXT_MAX)
    private String doDifferently;

    @Column(length = TEXT_MAX)
    private String comments;

    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected Feedback() {
    }

    Feedback(Booking booking, int usefulness, int delivery, String doDifferently, String comments, LocalDateTime at) {
        this.booking = booking;
        this.usefulness = usefulness;
        this.delivery = delivery;
        this.doDifferently = doDifferently;
        this.comments = comments;
        this.submittedAt = at;
    }

    public Booking getBooking() { return booking; }
    public int getUsefulness() { return usefulness; }
    public int getDelivery() { return delivery; }
    public String getDoDifferently() { return doDifferently; }
    public String getComments() { return comments; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
}
