package org.sightline.workshops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ValidationException;
import org.sightline.workshops.Booking;
import org.sightline.workshops.BookingRepository;
import org.sightline.workshops.BookingService;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.Workshop;
import org.sightline.workshops.WorkshopRepository;
import org.sightline.workshops.WorkshopSession;
import org.sightline.workshops.WorkshopSessionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

class BookingTest extends AbstractKaribuTest {

    @Autowired
    BookingService bookings;
    @Autowired
    BookingRepository bookingRepository;
    @Autowired
    WorkshopRepository workshops;
    @Autowired
    WorkshopSessionRepository sessions;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;
    @Autowired
    TransactionTemplate tx;

    /** A session on Tuesday 1 December 2026 (the test clock is 20 November). */
    private WorkshopSession session(String title, int capacity, int day, int startHour) {
        return tx.execute(s -> {
            Workshop w = workshops.save(new Workshop(title, "A test workshop.", "Facilitator", 120));
            return sessions.save(new WorkshopSession(w, LocalDateTime.of(2026, 12, day, startHour, 0),
                    LocalDateTime.of(2026, 12, day, startHour + 2, 0), "Room 1, Civic Centre", capacity));
        });
    }

    /** Clicks the booking button in the programme row of the session. */
    private void clickBook(WorkshopsView view, WorkshopSession s) {
        List<WorkshopSession> rows = GridKt._findAll(view.grid);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).getId().equals(s.getId()))
                .findFirst().orElseThrow();
        ButtonKt._click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.grid, row, "book"));
    }

    private List<String> noticesFor(String login) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(person(login).getId(), PageRequest.of(0, 20)).map(n -> n.getTitle()).getContent();
    }

    @Test
    void cancellingAPlaceAsksFirstAndGoingBackKeepsIt() {
        WorkshopSession s = session("Cancelling asks first", 10, 10, 14);
        signIn("practitioner");
        Booking booked = bookings.book(s.getId());
        navigate("workshops");
        WorkshopsView view = _get(WorkshopsView.class);
        List<Booking> rows = GridKt._findAll(view.mine);
        int row = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.get(i).getId().equals(booked.getId())).findFirst().orElseThrow();
        var cancel = (com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.mine, row, "cancel");
        ButtonKt._click(cancel);
        assertThat(confirmation().question()).isEqualTo("Cancel your place on Cancelling asks first, " + org.sightline.workshops.Times.day(s.getStartsAt()) + "?");
        assertThat(confirmation().consequence()).contains("Your place goes to the first person waiting");
        confirmation().cancel();
        assertThat(bookingRepository.findById(booked.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CONFIRMED);

        ButtonKt._click(cancel);
        confirm();
        assertThat(bookingRepository.findById(booked.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void aSessionsOwnPageBooksAPlaceAndGivesItUp() {
        WorkshopSession s = session("Booking from the session page", 10, 11, 14);
        signIn("practitioner");
        navigate("workshops/sessions/" + s.getId());
        SessionView page = _get(SessionView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-place")).getText())
                .isEqualTo("You have not booked a place yet.");
        assertThat(page.placeButton.getText()).isEqualTo("Book a place");
        ButtonKt._click(page.placeButton);
        assertThat(bookings.myBooking(s.getId()).orElseThrow().getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-place")).getText())
                .isEqualTo("You have a place on this session.");
        assertThat(page.placeButton.getText()).isEqualTo("Cancel my place");
        ButtonKt._click(page.placeButton);
        confirm();
        assertThat(bookings.myBooking(s.getId()).filter(Booking::isActive)).isEmpty();
        assertThat(page.placeButton.getText()).isEqualTo("Book a place");
    }

    @Test
    void aPractitionerBooksInTheViewAndSeesItInMyBookings() {
        WorkshopSession s = session("Professional curiosity in practice", 12, 1, 10);
        signIn("practitioner");
        navigate("workshops");
        WorkshopsView view = _get(WorkshopsView.class);
        clickBook(view, s);
        assertThat(view.message.getText()).isEmpty();
        assertThat(GridKt._findAll(view.mine)).extracting(b -> b.getSession().getWorkshop().getTitle())
                .contains("Professional curiosity in practice");
        assertThat(noticesFor("practitioner")).contains("Booked: Professional curiosity in practice");
        assertThatThrownBy(() -> bookings.book(s.getId())).isInstanceOf(ValidationException.class)
                .hasMessage("You are already booked for this session.");
    }

    @Test
    void aFullSessionOffersTheWaitingListAndACancellationPromotesTheFirstWaiting() {
        WorkshopSession s = session("Engaging fathers and men", 1, 2, 13);
        signIn("practitioner");
        Booking first = bookings.book(s.getId());
        assertThat(first.getStatus()).isEqualTo(BookingStatus.CONFIRMED);
        signIn("manager");
        assertThat(bookings.book(s.getId()).getStatus()).isEqualTo(BookingStatus.WAITING);
        signIn("servicemanager");
        assertThat(bookings.book(s.getId()).getStatus()).isEqualTo(BookingStatus.WAITING);

        signIn("practitioner");
        bookings.cancel(first.getId());
        assertThat(bookingRepository.findBySessionIdAndPersonId(s.getId(), person("manager").getId()).orElseThrow().getStatus())
                .isEqualTo(BookingStatus.CONFIRMED);
        assertThat(bookingRepository.findBySessionIdAndPersonId(s.getId(), person("servicemanager").getId()).orElseThrow().getStatus())
                .isEqualTo(BookingStatus.WAITING);
        assertThat(noticesFor("manager")).contains("A place is yours: Engaging fathers and men");

        // Booking again later keeps the same calendar UID.
        String uid = first.getUid();
        Booking again = bookings.book(s.getId());
        assertThat(again.getUid()).isEqualTo(uid);
        assertThat(again.getStatus()).isEqualTo(BookingStatus.WAITING);
    }

    @Test
    void overlappingSessionsAndTheCutOffAreRefusedWithAClearMessage() {
        WorkshopSession morning = session("Thresholds", 10, 3, 9);
        WorkshopSession clash = session("Chronologies, genograms and case summaries", 10, 3, 10);
        signIn("practitioner");
        bookings.book(morning.getId());
        navigate("workshops");
        WorkshopsView view = _get(WorkshopsView.class);
        clickBook(view, clash);
        assertThat(view.message.getText()).isEqualTo("You are already booked on \"Thresholds\" at the same time "
                + "(Thu 3 Dec 2026, 09:00–11:00). Cancel that booking first.");
        assertThat(bookingRepository.findBySessionIdAndPersonId(clash.getId(), person("practitioner").getId())).isEmpty();

        clock.set(java.time.Instant.parse("2026-12-03T16:00:00Z")); // past both cut-offs (a day before each start)
        assertThatThrownBy(() -> bookings.book(session("Confirmation bias", 10, 4, 15).getId()))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("Booking for this session closed on");
        Booking b = bookingRepository.findBySessionIdAndPersonId(morning.getId(), person("practitioner").getId()).orElseThrow();
        assertThatThrownBy(() -> bookings.cancel(b.getId())).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Cancellations for this session closed on");
    }

    @Test
    void aCancelledSessionTellsEveryoneBookedOrWaiting() {
        WorkshopSession s = session("SMART and safety planning", 1, 7, 14);
        signIn("practitioner");
        bookings.book(s.getId());
        signIn("manager");
        bookings.book(s.getId());
        assertThatThrownBy(() -> bookings.cancelSession(s.getId(), "Facilitator unwell"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn("qa");
        assertThatThrownBy(() -> bookings.cancelSession(s.getId(), "R".repeat(WorkshopSession.CANCELLATION_REASON_MAX + 1)))
                .isInstanceOfSatisfying(org.sightline.kernel.support.ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("reason", "Keep the reason to 300 characters or fewer."));
        assertThat(noticesFor("practitioner")).noneMatch(n -> n.startsWith("Cancelled: SMART"));
        bookings.cancelSession(s.getId(), "Facilitator unwell");
        assertThat(noticesFor("practitioner")).contains("Cancelled: SMART and safety planning on Mon 7 Dec 2026");
        assertThat(noticesFor("manager")).contains("Cancelled: SMART and safety planning on Mon 7 Dec 2026");
        assertThat(bookingRepository.active(s.getId())).isEmpty();
    }

    @Test
    void aHundredPeopleBookingTwentyPlacesAtOnceGetTwentyPlacesAndEightyWaiting() throws Exception {
        WorkshopSession s = session("Voice of the child and purposeful visits", 20, 8, 11);
        List<Long> staff = tx.execute(st -> {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Person p = new Person("Load Test " + i, "load.test." + i + "@sightline-council.example");
                p.setRoles(java.util.EnumSet.of(Role.PRACTITIONER));
                ids.add(people.save(p).getId());
            }
            return ids;
        });
        var auth = signIn("qa");
        ExecutorService pool = Executors.newFixedThreadPool(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<BookingStatus>> results = new ArrayList<>();
        for (Long id : staff) {
            results.add(pool.submit((Callable<BookingStatus>) () -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                return bookings.bookFor(s.getId(), id).getStatus();
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        List<BookingStatus> statuses = new ArrayList<>();
        for (Future<BookingStatus> f : results) {
            statuses.add(f.get()); // an exception here is an error a user would have seen
        }
        pool.shutdown();
        System.out.printf("100 concurrent bookings on H2 took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(statuses.stream().filter(st -> st == BookingStatus.CONFIRMED).count()).isEqualTo(20);
        assertThat(statuses.stream().filter(st -> st == BookingStatus.WAITING).count()).isEqualTo(80);
        assertThat(bookingRepository.countBySessionIdAndStatus(s.getId(), BookingStatus.CONFIRMED)).isEqualTo(20);
    }
}
