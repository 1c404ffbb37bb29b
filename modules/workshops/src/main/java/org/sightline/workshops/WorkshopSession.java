package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** One dated run of a workshop. Times are Europe/London wall-clock times. */
@Entity
@Table(name = "ws_session")
public class WorkshopSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(nullable = false, length = 300)
    private String venue;

    @Column(nullable = false)
    private int capacity;

    /** No booking or cancelling after this; a day before the start unless set. */
    @Column(name = "booking_cutoff")
    private LocalDateTime bookingCutoff;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancellation_reason", length = 300)
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

    public Long getId() { return id; }
    public Workshop getWorkshop() { return workshop; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public String getVenue() { return venue; }
    public int getCapacity() { return capacity; }
    public LocalDateTime getBookingCutoff() { return bookingCutoff != null ? bookingCutoff : startsAt.minusDays(1); }
    public LocalDateTime getCancelledAt() { return cancelledAt; }
    public String getCancellationReason() { return cancellationReason; }
    public boolean isCancelled() { return cancelledAt != null; }

    public void setBookingCutoff(LocalDateTime cutoff) {
        this.bookingCutoff = cutoff;
    }

    void cancel(String reason, LocalDateTime at) {
        this.cancelledAt = at;
        this.cancellationReason = reason;
    }
}
