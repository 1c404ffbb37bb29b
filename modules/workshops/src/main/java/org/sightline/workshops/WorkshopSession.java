package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.sightline.kernel.support.VersionedEntity;

/** One dated run of a workshop. Times are Europe/London wall-clock times. */
@Entity
@Table(name = "ws_session")
public class WorkshopSession extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int VENUE_MAX = 300;
    public static final int ONLINE_LINK_MAX = 500;
    public static final int CANCELLATION_REASON_MAX = 300;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = VENUE_MAX)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    /** No booking or cancelling after this; a day before the start unless set. */
    @Column(name = "booking_cutoff")
    private LocalDateTime bookingCutoff;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    /** Joining link for online sessions; the venue then says "Online". */
    @Column(name = "online_link", length = ONLINE_LINK_MAX)
    private String onlineLink;

    /** Marks attendance; the QA team and the PSW may too. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "facilitator_id")
    private org.sightline.kernel.people.Person facilitator;

    /** When the reminder went to everyone booked, so it goes once. */
    @org.sightline.kernel.audit.NotAudited
    @Column(name = "reminded_at")
    private LocalDateTime remindedAt;

    @Column(name = "cancellation_reason", length = CANCELLATION_REASON_MAX)
    private String cancellationReason;

    protected WorkshopSession() {
    }

    public WorkshopSession(Workshop workshop, LocalDateTime startsAt, LocalDateTime endsAt, String venue, int capacity) {
        this.workshop = workshop;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = venue;
        this.capacity = capacity;
    }

    public Workshop getWorkshop() { return workshop; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getVenue() { return venue; }
    public int getCapacity() { return capacity; }
    public LocalDateTime getBookingCutoff() { return bookingCutoff != null ? bookingCutoff : startsAt.minusDays(1); }
    public LocalDateTime getCancelledAt() { return cancelledAt; }
    public String getCancellationReason() { return cancellationReason; }
    public boolean isCancelled() { return cancelledAt != null; }
    public String getOnlineLink() { return onlineLink; }
    public org.sightline.kernel.people.Person getFacilitator() { return facilitator; }
    public LocalDateTime getRemindedAt() { return remindedAt; }

    /** Length in hours, to the quarter hour, for CPD records. */
    public double hours() {
        long minutes = java.time.Duration.between(startsAt, endsAt).toMinutes();
        return Math.round(minutes / 15.0) / 4.0;
    }

    /** Open, full, cancelled or finished, as the programme shows it. */
    public SessionStatus status(LocalDateTime now, long confirmed) {
        if (isCancelled()) {
            return SessionStatus.CANCELLED;
        }
        if (!endsAt.isAfter(now)) {
            return SessionStatus.FINISHED;
        }
        return confirmed >= capacity ? SessionStatus.FULL : SessionStatus.OPEN;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink == null || onlineLink.isBlank() ? null : onlineLink.strip();
    }

    public void setFacilitator(org.sightline.kernel.people.Person facilitator) {
        this.facilitator = facilitator;
    }

    void reschedule(LocalDateTime startsAt, LocalDateTime endsAt, String venue, int capacity) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.venue = venue;
        this.capacity = capacity;
    }

    void reminded(LocalDateTime at) {
        this.remindedAt = at;
    }

    public void setBookingCutoff(LocalDateTime cutoff) {
        this.bookingCutoff = cutoff;
    }

    void cancel(String reason, LocalDateTime at) {
        this.cancelledAt = at;
        this.cancellationReason = reason;
    }
}
