package org.sightline.kernel.notifications.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.sightline.kernel.notifications.Notification;
import org.sightline.kernel.notifications.NotificationService;
import org.sightline.kernel.support.Formats;

/** The notification centre: every notice, newest first; opening one marks it read. */
@Route("notifications")
@PageTitle("Notifications | Sightline")
@PermitAll
public class NotificationsView extends Main {

    final Grid<Notification> grid = new Grid<>();
    final Button markAll = new Button("Mark all as read");
    final Span unread = new Span();
    private final NotificationService notifications;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("page");
        Paragraph purpose = new Paragraph("Notices about your actions, audits, observations, bookings and packs. "
                + "Emails carry the same notices when email is switched on.");
        purpose.addClassName("page-purpose");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        Div actions = new Div(markAll);
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1("Notifications"), purpose), actions);
        header.addClassName("page-header");
        unread.addClassName("count");
        unread.getElement().setAttribute("role", "status");

        grid.addComponentColumn(this::notice).setHeader("Notice").setFlexGrow(4);
        grid.addColumn(n -> Formats.dateTime(n.getCreatedAt())).setHeader("Received").setAutoWidth(true);
        grid.addComponentColumn(this::readCell).setHeader("").setAutoWidth(true);
        grid.setItems(q -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setAriaLabel("Notifications");
        grid.addClassName("records");
        add(header, unread, grid);
        updateCount();
    }

    private Component notice(Notification n) {
        Div box = new Div();
        box.addClassName(n.isRead() ? "notice-read" : "notice-unread");
        if (n.getLink() != null) {
            Anchor link = new Anchor(n.getLink(), n.getTitle());
            link.getElement().addEventListener("click", e -> notifications.markRead(n.getId()));
            box.add(link);
        } else {
            box.add(new Span(n.getTitle()));
        }
        if (n.getBody() != null) {
            Span body = new Span(n.getBody());
            body.addClassName("notice-body");
            box.add(body);
        }
        return box;
    }

    private Component readCell(Notification n) {
        if (n.isRead()) {
            return new Span("Read");
        }
        Button read = new Button("Mark as read", e -> {
            notifications.markRead(n.getId());
            refresh();
        });
        read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        read.setAriaLabel("Mark as read: " + n.getTitle());
        return read;
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        updateCount();
    }

    private void updateCount() {
        long n = notifications.unreadCount();
        unread.setText(n == 0 ? "No unread notices" : n == 1 ? "1 unread notice" : n + " unread notices");
        markAll.setEnabled(n > 0);
    }
}
