package org.sightline.kernel.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a module publishes (with Spring's {@code ApplicationEventPublisher}) to tell people
 * something. The kernel stores a notice for each recipient and, when email is configured,
 * queues an email in the outbox, in the publisher's transaction: if the work rolls back, so
 * does the notice.
 *
 * @param recipientIds people to tell (person ids); duplicates and inactive people are skipped
 * @param title        one line, e.g. "Action overdue: review the child's plan"
 * @param body         a few sentences; plain text
 * @param link         portal route of the record, e.g. {@code actions/42}, or null
 * @param module       the module's id, e.g. {@code audits}
 * @param email        false for notices that only belong in the portal
 * @param calendar     an iCalendar invitation or cancellation to attach to the email, or null
 */
public record NotificationEvent(List<Long> recipientIds, String title, String body, String link, String module, boolean email,
                                String calendar) {

    public NotificationEvent {
        recipientIds = recipientIds.stream().filter(Objects::nonNull).distinct().toList();
        Objects.requireNonNull(title);
        Objects.requireNonNull(module);
    }

    public static NotificationEvent to(Collection<Long> recipients, String title, String body, String link, String module) {
        return new NotificationEvent(List.copyOf(recipients), title, body, link, module, true, null);
    }

    /** The same notice, with its email carrying this iCalendar text (see {@code ICalendar}). */
    public NotificationEvent withCalendar(String ics) {
        return new NotificationEvent(recipientIds, title, body, link, module, email, ics);
    }

    public static NotificationEvent to(Long recipient, String title, String body, String link, String module) {
        return to(List.of(recipient), title, body, link, module);
    }
}
