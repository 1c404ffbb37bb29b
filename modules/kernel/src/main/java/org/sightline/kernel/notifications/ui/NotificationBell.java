package org.sightline.kernel.notifications.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import org.sightline.kernel.notifications.NotificationService;

/** The bell in the header: a link to the notification centre with the unread count. */
public class NotificationBell extends RouterLink {

    private final NotificationService notifications;
    private final Span badge = new Span();

    public NotificationBell(NotificationService notifications) {
        super(NotificationsView.class);
        this.notifications = notifications;
        addClassName("bell");
        badge.addClassName("bell-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        add(VaadinIcon.BELL.create(), badge);
        refresh();
    }

    /** Re-reads the unread count; the layout calls it after each navigation. */
    public void refresh() {
        long unread = notifications.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        String label = unread == 0 ? "Notifications, none unread" : "Notifications, " + unread + " unread";
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    public long unread() {
        return notifications.unreadCount();
    }
}
