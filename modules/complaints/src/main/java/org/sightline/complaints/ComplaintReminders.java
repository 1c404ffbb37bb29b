package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.sightline.kernel.support.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sightline.kernel.scheduling.RemindedOnce;

/**
 * Each working morning: a complaint step past its deadline is reported to its owner and the
 * owner's manager, once per step and deadline (a new deadline, after an extension, is news).
 */
@Component
public class ComplaintReminders implements ScheduledJob {

    private final ComplaintRepository complaints;
    private final PersonRepository people;
    private final RemindedOnce reminded;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ComplaintReferences references;

    ComplaintReminders(ComplaintRepository complaints, PersonRepository people, RemindedOnce reminded, WorkingDayCalendar calendar,
                       ApplicationEventPublisher events, TransactionTemplate tx, Clock clock, ComplaintReferences references) {
        this.references = references;
        this.complaints = complaints;
        this.people = people;
        this.reminded = reminded;
        this.calendar = calendar;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "complaints-overdue";
    }

    @Override
    public String cron() {
        return "0 15 7 * * MON-FRI";
    }

    @Override
    public void run() {
        // A portal left running across the new year still finds next year's counter ready.
        references.prepare();
        tx.executeWithoutResult(s -> {
            LocalDate today = LocalDate.now(clock);
            WorkingDays days = calendar.days();
            Person qaManager = ComplaintSupport.qaManager(people.findByActiveTrueOrderByFullNameAsc());
            for (Complaint c : complaints.withStepsPossiblyOpen()) {
                for (Timeline.Entry e : Timeline.open(c, days, qaManager)) {
                    if (!e.isOverdue(today) || !reminded.firstTime("complaints", "complaint " + c.getId() + " step " + e.step().name(), e.due())) {
                        continue;
                    }
                    Person owner = e.owner() != null ? e.owner() : qaManager;
                    if (owner == null) {
                        continue;
                    }
                    List<Long> to = new ArrayList<>(List.of(owner.getId()));
                    if (owner.getLineManager() != null) {
                        to.add(owner.getLineManager().getId());
                    }
                    events.publishEvent(NotificationEvent.to(to, "Overdue: " + e.step().label().toLowerCase() + " (" + c.getReference() + ")",
                            "Complaint " + c.getReference() + ": \"" + e.step().label() + "\" was due " + Formats.date(e.due()) + " ("
                                    + days.between(e.due(), today) + " working days ago). It is " + owner.getFullName() + "'s step.",
                            "complaints/" + c.getId(), "complaints"));
                }
            }
        });
    }
}
