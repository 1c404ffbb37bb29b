package org.sightline.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.sightline.kernel.support.Cadence;
import org.sightline.kernel.support.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.sightline.kernel.scheduling.RemindedOnce;

/** Each Monday morning, tells auditors which supervision audits fall due within 30 days or are overdue; each due date once. */
@Component
public class SupervisionReminders implements ScheduledJob {

    private final ChainService chain;
    private final RemindedOnce reminded;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    SupervisionReminders(ChainService chain, RemindedOnce reminded, ApplicationEventPublisher events, TransactionTemplate tx,
                         Clock clock) {
        this.chain = chain;
        this.reminded = reminded;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "supervision-reminders";
    }

    @Override
    public String cron() {
        return "0 10 7 * * MON";
    }

    @Override
    public void run() {
        tx.executeWithoutResult(s -> {
            Map<Long, List<ChainService.Row>> news = new LinkedHashMap<>();
            for (ChainService.Row r : chain.all()) {
                if (r.status() == Cadence.Status.UP_TO_DATE || !reminded.firstTime("supervision",
                        "auditor " + r.auditor().getId() + " supervisor " + r.supervisor().getId(), r.dueOn())) {
                    continue;
                }
                news.computeIfAbsent(r.auditor().getId(), k -> new ArrayList<>()).add(r);
            }
            LocalDate today = LocalDate.now(clock);
            news.forEach((auditor, rows) -> {
                StringBuilder body = new StringBuilder();
                rows.forEach(r -> body.append("• ").append(r.supervisor().getFullName()).append(": ")
                        .append(r.lastAudited() == null || r.dueOn().isBefore(today) ? "overdue" : "due " + Formats.date(r.dueOn()))
                        .append('\n'));
                events.publishEvent(NotificationEvent.to(auditor, rows.size() == 1 ? "A supervision audit is due"
                        : rows.size() + " supervision audits are due", body.toString().strip(), "supervision", "supervision"));
            });
        });
    }
}
