package org.sightline.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The session register: the facilitator (or the QA team, or the PSW) marks who came. */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class AttendanceService {

    /** The register opens this long before the start, for people signing in as they arrive. */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(15);

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public AttendanceService(WorkshopSessionRepository sessions, BookingRepository bookings, CurrentUser currentUser,
                             ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The service's clock, so views compare times on the same clock as the rules. */
    public Clock clock() {
        return clock;
    }

    @Transactional(readOnly = true)
    public WorkshopSession session(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
    }

    /** Everyone with a place, by name, with their team: only for those who may mark it. */
    @Transactional(readOnly = true)
    public List<Booking> register(long sessionId) {
        WorkshopSession s = session(sessionId);
        requireMayMark(s);
        return bookings.register(sessionId);
    }

    @Transactional(readOnly = true)
    public boolean mayMark(long sessionId) {
        return mayMark(currentUser.require(), session(sessionId));
    }

    /** Whether the register is open yet: from {@link #OPENS_BEFORE} before the start. */
    @Transactional(readOnly = true)
    public boolean isOpen(WorkshopSession s) {
        return !s.isCancelled() && !LocalDateTime.now(clock).isBefore(s.getStartsAt().minus(OPENS_BEFORE));
    }

    /**
     * Records attendance. Someone marked as attending for the first time is asked for feedback.
     * {@code expectedVersion} is the booking version the marker saw, so two facilitators
     * marking the same person at once do not silently overwrite each other.
     */
    public Booking mark(long bookingId, Attendance attendance, long expectedVersion) {
        Booking b = bookings.findById(bookingId).orElseThrow();
        WorkshopSession s = b.getSession();
        requireMayMark(s);
        b.checkVersion(expectedVersion);
        if (s.isCancelled()) {
            throw ValidationException.of("attendance", "This session was cancelled; there is no register to mark.");
        }
        if (!isOpen(s)) {
            throw ValidationException.of("attendance", "The register opens at " + Times.time(s.getStartsAt().minus(OPENS_BEFORE))
                    + " on " + Times.day(s.getStartsAt()) + ", 15 minutes before the start.");
        }
        if (b.getStatus() != BookingStatus.CONFIRMED) {
            throw ValidationException.of("attendance", b.getPerson().getFullName() + " does not have a place on this session.");
        }
        boolean firstAttendance = attendance.attended() && (b.getAttendance() == null || !b.getAttendance().attended());
        b.markAttendance(attendance, currentUser.require(), LocalDateTime.now(clock));
        if (firstAttendance) {
            events.publishEvent(NotificationEvent.to(b.getPerson().getId(), "Tell us how it went: " + s.getWorkshop().getTitle(),
                    "Thank you for coming on " + Times.day(s.getStartsAt())
                            + ". Two ratings and a line on what you will do differently help us plan the next programme.",
                    "workshops/feedback/" + b.getId(), "workshops"));
        }
        return bookings.saveAndFlush(b);
    }

    private void requireMayMark(WorkshopSession s) {
        if (!mayMark(currentUser.require(), s)) {
            throw new AccessDeniedException("Only the facilitator, the QA team or the PSW can mark this register");
        }
    }

    static boolean mayMark(Person me, WorkshopSession s) {
        return me.hasRole(Role.QA_OFFICER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || me.hasRole(Role.ADMINISTRATOR)
                || s.getFacilitator() != null && s.getFacilitator().getId().equals(me.getId());
    }
}
