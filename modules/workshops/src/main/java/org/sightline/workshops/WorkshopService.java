package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workshop programme: upcoming sessions, for staff. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class WorkshopService {

    /** A session with the places it has left. */
    public record Open(WorkshopSession session, long placesLeft) {
    }

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final Clock clock;

    public WorkshopService(WorkshopSessionRepository sessions, BookingRepository bookings, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Bookable sessions (open, before their cut-off) starting within a month, soonest first. */
    public List<Open> withPlacesInTheNextMonth(int max) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.between(now, now.plusMonths(1)).stream()
                .filter(s -> !s.isCancelled() && now.isBefore(s.getBookingCutoff()))
                .map(s -> new Open(s, Math.max(0, s.getCapacity() - bookings.countBySessionIdAndStatus(s.getId(), BookingStatus.CONFIRMED))))
                .filter(o -> o.placesLeft() > 0)
                .limit(max)
                .toList();
    }

    /** Sessions the signed-in person facilitates, from today on. */
    public List<WorkshopSession> facilitatedBy(long personId) {
        return sessions.facilitatedBy(personId, LocalDateTime.now(clock).toLocalDate().atStartOfDay());
    }

    public List<WorkshopSession> upcoming(Pageable page) {
        return sessions.findByStartsAtAfterOrderByStartsAtAsc(LocalDateTime.now(clock), page);
    }

    public List<WorkshopSession> nextSessions(int n) {
        return upcoming(PageRequest.of(0, n));
    }

    public long countUpcoming() {
        return sessions.countByStartsAtAfter(LocalDateTime.now(clock));
    }
}
