package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sightline.kernel.learning.UpcomingLearning;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workshop programme as the kernel's {@link UpcomingLearning}, for other modules to point people to. */
@Component
@Transactional(readOnly = true)
public class WorkshopLearning implements UpcomingLearning {

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final Clock clock;

    WorkshopLearning(WorkshopSessionRepository sessions, BookingRepository bookings, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Override
    public List<Session> between(LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        return sessions.between(from.atStartOfDay(), to.plusDays(1).atStartOfDay()).stream()
                .filter(s -> !s.isCancelled() && now.isBefore(s.getBookingCutoff()))
                .map(s -> new Session(s.getWorkshop().getTitle(), s.getStartsAt(), s.getEndsAt(),
                        s.getOnlineLink() != null && (s.getVenue() == null || s.getVenue().isBlank()) ? "Online" : s.getVenue(),
                        Math.max(0, s.getCapacity() - bookings.countBySessionIdAndStatus(s.getId(), BookingStatus.CONFIRMED)),
                        s.getWorkshop().getThemes().stream().map(LearningTheme::getName).sorted().toList(),
                        "workshops/sessions/" + s.getId()))
                .toList();
    }
}
