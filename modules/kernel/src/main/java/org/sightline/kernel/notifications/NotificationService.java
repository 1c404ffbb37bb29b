package org.sightline.kernel.notifications;

import java.time.Clock;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Delivers {@link NotificationEvent}s and serves each person's notification centre. */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final PersonRepository people;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final MailSettings settings;

    public NotificationService(NotificationRepository notifications, PersonRepository people, MailOutbox outbox,
                               CurrentUser currentUser, Clock clock, MailSettings settings) {
        this.settings = settings;
        this.notifications = notifications;
        this.people = people;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void deliver(NotificationEvent event) {
        for (Person p : people.findAllById(event.recipientIds())) {
            if (!p.isActive()) {
                continue;
            }
            boolean mailed = event.email() && p.getEmail() != null && !p.getEmail().isBlank()
                    && !org.sightline.kernel.demo.DemoLoading.inProgress();
            // Each channel says where the calendar entry is: the email carries it; the portal has no attachment.
            notifications.save(new Notification(p, truncate(event.title(), 200),
                    truncate(withCalendarNote(event.body(), event.calendar() == null || !mailed ? null : portalCalendarNote(event.calendar())), 2000),
                    event.link(), event.module(), clock.instant()));
            if (mailed) {
                outbox.enqueue(p.getEmail(), truncate(event.title(), 300), truncate(emailBody(p, event), 8000), event.calendar());
            }
        }
    }

    static String emailCalendarNote(String ics) {
        return "CANCEL".equals(org.sightline.kernel.calendar.ICalendar.method(ics))
                ? "The attached cancellation removes it from your calendar." : "The calendar invitation is attached.";
    }

    static String portalCalendarNote(String ics) {
        return "CANCEL".equals(org.sightline.kernel.calendar.ICalendar.method(ics))
                ? "A cancellation was emailed to you, to remove it from your calendar." : "A calendar invitation was emailed to you.";
    }

    private static String withCalendarNote(String body, String note) {
        if (note == null) {
            return body;
        }
        return body == null || body.isBlank() ? note : body.strip() + " " + note;
    }

    private String emailBody(Person p, NotificationEvent e) {
        StringBuilder sb = new StringBuilder("Dear ").append(p.getFullName()).append(",\n\n");
        String body = withCalendarNote(e.body(), e.calendar() == null ? null : emailCalendarNote(e.calendar()));
        if (body != null && !body.isBlank()) {
            sb.append(body).append("\n\n");
        }
        if (e.link() != null) {
            sb.append("Open it in Sightline: ").append(settings.portalUrl()).append('/').append(e.link().replaceFirst("^/", "")).append("\n\n");
        }
        sb.append("This message was sent by Sightline, the quality assurance portal. Manage your notices in the portal.");
        return sb.toString();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return currentUser.person().map(p -> notifications.countByRecipientIdAndReadAtIsNull(p.getId())).orElse(0L);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Page<Notification> mine(Pageable page) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.require().getId(), page);
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        Notification n = notifications.findById(id).orElseThrow();
        if (!n.getRecipient().getId().equals(currentUser.require().getId())) {
            throw new AccessDeniedException("That notice is someone else's");
        }
        n.markRead(clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return notifications.markAllRead(currentUser.require().getId(), clock.instant());
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
