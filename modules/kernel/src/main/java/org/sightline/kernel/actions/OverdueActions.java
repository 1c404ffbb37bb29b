package org.sightline.kernel.actions;

import java.time.Clock;
import java.time.LocalDate;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.sightline.kernel.support.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each working morning: tells the owner of each newly overdue action, and once an action is
 * {@value #ESCALATE_AFTER} working days overdue, tells the owner's line manager. Each person
 * is told once per action.
 */
@Component
public class OverdueActions implements ScheduledJob {

    static final int ESCALATE_AFTER = 5;

    private final ActionRepository actions;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OverdueActions(ActionRepository actions, WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "actions-overdue";
    }

    @Override
    public String cron() {
        return "0 0 7 * * MON-FRI";
    }

    @Override
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock);
        WorkingDays days = calendar.days();
        for (ActionItem a : actions.findOverdue(today)) {
            Person owner = a.getOwner();
            if (a.getOwnerNotifiedOn() == null) {
                events.publishEvent(NotificationEvent.to(owner.getId(), "Action overdue: " + a.getTitle(),
                        "This action was due on " + Formats.date(a.getDueDate()) + ". Complete it with evidence of what "
                                + "was done, or ask for it to be cancelled if it is no longer needed.",
                        "actions/" + a.getId(), "actions"));
                a.ownerNotified(today);
            }
            int overdueBy = days.between(a.getDueDate(), today);
            Person manager = owner.getLineManager();
            if (overdueBy >= ESCALATE_AFTER && a.getManagerEscalatedOn() == null && manager != null) {
                events.publishEvent(NotificationEvent.to(manager.getId(),
                        "Overdue action for " + owner.getFullName() + ": " + a.getTitle(),
                        owner.getFullName() + "'s action was due on " + Formats.date(a.getDueDate()) + " and is "
                                + overdueBy + " working days overdue. Please follow it up in supervision.",
                        "actions/" + a.getId(), "actions"));
                a.managerEscalated(today);
            }
        }
    }
}
