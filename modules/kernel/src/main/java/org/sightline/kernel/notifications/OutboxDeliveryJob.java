package org.sightline.kernel.notifications;

import org.sightline.kernel.scheduling.ScheduledJob;
import org.springframework.stereotype.Component;

/** Sends due emails every minute. */
@Component
class OutboxDeliveryJob implements ScheduledJob {

    private final MailOutbox outbox;

    OutboxDeliveryJob(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String name() {
        return "mail-outbox";
    }

    @Override
    public String cron() {
        return "0 * * * * *";
    }

    @Override
    public java.time.Duration lockAtLeastFor() {
        return java.time.Duration.ofSeconds(10);
    }

    @Override
    public void run() {
        outbox.deliverDue();
    }
}
