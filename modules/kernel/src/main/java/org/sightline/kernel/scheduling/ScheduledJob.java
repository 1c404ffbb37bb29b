package org.sightline.kernel.scheduling;

import java.time.Duration;

/**
 * Background work (reminders, due dates, overdue checks, the mail outbox). Declare a bean of
 * this type and the kernel runs it on its cron, Europe/London time, on one portal node at a
 * time: a lock row in the shared database decides which node runs it.
 */
public interface ScheduledJob {

    /** Unique lock name, e.g. {@code actions-overdue}. */
    String name();

    /** Spring cron expression with seconds, e.g. {@code 0 0 7 * * MON-FRI}. */
    String cron();

    void run();

    /** If a node dies mid-run, the lock is released after this long. */
    default Duration lockAtMostFor() {
        return Duration.ofMinutes(10);
    }

    /**
     * The lock is held at least this long, so a node whose clock or trigger fires a little
     * later does not run the same occurrence again.
     */
    default Duration lockAtLeastFor() {
        return Duration.ofSeconds(30);
    }
}
