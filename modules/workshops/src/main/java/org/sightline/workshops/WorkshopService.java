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

    private final WorkshopSessionRepository sessions;
    private final Clock clock;

    public WorkshopService(WorkshopSessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
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
