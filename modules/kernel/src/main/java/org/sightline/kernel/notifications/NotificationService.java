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
            notifications.save(new Notification(p, truncate(event.title(), 200), truncate(event.body(), 2000),
                    event.link(), event.module(), clock.instant()));
            if (event.email() && !org.sightline.kernel.demo.DemoLoading.inProgress() && p.getEmail() != null && !p.getEmail().isBlank()) {
                outbox.enqueue(p.getEmail(), truncate(event.title(), 300), truncate(emailBody(p, event), 8000), event.calendar());
            }
        }
    }

    private String emailBody(Person p, NotificationEvent e) {
        StringBuilder sb = new StringBuilder("Dear ").append(p.getFullName()).append(",\n\n");
        if (e.body() != null && !e.body().isBlank()) {
            sb.append(e.body()).append("\n\n");
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
