package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Booking workshop places. Every change to a session's bookings first locks the session row,
 * so two people booking the last place at the same moment are served one after the other:
 * capacity is kept by the database, whatever the screens show.
 *
 * <p>Read committed, not MariaDB's default repeatable read: under repeatable read the count of
 * booked places would come from a snapshot taken before the lock was granted, and miss the
 * bookings committed while this transaction waited (a test saw 29 of 20 places booked).
 */
@Service
@Transactional(isolation = org.springframework.transaction.annotation.Isolation.READ_COMMITTED)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class BookingService {

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Invitations invitations;
    private final Clock clock;

    public BookingService(WorkshopSessionRepository sessions, BookingRepository bookings, PersonRepository people,
                          CurrentUser currentUser, ApplicationEventPublisher events, Invitations invitations, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.invitations = invitations;
        this.clock = clock;
    }

    /** Books the signed-in person, or puts them on the waiting list when the session is full. */
    public Booking book(long sessionId) {
        Person me = currentUser.require();
        return book(sessionId, me, me);
    }

    /** A manager books a member of their team; the QA team and the PSW may book anyone. */
    public Booking bookFor(long sessionId, long personId) {
        Person me = currentUser.require();
        Person who = people.findById(personId).orElseThrow();
        if (!mayActFor(me, who)) {
            throw new AccessDeniedException("You can book only yourself and the people you manage");
        }
        return book(sessionId, who, me);
    }

    private Booking book(long sessionId, Person who, Person by) {
        WorkshopSession s = sessions.lockById(sessionId).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
        LocalDateTime now = LocalDateTime.now(clock);
        if (s.isCancelled()) {
            throw ValidationException.of("", "This session has been cancelled.");
        }
        if (!now.isBefore(s.getBookingCutoff())) {
            throw ValidationException.of("", "Booking for this session closed on " + Times.day(s.getBookingCutoff()) + " at "
                    + Times.time(s.getBookingCutoff()) + ".");
        }
        Optional<Booking> existing = bookings.findBySessionIdAndPersonId(s.getId(), who.getId());
        if (existing.isPresent() && existing.get().isActive()) {
            throw ValidationException.of("", (who.equals(by) ? "You are" : who.getFullName() + " is") + " already "
                    + existing.get().getStatus().label().toLowerCase() + " for this session.");
        }
        List<Booking> clash = bookings.overlapping(who.getId(), s.getId(), s.getStartsAt(), s.getEndsAt());
        if (!clash.isEmpty()) {
            WorkshopSession other = clash.getFirst().getSession();
            throw ValidationException.of("", (who.equals(by) ? "You are" : who.getFullName() + " is") + " already booked on \""
                    + other.getWorkshop().getTitle() + "\" at the same time (" + Times.day(other.getStartsAt()) + ", "
                    + Times.span(other.getStartsAt(), other.getEndsAt()) + "). Cancel that booking first.");
        }
        long confirmed = bookings.countBySessionIdAndStatus(s.getId(), BookingStatus.CONFIRMED);
        BookingStatus status = confirmed < s.getCapacity() ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
        Booking b = existing.orElse(null);
        if (b == null) {
            b = new Booking(s, who, by, status, now);
        } else {
            b.rebook(by, status, now);
        }
        b = bookings.save(b);
        String when = Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt());
        if (status == BookingStatus.CONFIRMED) {
            events.publishEvent(NotificationEvent.to(who.getId(), "Booked: " + s.getWorkshop().getTitle(),
                    "Your place is booked for " + when + " at " + s.getVenue() + ".",
                    "workshops", "workshops").withCalendar(invitations.request(b)));
        } else {
            events.publishEvent(NotificationEvent.to(who.getId(), "Waiting list: " + s.getWorkshop().getTitle(),
                    "The session on " + when + " is full. You are on the waiting list and will be told if a place comes free.",
                    "workshops", "workshops"));
        }
        return b;
    }

    /** Cancels a booking before the cut-off; a freed place goes to the first person waiting. */
    public void cancel(long bookingId) {
        Booking b = bookings.findById(bookingId).orElseThrow();
        Person me = currentUser.require();
        if (!b.getPerson().getId().equals(me.getId()) && !mayActFor(me, b.getPerson())) {
            throw new AccessDeniedException("You can cancel only your own bookings and those of people you manage");
        }
        WorkshopSession s = sessions.lockById(b.getSession().getId()).orElseThrow();
        LocalDateTime now = LocalDateTime.now(clock);
        if (!now.isBefore(s.getBookingCutoff())) {
            throw ValidationException.of("", "Cancellations for this session closed on " + Times.day(s.getBookingCutoff())
                    + ". Please tell the facilitator you cannot come.");
        }
        if (!b.isActive()) {
            return;
        }
        boolean freesAPlace = b.getStatus() == BookingStatus.CONFIRMED;
        b.cancel(now);
        bookings.saveAndFlush(b);
        if (freesAPlace) {
            events.publishEvent(NotificationEvent.to(b.getPerson().getId(), "Cancelled: your place on " + s.getWorkshop().getTitle(),
                    "Your place on " + Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt())
                            + " is cancelled.",
                    "workshops", "workshops").withCalendar(invitations.cancel(b)));
        }
        if (freesAPlace) {
            bookings.waiting(s.getId()).stream().findFirst().ifPresent(next -> {
                next.confirm();
                events.publishEvent(NotificationEvent.to(next.getPerson().getId(), "A place is yours: " + s.getWorkshop().getTitle(),
                        "A place came free on " + Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt())
                                + ", and you were first on the waiting list. You are booked.",
                        "workshops", "workshops").withCalendar(invitations.request(next)));
            });
        }
    }

    /** Cancels a session: everyone booked or waiting is told. */
    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public void cancelSession(long sessionId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "Say why the session is cancelled; everyone booked will be told.");
        }
        new ValidationException.Collector().maxLength("reason", reason.strip(), WorkshopSession.CANCELLATION_REASON_MAX, "the reason")
                .throwIfAny();
        WorkshopSession s = sessions.lockById(sessionId).orElseThrow();
        if (s.isCancelled()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        s.cancel(reason.strip(), now);
        List<Booking> affected = bookings.active(s.getId());
        for (Booking b : affected) {
            boolean hadAPlace = b.getStatus() == BookingStatus.CONFIRMED;
            b.cancel(now);
            // Each person gets their own message: a place's cancellation carries its own UID.
            NotificationEvent notice = NotificationEvent.to(b.getPerson().getId(),
                    "Cancelled: " + s.getWorkshop().getTitle() + " on " + Times.day(s.getStartsAt()),
                    "The session on " + Times.day(s.getStartsAt()) + " has been cancelled: " + reason.strip(),
                    "workshops", "workshops");
            events.publishEvent(hadAPlace ? notice.withCalendar(invitations.cancel(b)) : notice);
        }
    }

    @Transactional(readOnly = true)
    public List<Booking> myUpcoming() {
        return bookings.upcomingFor(currentUser.require().getId(), LocalDateTime.now(clock));
    }

    @Transactional(readOnly = true)
    public Optional<Booking> myBooking(long sessionId) {
        return bookings.findBySessionIdAndPersonId(sessionId, currentUser.require().getId()).filter(Booking::isActive);
    }

    @Transactional(readOnly = true)
    public long placesLeft(long sessionId) {
        WorkshopSession s = sessions.findById(sessionId).orElseThrow();
        return Math.max(0, s.getCapacity() - bookings.countBySessionIdAndStatus(sessionId, BookingStatus.CONFIRMED));
    }

    @Transactional(readOnly = true)
    public long count(long sessionId, BookingStatus status) {
        return bookings.countBySessionIdAndStatus(sessionId, status);
    }

    /** The people the signed-in person may book onto sessions, besides themselves, by name. */
    @Transactional(readOnly = true)
    public List<Person> peopleICanBook() {
        Person me = currentUser.require();
        return people.findByActiveTrueOrderByFullNameAsc().stream()
                .filter(p -> !p.getId().equals(me.getId()) && !p.hasRole(Role.BOARD_MEMBER) && mayActFor(me, p))
                .toList();
    }

    private static boolean mayActFor(Person me, Person who) {
        if (me.hasRole(Role.QA_OFFICER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || me.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        boolean manages = who.getLineManager() != null && who.getLineManager().getId().equals(me.getId());
        boolean sameTeam = me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null && me.getTeam().equals(who.getTeam());
        return manages || sameTeam;
    }
}
