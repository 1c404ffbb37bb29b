package org.sightline.workshops.ui;

import org.sightline.kernel.support.ui.FormAction;
import static org.sightline.kernel.support.ui.Facts.fact;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.List;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.workshops.Attendance;
import org.sightline.workshops.AttendanceService;
import org.sightline.workshops.Booking;
import org.sightline.workshops.BookingService;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.Times;
import org.sightline.workshops.WorkshopPdfs;
import org.sightline.workshops.WorkshopSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.sightline.kernel.people.RoleGroup;

/** One session: what it is, where and when, and for its facilitator the register. */
@Route("workshops/sessions/:sessionId")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class SessionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    Grid<Booking> register = new Grid<>();
    final Paragraph registerMessage = new Paragraph();
    final TextField cancelReason = new TextField("Reason for cancelling");
    private final AttendanceService attendance;
    private final BookingService bookings;
    private final WorkshopPdfs pdfs;
    private final ExportService exports;
    private final CurrentUser currentUser;
    private WorkshopSession session;
    private String title = "Workshop session | Sightline";

    public SessionView(AttendanceService attendance, BookingService bookings, WorkshopPdfs pdfs, ExportService exports,
                       CurrentUser currentUser) {
        this.attendance = attendance;
        this.bookings = bookings;
        this.pdfs = pdfs;
        this.exports = exports;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            session = attendance.session(Long.parseLong(event.getRouteParameters().get("sessionId").orElse("")));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        title = session.getWorkshop().getTitle() + ", " + Times.day(session.getStartsAt()) + " | Sightline";
        removeAll();
        build();
    }

    private void build() {
        WorkshopSession s = session;
        bookFor = null;
        placeButton = null;
        bookForButton = null;
        var w = s.getWorkshop();
        add(new RouterLink("← All workshops", WorkshopsView.class));
        add(new H1(w.getTitle()));
        Paragraph summary = new Paragraph(w.getSummary());
        summary.addClassName("page-purpose");
        add(summary);
        long left = bookings.placesLeft(s.getId());
        Div facts = Facts.of(
                fact("When", Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt())),
                fact("Where", s.getVenue()),
                fact("Facilitator", s.getFacilitator() != null ? s.getFacilitator().getFullName()
                        : w.getFacilitators() == null ? "" : w.getFacilitators()),
                fact("Places", s.isCancelled() ? "Cancelled"
                        : !s.getEndsAt().isAfter(java.time.LocalDateTime.now(attendance.clock())) ? (s.getCapacity() - left) + " of "
                        + s.getCapacity() + " taken"
                        : left == 0 ? "Full: " + bookings.count(s.getId(), BookingStatus.WAITING) + " waiting"
                        : left + " of " + s.getCapacity() + " left"),
                fact("Book by", Times.day(s.getBookingCutoff()) + ", " + Times.time(s.getBookingCutoff())),
                fact("Status", s.status(java.time.LocalDateTime.now(attendance.clock()),
                        s.getCapacity() - left).label()));
        if (w.getAudience() != null) {
            facts.add(fact("For", w.getAudience()));
        }
        add(facts);
        if (s.isCancelled()) {
            Paragraph cancelled = new Paragraph("This session was cancelled: " + s.getCancellationReason());
            cancelled.addClassName("error-text");
            add(cancelled);
        }
        myPlace(s, left);
        if (s.getOnlineLink() != null && bookings.myBooking(s.getId()).filter(b -> b.getStatus() == BookingStatus.CONFIRMED).isPresent()) {
            add(new Paragraph(new Anchor(s.getOnlineLink(), "Join the session online")));
        }
        if (w.getOutcomes() != null && !w.getOutcomes().isBlank()) {
            add(new H2("What you will learn"), list(w.getOutcomes()));
        }
        if (w.getTopics() != null && !w.getTopics().isBlank()) {
            add(new H2("Topics"), list(w.getTopics()));
        }
        if (!w.getThemes().isEmpty()) {
            add(new Paragraph("Learning themes: " + String.join(", ", w.getThemes().stream().map(LearningTheme::getName).sorted().toList())));
        }
        if (!s.isCancelled() && java.time.LocalDateTime.now(attendance.clock()).isBefore(s.getBookingCutoff())) {
            buildBookForOthers();
        }
        if (attendance.mayMark(s.getId())) {
            buildRegister();
            if (!s.isCancelled() && s.getStartsAt().isAfter(java.time.LocalDateTime.now(attendance.clock()))) {
                buildCancel();
            }
        }
    }

    /** The reader's own place: book it, or see it and give it up, from the session's own page. */
    private void myPlace(WorkshopSession s, long left) {
        if (s.isCancelled()) {
            return;
        }
        java.time.LocalDateTime now = java.time.LocalDateTime.now(attendance.clock());
        var mine = bookings.myBooking(s.getId()).filter(Booking::isActive);
        boolean open = now.isBefore(s.getBookingCutoff());
        String what = s.getWorkshop().getTitle() + ", " + Times.day(s.getStartsAt());
        Paragraph status = new Paragraph();
        status.setId("my-place");
        Div row = new Div(status);
        row.addClassName("form-actions");
        if (mine.isPresent()) {
            boolean waiting = mine.get().getStatus() == BookingStatus.WAITING;
            status.setText(waiting ? "You are on the waiting list; you will be told if a place comes free." : "You have a place on this session.");
            if (open) {
                placeButton = GiveUpPlace.button(mine.get(), s, () -> placeStep(() -> {
                    bookings.cancel(mine.get().getId());
                    return "Cancelled: " + s.getWorkshop().getTitle();
                }));
                row.add(placeButton);
            }
        } else if (!open) {
            if (s.getStartsAt().isAfter(now)) {
                status.setText("Booking closed on " + Times.day(s.getBookingCutoff()) + ". Ask the facilitator if you would like to come.");
            } else {
                return;
            }
        } else {
            boolean full = left == 0;
            status.setText(full ? "The session is full. You can join the waiting list." : "You have not booked a place yet.");
            placeButton = new Button(full ? "Join the waiting list" : "Book a place", e -> placeStep(() -> {
                Booking made = bookings.book(s.getId());
                return made.getStatus() == BookingStatus.CONFIRMED ? "Booked: " + what : "You are on the waiting list for " + what;
            }));
            placeButton.addThemeVariants(full ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_PRIMARY);
            row.add(placeButton);
        }
        placeMessage = new Paragraph();
        placeMessage.addClassName("error-text");
        placeMessage.getElement().setAttribute("role", "alert");
        add(row, placeMessage);
    }

    Button placeButton;
    Paragraph placeMessage;

    private void placeStep(java.util.function.Supplier<String> step) {
        FormAction.of("booking", Map.of(), placeMessage).get(step).ifPresent(done -> {
            FormAction.done(done);
            session = attendance.session(session.getId());
            removeAll();
            build();
        });
    }

    /** Managers book people in their team; the QA team and the PSW anyone. */
    private void buildBookForOthers() {
        List<org.sightline.kernel.people.Person> team = bookings.peopleICanBook();
        if (team.isEmpty()) {
            return;
        }
        bookFor = new com.vaadin.flow.component.combobox.ComboBox<>("Person to book");
        bookFor.setItems(team);
        bookFor.setItemLabelGenerator(p -> p.getFullName() + (p.getTeam() == null ? "" : " (" + p.getTeam().getName() + ")"));
        bookFor.setWidth("min(28rem, 100%)");
        bookForButton = new Button("Book them a place", e -> {
            bookFor.setInvalid(false);
            if (bookFor.getValue() == null) {
                bookFor.setErrorMessage("Choose who to book.");
                bookFor.setInvalid(true);
                return;
            }
            try {
                Booking made = bookings.bookFor(session.getId(), bookFor.getValue().getId());
                Notification.show(made.getPerson().getFullName() + (made.getStatus() == BookingStatus.CONFIRMED ? " is booked."
                        : " is on the waiting list."), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                session = attendance.session(session.getId());
                removeAll();
                build();
            } catch (ValidationException ex) {
                bookFor.setErrorMessage(ex.errors().values().iterator().next());
                bookFor.setInvalid(true);
            }
        });
        Div row = new Div(bookFor, bookForButton);
        row.addClassName("filters");
        Paragraph why = new Paragraph("They are told, and get the calendar invitation, as if they had booked themselves.");
        why.addClassName("secondary");
        add(new H2("Book someone in my team"), why, row);
    }

    com.vaadin.flow.component.combobox.ComboBox<org.sightline.kernel.people.Person> bookFor;
    Button bookForButton;

    private UnorderedList list(String text) {
        UnorderedList ul = new UnorderedList();
        text.lines().map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", "")).filter(l -> !l.isEmpty())
                .forEach(l -> ul.add(new ListItem(l)));
        return ul;
    }

    private void buildRegister() {
        add(new H2("Register"));
        boolean open = attendance.isOpen(session);
        if (!session.isCancelled() && !open) {
            Paragraph when = new Paragraph("The register opens at " + Times.time(session.getStartsAt().minus(AttendanceService.OPENS_BEFORE))
                    + " on " + Times.day(session.getStartsAt()) + ", 15 minutes before the start. Print the sign-in sheet to take with you.");
            when.addClassName("secondary");
            add(when);
        }
        // A fresh grid each time: navigating to the same session again reuses this view.
        register = new Grid<>();
        registerMessage.addClassName("error-text");
        registerMessage.getElement().setAttribute("role", "alert");
        register.addColumn(b -> b.getPerson().getFullName()).setHeader("Name").setFlexGrow(2);
        register.addColumn(b -> b.getPerson().getTeam() == null ? "" : b.getPerson().getTeam().getName()).setHeader("Team").setFlexGrow(2);
        register.addComponentColumn(b -> attendanceSelect(b, open)).setHeader("Attendance").setKey("attendance").setAutoWidth(true);
        register.setAriaLabel("Register");
        register.setAllRowsVisible(true);
        register.addClassName("wrap-cells");
        List<Booking> rows = attendance.register(session.getId());
        register.setItems(rows);
        long sessionId = session.getId();
        Anchor sheet = PdfLink.of("Download the sign-in sheet (PDF)", () -> exports.exportDocument("workshops", "WorkshopSession",
                sessionId, pdfs.register(attendance.session(sessionId), attendance.register(sessionId))));
        if (rows.isEmpty()) {
            add(new Paragraph("Nobody has a place on this session yet."), sheet);
        } else {
            add(registerMessage, register, sheet);
        }
    }

    private Component attendanceSelect(Booking b, boolean open) {
        Select<Attendance> select = new Select<>();
        select.setItems(Attendance.values());
        select.setItemLabelGenerator(Attendance::label);
        select.setPlaceholder("Not marked");
        select.setValue(b.getAttendance());
        select.setAriaLabel("Attendance for " + b.getPerson().getFullName());
        select.setEnabled(open);
        long[] version = {b.getVersion()};
        select.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                return;
            }
            registerMessage.setText("");
            select.setInvalid(false);
            try {
                Booking saved = attendance.mark(b.getId(), e.getValue(), version[0]);
                version[0] = saved.getVersion();
                Notification.show(b.getPerson().getFullName() + ": " + e.getValue().label(), 2500, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ValidationException ex) {
                select.setErrorMessage(ex.errors().values().iterator().next());
                select.setInvalid(true);
            } catch (ObjectOptimisticLockingFailureException ex) {
                select.setErrorMessage("Someone else has just marked " + b.getPerson().getFullName() + ". Reload the page to see it.");
                select.setInvalid(true);
            }
        });
        return select;
    }

    private void buildCancel() {
        if (!(currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)
                || currentUser.hasRole(Role.ADMINISTRATOR))) {
            return;
        }
        add(new H2("Cancel this session"));
        Paragraph why = new Paragraph("Everyone booked or waiting is told, and the event is removed from their calendars.");
        why.addClassName("secondary");
        cancelReason.setWidth("min(36rem, 100%)");
        cancelReason.setMaxLength(WorkshopSession.CANCELLATION_REASON_MAX);
        Button cancel = new Button("Cancel the session", e -> Confirm.askToRemove("Cancel " + session.getWorkshop().getTitle() + " on " + Times.day(session.getStartsAt()) + "?",
                "Everyone booked or waiting is told it is cancelled, with your reason. A cancelled session cannot be reopened; "
                        + "to run it again, add a new session.", "Cancel the session", () -> {
            try {
                bookings.cancelSession(session.getId(), cancelReason.getValue());
                Notification.show("The session is cancelled and everyone booked has been told.", 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                session = attendance.session(session.getId());
                removeAll();
                build();
            } catch (ValidationException ex) {
                cancelReason.setErrorMessage(ex.errors().values().iterator().next());
                cancelReason.setInvalid(true);
            }
        }));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(why, cancelReason, new Div(cancel));
    }
}
