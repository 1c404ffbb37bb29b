package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each working morning, reminds everyone with a place on a session that starts within the next
 * {@value #WORKING_DAYS_BEFORE} working days (so Thursday's run covers Monday's sessions), once
 * per session.
 */
@Component
public class WorkshopReminders implements ScheduledJob {

    static final int WORKING_DAYS_BEFORE = 2;

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    WorkshopReminders(WorkshopSessionRepository sessions, BookingRepository bookings, WorkingDayCalendar calendar,
                      ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.calendar = calendar;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "workshops-reminders";
    }

    @Override
    public String cron() {
        return "0 30 7 * * MON-FRI";
    }

    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock);
        if (!calendar.isWorkingDay(today)) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime until = calendar.addWorkingDays(today, WORKING_DAYS_BEFORE).plusDays(1).atStartOfDay();
        List<Long> due = tx.execute(s -> sessions.dueForReminder(now, until).stream().map(WorkshopSession::getId).toList());
        for (Long id : due) {
            tx.executeWithoutResult(s -> remind(id, now));
        }
    }

    private void remind(long sessionId, LocalDateTime now) {
        WorkshopSession s = sessions.lockById(sessionId).orElseThrow();
        if (s.getRemindedAt() != null || s.isCancelled()) {
            return;
        }
        List<Long> people = bookings.register(sessionId).stream().map(b -> b.getPerson().getId()).toList();
        if (!people.isEmpty()) {
            String where = s.getOnlineLink() != null ? s.getVenue() + " (" + s.getOnlineLink() + ")" : s.getVenue();
            events.publishEvent(NotificationEvent.to(people, "Reminder: " + s.getWorkshop().getTitle() + ", " + Times.day(s.getStartsAt()),
                    "You have a place on " + Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt()) + " at "
                            + where + ". If you can no longer come, cancel in Sightline so someone on the waiting list can have your place.",
                    "workshops", "workshops"));
        }
        s.reminded(now);
    }
}
