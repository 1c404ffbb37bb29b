package org.sightline.workshops.ui;

import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.support.ui.NarrowScreen;
import org.sightline.kernel.support.ui.AccessibleName;
import org.sightline.kernel.people.Role;
import org.sightline.workshops.Booking;
import org.sightline.workshops.BookingService;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.Times;
import org.sightline.workshops.WorkshopService;
import org.sightline.workshops.WorkshopSession;
import org.sightline.workshops.CalendarFeeds;
import org.sightline.workshops.FeedbackService;
import org.sightline.workshops.WorkshopReports;
import org.sightline.kernel.security.CurrentUser;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.sightline.kernel.people.RoleGroup;

/** The programme of upcoming sessions, with booking, and the signed-in person's bookings. */
@Route("workshops")
@PageTitle("Workshops | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class WorkshopsView extends Main {

    final Grid<WorkshopSession> grid = new Grid<>();
    final Grid<Booking> mine = new Grid<>();
    final Paragraph message = new Paragraph();
    final Paragraph noBookings = new Paragraph("You have no upcoming bookings.");
    final TextField feedAddress = new TextField("Your calendar feed address");
    final Button makeFeed = new Button();
    final Button stopFeed = new Button("Stop this address");
    private final BookingService bookings;
    private final CalendarFeeds feeds;

    public WorkshopsView(WorkshopService workshops, BookingService bookings, FeedbackService feedback, CalendarFeeds feeds,
                         CurrentUser currentUser) {
        this.bookings = bookings;
        this.feeds = feeds;
        addClassName("page");
        Paragraph purpose = new Paragraph("Learning workshops that respond to what audits, observations and complaints tell us. "
                + "Book a place; if a session is full, join its waiting list and you will get the next free place.");
        purpose.addClassName("page-purpose");
        Div actions = new Div(new RouterLink("My CPD record", CpdView.class));
        actions.addClassName("page-actions");
        if (WorkshopReports.READERS.stream().anyMatch(currentUser::hasRole)) {
            actions.add(new RouterLink("Reports", WorkshopReportsView.class));
        }
        if (currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)
                || currentUser.hasRole(Role.ADMINISTRATOR)) {
            actions.add(new RouterLink("Catalogue", CatalogueView.class));
        }
        Div header = new Div(new Div(new H1("Workshops"), purpose), actions);
        header.addClassName("page-header");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        myBookingsGrid();
        long n = workshops.countUpcoming();
        programmeGrid(workshops);
        add(header, message);
        toDo(feedback, workshops, currentUser);
        add(new H2("My bookings"), noBookings, mine, calendarFeed(), new H2("Programme"));
        if (n == 0) {
            Paragraph empty = new Paragraph("No sessions are scheduled yet. The QA team publishes the programme each quarter.");
            empty.addClassName("empty-state");
            add(empty);
        } else {
            Span count = new Span(n == 1 ? "1 upcoming session" : n + " upcoming sessions");
            count.addClassName("count");
            add(count, grid);
        }
        refreshMine();
    }

    private void myBookingsGrid() {
        mine.addColumn(b -> b.getSession().getWorkshop().getTitle()).setHeader("Workshop").setFlexGrow(3);
        mine.addColumn(b -> Times.day(b.getSession().getStartsAt()) + ", " + Times.span(b.getSession().getStartsAt(),
                b.getSession().getEndsAt())).setHeader("When").setAutoWidth(true);
        mine.addColumn(b -> b.getSession().getVenue()).setHeader("Venue").setFlexGrow(2);
        mine.addColumn(b -> b.getStatus().label()).setHeader("Status").setAutoWidth(true);
        mine.addComponentColumn(this::cancelButton).setKey("cancel").setHeader("").setAutoWidth(true);
        NarrowScreen.cards(mine, "My booking", b -> card(
                new Span(b.getSession().getWorkshop().getTitle()),
                Times.day(b.getSession().getStartsAt()) + ", " + Times.span(b.getSession().getStartsAt(), b.getSession().getEndsAt()),
                b.getSession().getVenue() + " · " + b.getStatus().label(), cancelButton(b)));
        mine.setAriaLabel("My bookings");
        mine.setId("my-bookings");
        mine.addClassName("wrap-cells");
        mine.setAllRowsVisible(true);
        noBookings.addClassName("secondary");
    }

    private void programmeGrid(WorkshopService workshops) {
        grid.addComponentColumn(s -> new RouterLink(s.getWorkshop().getTitle(), SessionView.class,
                new RouteParameters("sessionId", String.valueOf(s.getId())))).setHeader("Workshop").setFlexGrow(3);
        grid.addColumn(s -> Times.day(s.getStartsAt())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(s -> Times.span(s.getStartsAt(), s.getEndsAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(WorkshopSession::getVenue).setHeader("Venue").setFlexGrow(2);
        grid.addColumn(this::places).setHeader("Places").setAutoWidth(true);
        grid.addComponentColumn(this::bookButton).setHeader("").setAutoWidth(true).setKey("book");
        NarrowScreen.cards(grid, "Session", s -> card(new RouterLink(s.getWorkshop().getTitle(), SessionView.class,
                        new RouteParameters("sessionId", String.valueOf(s.getId()))),
                Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt()), s.getVenue() + " · " + places(s), bookButton(s)));
        grid.setItems(q -> workshops.upcoming(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setAriaLabel("Upcoming workshop sessions");
        grid.addClassName("records");
    }

    /** Feedback still to give, and sessions this person facilitates. */
    private void toDo(FeedbackService feedback, WorkshopService workshops, CurrentUser currentUser) {
        var toGive = feedback.awaitingMine();
        if (!toGive.isEmpty()) {
            UnorderedList list = new UnorderedList();
            toGive.forEach(b -> list.add(new ListItem(new RouterLink(b.getSession().getWorkshop().getTitle() + ", "
                    + Times.day(b.getSession().getStartsAt()), FeedbackView.class, new RouteParameters("bookingId", String.valueOf(b.getId()))))));
            add(new H2("Tell us how it went"), list);
        }
        var facilitating = workshops.facilitatedBy(currentUser.require().getId());
        if (!facilitating.isEmpty()) {
            UnorderedList list = new UnorderedList();
            facilitating.forEach(s -> list.add(new ListItem(new RouterLink(s.getWorkshop().getTitle() + ", " + Times.day(s.getStartsAt())
                    + ", " + Times.span(s.getStartsAt(), s.getEndsAt()), SessionView.class, new RouteParameters("sessionId", String.valueOf(s.getId()))))));
            add(new H2("Sessions I facilitate"), list);
        }
    }

    /** A row as a phone shows it: the name, when, where and how full, then what the reader can do. */
    private static Component card(Component title, String when, String where, Component action) {
        title.getElement().getClassList().add("card-title");
        Span w = new Span(when);
        w.addClassName("card-line");
        Span v = new Span(where);
        v.addClassName("card-line");
        return new Div(title, w, v, action);
    }

    private String places(WorkshopSession s) {
        if (s.isCancelled()) {
            return "Cancelled";
        }
        long left = bookings.placesLeft(s.getId());
        return left == 0 ? "Full (" + bookings.count(s.getId(), BookingStatus.WAITING) + " waiting)"
                : left + " of " + s.getCapacity() + " left";
    }

    private Component bookButton(WorkshopSession s) {
        if (s.isCancelled()) {
            return new Span();
        }
        var booking = bookings.myBooking(s.getId());
        if (booking.isPresent()) {
            return new Span(booking.get().getStatus().label());
        }
        boolean full = bookings.placesLeft(s.getId()) == 0;
        Button b = new Button(full ? "Join the waiting list" : "Book a place", e -> act(() -> {
            Booking made = bookings.book(s.getId());
            return made.getStatus() == BookingStatus.CONFIRMED ? "Booked: " + s.getWorkshop().getTitle() + ", "
                    + Times.day(s.getStartsAt()) : "You are on the waiting list for " + s.getWorkshop().getTitle();
        }));
        b.addThemeVariants(full ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        AccessibleName.withContext(b, s.getWorkshop().getTitle() + ", " + Times.day(s.getStartsAt()));
        return b;
    }

    private Component cancelButton(Booking booking) {
        Button b = GiveUpPlace.button(booking, booking.getSession(), () -> act(() -> {
            bookings.cancel(booking.getId());
            return "Cancelled: " + booking.getSession().getWorkshop().getTitle();
        }));
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void act(java.util.function.Supplier<String> action) {
        FormAction.of("booking", Map.of(), message).get(action).ifPresent(FormAction::done);
        grid.getDataProvider().refreshAll();
        refreshMine();
    }

    /** The private calendar-feed address: made on request, shown once, revocable. */
    private Div calendarFeed() {
        Paragraph about = new Paragraph("Subscribe to your bookings from Outlook or your phone's calendar. The address is private: "
                + "anyone who has it can see your bookings, so it is shown only once. Making a new one stops the old one.");
        about.addClassName("secondary");
        feedAddress.setReadOnly(true);
        feedAddress.setId("calendar-feed-address");
        feedAddress.setWidth("min(48rem, 100%)");
        feedAddress.setVisible(false);
        makeFeed.addThemeVariants(ButtonVariant.LUMO_SMALL);
        makeFeed.addClickListener(e -> {
            feedAddress.setValue(feeds.createMine());
            feedAddress.setHelperText("Copy this address now and add it to your calendar as a subscription.");
            feedAddress.setVisible(true);
            refreshFeed();
        });
        stopFeed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        stopFeed.addClickListener(e -> {
            feeds.revokeMine();
            feedAddress.clear();
            feedAddress.setVisible(false);
            Notification.show("Your calendar feed address no longer works.", 4000, Notification.Position.BOTTOM_START);
            refreshFeed();
        });
        Div buttons = new Div(makeFeed, stopFeed);
        buttons.addClassName("form-actions");
        Div box = new Div(new H2("Calendar feed"), about, feedAddress, buttons);
        refreshFeed();
        return box;
    }

    private void refreshFeed() {
        var made = feeds.mineCreatedAt();
        makeFeed.setText(made.isPresent() ? "Make a new address" : "Make my calendar address");
        stopFeed.setVisible(made.isPresent());
    }

    void refreshMine() {
        var list = bookings.myUpcoming();
        mine.setItems(list);
        mine.setVisible(!list.isEmpty());
        noBookings.setVisible(list.isEmpty());
    }
}
