package org.sightline.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.sightline.kernel.support.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sightline.kernel.scheduling.RemindedOnce;

/**
 * Each Monday morning, tells each observer which observations fall due within 30 days or are
 * overdue, in one notice; each due date is mentioned once, so the notice carries only news.
 */
@Component
public class ObservationReminders implements ScheduledJob {

    private final ComplianceService compliance;
    private final RemindedOnce reminded;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    ObservationReminders(ComplianceService compliance, RemindedOnce reminded, ApplicationEventPublisher events,
                         TransactionTemplate tx, Clock clock) {
        this.compliance = compliance;
        this.reminded = reminded;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "observations-reminders";
    }

    @Override
    public String cron() {
        return "0 0 7 * * MON";
    }

    @Override
    public void run() {
        tx.executeWithoutResult(s -> {
            Map<Long, List<ComplianceService.Row>> news = new LinkedHashMap<>();
            for (ComplianceService.Row r : compliance.all()) {
                if (r.observer() == null || r.status() == org.sightline.kernel.support.Cadence.Status.UP_TO_DATE) {
                    continue;
                }
                if (reminded.firstTime("observations", subject(r), r.dueOn())) {
                    news.computeIfAbsent(r.observer().getId(), k -> new java.util.ArrayList<>()).add(r);
                }
            }
            LocalDate today = LocalDate.now(clock);
            news.forEach((observer, rows) -> {
                StringBuilder body = new StringBuilder();
                for (ComplianceService.Row r : rows) {
                    String what = r.observerRule() ? "An observation of practice (" + r.rule().getIntervalMonths() + "-monthly)"
                            : r.subject().getFullName();
                    body.append("• ").append(what).append(": ").append(r.dueOn().isBefore(today) || r.lastObserved() == null
                            ? "overdue" : "due " + Formats.date(r.dueOn())).append('\n');
                }
                events.publishEvent(NotificationEvent.to(observer, rows.size() == 1 ? "An observation of practice is due"
                        : rows.size() + " observations of practice are due", body.toString().strip(), "observations", "observations"));
            });
        });
    }

    /** What a reminder is about: one observer's rule, for one person observed or (an observer rule) for themselves. */
    private static String subject(ComplianceService.Row r) {
        return "rule " + r.rule().getId() + " observer " + r.observer().getId() + " subject "
                + (r.observerRule() ? "-" : String.valueOf(r.subject().getId()));
    }
}
