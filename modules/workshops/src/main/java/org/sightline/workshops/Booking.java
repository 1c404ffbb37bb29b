package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A person's place on a session, or their place in its waiting list. One row per person and
 * session, reused if they cancel and book again, so its calendar UID never changes.
 */
@Entity
@Table(name = "ws_booking")
public class Booking extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private WorkshopSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    /** Stable iCalendar UID: a cancellation sends the same UID so calendars remove the event. */
    @Column(nullable = false, unique = true, length = 80)
    private String uid;

    @Column(name = "booked_at", nullable = false)
    private LocalDateTime bookedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "booked_by_id")
    private Person bookedBy;

    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    /** iCalendar SEQUENCE: goes up with every invitation or cancellation sent for this UID. */
    @Column(name = "ics_sequence", nullable = false)
    private int icsSequence;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Attendance attendance;

    @Column(name = "attendance_marked_at")
    private LocalDateTime attendanceMarkedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "attendance_marked_by_id")
    private Person attendanceMarkedBy;

    protected Booking() {
    }

    Booking(WorkshopSession session, Person person, Person bookedBy, BookingStatus status, LocalDateTime at) {
        this.session = session;
        this.person = person;
        this.bookedBy = bookedBy;
        this.status = status;
        this.bookedAt = at;
        this.uid = UUID.randomUUID() + "@sightline";
    }

    void rebook(Person by, BookingStatus status, LocalDateTime at) {
        this.bookedBy = by;
        this.status = status;
        this.bookedAt = at;
        this.cancelledAt = null;
    }

    void cancel(LocalDateTime at) {
        this.status = BookingStatus.CANCELLED;
        this.cancelledAt = at;
    }

    void confirm() {
        this.status = BookingStatus.CONFIRMED;
    }

    /** The next SEQUENCE for an invitation or cancellation of this booking. */
    int nextSequence() {
        return ++icsSequence;
    }

    void markAttendance(Attendance attendance, Person by, LocalDateTime at) {
        this.attendance = attendance;
        this.attendanceMarkedBy = by;
        this.attendanceMarkedAt = at;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public WorkshopSession getSession() {
        return session;
    }

    public Person getPerson() {
        return person;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getUid() {
        return uid;
    }

    public LocalDateTime getBookedAt() {
        return bookedAt;
    }

    public boolean isActive() {
        return status != BookingStatus.CANCELLED;
    }
}
