package org.sightline.workshops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.select.Select;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.notifications.OutboxMessage;
import org.sightline.kernel.notifications.OutboxMessageRepository;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.ValidationException;
import org.sightline.workshops.Attendance;
import org.sightline.workshops.AttendanceService;
import org.sightline.workshops.Booking;
import org.sightline.workshops.BookingRepository;
import org.sightline.workshops.BookingService;
import org.sightline.workshops.CalendarFeedController;
import org.sightline.workshops.CalendarFeeds;
import org.sightline.workshops.CpdService;
import org.sightline.workshops.FeedbackRepository;
import org.sightline.workshops.Workshop;
import org.sightline.workshops.WorkshopPdfs;
import org.sightline.workshops.WorkshopRepository;
import org.sightline.workshops.WorkshopSession;
import org.sightline.workshops.WorkshopSessionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** The learning half of workshops: invitations, feeds, the register, feedback and CPD records. */
@TestPropertySource(properties = "sightline.mail.enabled=true")
class AttendanceFeedbackCpdTest extends AbstractKaribuTest {

    @Autowired
    BookingService bookings;
    @Autowired
    AttendanceService attendance;
    @Autowired
    CpdService cpd;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    CalendarFeedController feedController;
    @Autowired
    BookingRepository bookingRepository;
    @Autowired
    FeedbackRepository feedbackRepository;
    @Autowired
    WorkshopRepository workshops;
    @Autowired
    WorkshopSessionRepository sessions;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;
    @Autowired
    OutboxMessageRepository outbox;
    @Autowired
    WorkshopPdfs pdfs;
    @Autowired
    TransactionTemplate tx;

    /** A session on the given December 2026 day, 10:00 to 12:30, facilitated by the demo team manager. */
    private WorkshopSession session(String title, int day) {
        return tx.execute(s -> {
            Workshop w = workshops.save(new Workshop(title, "A test workshop.", "Facilitator", 150));
            WorkshopSession ws = new WorkshopSession(w, LocalDateTime.of(2026, 12, day, 10, 0), LocalDateTime.of(2026, 12, day, 12, 30),
                    "Learning Centre, Suite A", 10);
            ws.setFacilitator(person("manager"));
            return sessions.save(ws);
        });
    }

    private List<String> noticesFor(String login) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(person(login).getId(), PageRequest.of(0, 30)).map(n -> n.getTitle()).getContent();
    }

    private List<OutboxMessage> mailsTo(String login, String subjectStart) {
        return outbox.findAll().stream().filter(m -> m.getRecipientEmail().equals(login + "@sightline-council.example"))
                .filter(m -> m.getSubject().startsWith(subjectStart)).toList();
    }

    private static VEvent event(String ics) throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        return (VEvent) cal.getComponent("VEVENT").orElseThrow();
    }

    private static String method(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics)).getProperty("METHOD").orElseThrow().getValue();
    }

    @Test
    void confirmationCarriesAnInvitationAndCancellationTheSameUidToRemoveIt() throws Exception {
        WorkshopSession s = session("Engaging fathers and men: invitation test", 9);
        signIn("practitioner");
        Booking b = bookings.book(s.getId());
        OutboxMessage invite = mailsTo("practitioner", "Booked: Engaging fathers and men: invitation test").getFirst();
        assertThat(invite.getCalendar()).isNotNull();
        assertThat(method(invite.getCalendar())).isEqualTo("REQUEST");
        VEvent requested = event(invite.getCalendar());
        assertThat(requested.getProperty("UID").orElseThrow().getValue()).isEqualTo(b.getUid());
        assertThat(requested.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261209T100000Z");
        assertThat(requested.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Workshop: Engaging fathers and men: invitation test");
        // Each channel says where the calendar entry is: the email has it attached; the portal, which has no attachment, says it was emailed.
        assertThat(invite.getBody()).contains("The calendar invitation is attached.");
        var portal = ctx.getBean(org.sightline.kernel.notifications.NotificationService.class).mine(org.springframework.data.domain.PageRequest.of(0, 5))
                .getContent().stream().filter(n -> n.getTitle().equals("Booked: Engaging fathers and men: invitation test")).findFirst().orElseThrow();
        assertThat(portal.getBody()).endsWith("A calendar invitation was emailed to you.").doesNotContain("attached");

        bookings.cancel(b.getId());
        OutboxMessage cancel = mailsTo("practitioner", "Cancelled: your place on Engaging fathers and men: invitation test").getFirst();
        assertThat(method(cancel.getCalendar())).isEqualTo("CANCEL");
        assertThat(cancel.getBody()).contains("The attached cancellation removes it from your calendar.");
        VEvent cancelled = event(cancel.getCalendar());
        assertThat(cancelled.getProperty("UID").orElseThrow().getValue()).isEqualTo(b.getUid());
        assertThat(Integer.parseInt(cancelled.getProperty("SEQUENCE").orElseThrow().getValue()))
                .isGreaterThan(Integer.parseInt(requested.getProperty("SEQUENCE").orElseThrow().getValue()));
        assertThat(cancelled.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void theCalendarFeedListsMyPlacesAndARevokedAddressIsRefused() throws Exception {
        WorkshopSession s = session("Thresholds: feed test", 10);
        signIn("practitioner");
        Booking b = bookings.book(s.getId());
        navigate("workshops");
        WorkshopsView view = _get(WorkshopsView.class);
        ButtonKt._click(view.makeFeed);
        String url = view.feedAddress.getValue();
        assertThat(url).startsWith("http://localhost:8080/feeds/workshops/").endsWith(".ics");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);

        signOut(); // the calendar app has no session: the token alone must do
        var ok = feedController.feed(token);
        assertThat(ok.getStatusCode().value()).isEqualTo(200);
        assertThat(ok.getHeaders().getContentType().toString()).startsWith("text/calendar");
        Calendar cal = new CalendarBuilder().build(new StringReader(ok.getBody()));
        assertThat(cal.<VEvent>getComponents("VEVENT").stream().map(e -> e.getProperty("UID").orElseThrow().getValue()).toList()).contains(b.getUid());
        assertThat(feedController.feed(token + "x").getStatusCode().value()).isEqualTo(404);

        signIn("practitioner");
        navigate("workshops");
        view = _get(WorkshopsView.class);
        assertThat(view.stopFeed.isVisible()).isTrue();
        ButtonKt._click(view.stopFeed);
        signOut();
        assertThat(feedController.feed(token).getStatusCode().value()).isEqualTo(404);
        assertThat(feeds.feed(token)).isEmpty();
    }

    @Test
    void theFacilitatorMarksTheRegisterFromFifteenMinutesBeforeAndAttendeesGiveFeedback() {
        WorkshopSession s = session("SMART and safety planning: register test", 11);
        signIn("practitioner");
        Booking mine = bookings.book(s.getId());
        signIn("servicemanager");
        Booking theirs = bookings.book(s.getId());

        // Too early: 09:44 on the day (GMT), sixteen minutes before the start.
        clock.set(Instant.parse("2026-12-11T09:44:00Z"));
        signIn("manager");
        assertThatThrownBy(() -> attendance.mark(mine.getId(), Attendance.ATTENDED, mine.getVersion()))
                .isInstanceOf(ValidationException.class).hasMessage("The register opens at 09:45 on Fri 11 Dec 2026, 15 minutes before the start.");
        navigate("workshops/sessions/" + s.getId());
        SessionView page = _get(SessionView.class);
        assertThat(GridKt._findAll(page.register)).extracting(b -> b.getPerson().getFullName())
                .containsExactlyInAnyOrder(person("practitioner").getFullName(), person("servicemanager").getFullName());
        @SuppressWarnings("unchecked")
        Select<Attendance> first = (Select<Attendance>) GridKt._getCellComponent(page.register, 0, "attendance");
        assertThat(first.isEnabled()).isFalse();

        // A practitioner cannot mark anyone, themselves included.
        signIn("practitioner");
        assertThatThrownBy(() -> attendance.mark(mine.getId(), Attendance.ATTENDED, mine.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.register(s.getId())).isInstanceOf(AccessDeniedException.class);

        clock.set(Instant.parse("2026-12-11T09:45:00Z"));
        signIn("manager");
        navigate("workshops/sessions/" + s.getId());
        page = _get(SessionView.class);
        List<Booking> rows = GridKt._findAll(page.register);
        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            Select<Attendance> select = (Select<Attendance>) GridKt._getCellComponent(page.register, i, "attendance");
            assertThat(select.isEnabled()).isTrue();
            boolean isPractitioner = rows.get(i).getId().equals(mine.getId());
            HasValueUtilsKt._setValue(select, isPractitioner ? Attendance.ATTENDED : Attendance.PARTLY_ATTENDED);
            assertThat(select.isInvalid()).isFalse();
        }
        assertThat(bookingRepository.findById(mine.getId()).orElseThrow().getAttendance()).isEqualTo(Attendance.ATTENDED);
        assertThat(bookingRepository.findById(theirs.getId()).orElseThrow().getAttendance()).isEqualTo(Attendance.PARTLY_ATTENDED);
        assertThat(noticesFor("practitioner")).contains("Tell us how it went: SMART and safety planning: register test");

        // A second marker working from an old page is stopped, not allowed to overwrite.
        assertThatThrownBy(() -> attendance.mark(mine.getId(), Attendance.DID_NOT_ATTEND, mine.getVersion()))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);

        // Feedback: a missing rating is named beside its field and what was typed stays.
        clock.set(Instant.parse("2026-12-11T14:00:00Z"));
        signIn("practitioner");
        navigate("workshops/feedback/" + mine.getId());
        FeedbackView form = _get(FeedbackView.class);
        HasValueUtilsKt._setValue(form.usefulness, 5);
        HasValueUtilsKt._setValue(form.doDifferently, "Write safety plans with the family network in the room.");
        ButtonKt._click(form.send);
        assertThat(form.delivery.isInvalid()).isTrue();
        assertThat(form.delivery.getErrorMessage()).isEqualTo("Choose how well it was delivered, from 1 (poorly) to 5 (very well).");
        assertThat(form.usefulness.isInvalid()).isFalse();
        assertThat(form.doDifferently.getValue()).isEqualTo("Write safety plans with the family network in the room.");
        assertThat(feedbackRepository.existsByBookingId(mine.getId())).isFalse();
        HasValueUtilsKt._setValue(form.delivery, 4);
        ButtonKt._click(form.send);
        var saved = feedbackRepository.findByBookingId(mine.getId()).orElseThrow();
        assertThat(saved.getUsefulness()).isEqualTo(5);
        assertThat(saved.getDelivery()).isEqualTo(4);
        assertThat(saved.getDoDifferently()).isEqualTo("Write safety plans with the family network in the room.");
        // Once only, and only for one's own booking.
        assertThatThrownBy(() -> ctx.getBean(org.sightline.workshops.FeedbackService.class)
                .submit(mine.getId(), new org.sightline.workshops.FeedbackForm(3, 3, null, null)))
                .isInstanceOf(ValidationException.class).hasMessage("You have already given feedback on this session. Thank you.");
        assertThatThrownBy(() -> ctx.getBean(org.sightline.workshops.FeedbackService.class)
                .submit(theirs.getId(), new org.sightline.workshops.FeedbackForm(3, 3, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCpdRecordCountsHoursAndManagersSeeTheirTeamsOnly() throws Exception {
        WorkshopSession s = session("Professional curiosity: CPD test", 14);
        signIn("practitioner");
        Booking mine = bookings.book(s.getId());
        double before = cpd.mine().totalHours();
        clock.set(Instant.parse("2026-12-14T10:05:00Z"));
        signIn("manager");
        attendance.mark(mine.getId(), Attendance.PARTLY_ATTENDED, mine.getVersion());

        signIn("practitioner");
        navigate("workshops/cpd");
        CpdView page = _get(CpdView.class);
        var entry = GridKt._findAll(page.entries).stream().filter(e -> e.workshop().equals("Professional curiosity: CPD test")).findFirst()
                .orElseThrow();
        assertThat(entry.hours()).isEqualTo(1.25); // half of a 2½-hour session: partly attended
        assertThat(entry.attendance()).isEqualTo(Attendance.PARTLY_ATTENDED);
        assertThat(page.record.totalHours()).isEqualTo(before + 1.25);
        long practitionerId = person("practitioner").getId();
        long managerId = person("manager").getId();
        assertThatThrownBy(() -> cpd.forPerson(managerId)).isInstanceOf(AccessDeniedException.class);

        // The practitioner's line manager sees their record and the team list.
        signIn("manager");
        navigate("workshops/cpd");
        page = _get(CpdView.class);
        assertThat(GridKt._findAll(page.team)).extracting(r -> r.person().getId()).contains(practitionerId);
        navigate("workshops/cpd/" + practitionerId);
        assertThat(_get(CpdView.class).record.person().getId()).isEqualTo(practitionerId);
        // A board member never sees CPD records.
        signIn("board");
        assertThatThrownBy(() -> cpd.forPerson(practitionerId)).isInstanceOf(AccessDeniedException.class);

        // The CPD record and the register are accessible PDFs.
        signIn("manager");
        var record = cpd.forPerson(practitionerId);
        byte[] cpdPdf = ctx.getBean(PdfKit.class).render(pdfs.cpd(record));
        assertThat(PdfUaValidator.failures(cpdPdf)).isEmpty();
        String cpdText = text(cpdPdf);
        assertThat(cpdText).contains("CPD record: " + person("practitioner").getFullName(), "Professional curiosity: CPD test", "1.25");
        byte[] register = ctx.getBean(PdfKit.class).render(pdfs.register(attendance.session(s.getId()), attendance.register(s.getId())));
        assertThat(PdfUaValidator.failures(register)).isEmpty();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/workshop-register.pdf"), register);
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/cpd-record.pdf"), cpdPdf);
        assertThat(text(register)).contains("Signature", person("practitioner").getFullName(), "Partly attended");
        // The instructions come before the rows, and each row is tall enough to sign in (at least 10 mm).
        String sheet = text(register);
        assertThat(sheet.indexOf("Please sign as you arrive")).isPositive().isLessThan(sheet.indexOf("Signature"));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(register)) {
            var positions = new java.util.ArrayList<Float>();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String line, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) throws java.io.IOException {
                    if (line.strip().matches("[2-6]")) {
                        positions.add(glyphs.getFirst().getYDirAdj());
                    }
                    super.writeString(line, glyphs);
                }
            };
            stripper.setSortByPosition(true);
            stripper.getText(doc);
            assertThat(positions).hasSizeGreaterThanOrEqualTo(4);
            // Points between the numbers of consecutive spare rows: 10 mm is 28.3 pt.
            for (int i = 1; i < positions.size(); i++) {
                assertThat(positions.get(i) - positions.get(i - 1)).isGreaterThanOrEqualTo(28.3f);
            }
        }
    }

    @Test
    void remindersGoTwoWorkingDaysBeforeAndOnlyOnce() {
        WorkshopSession monday = session("Chronologies: reminder test", 7);
        signIn("practitioner");
        bookings.book(monday.getId());
        signOut();
        var job = ctx.getBean(org.sightline.workshops.WorkshopReminders.class);
        clock.set(Instant.parse("2026-12-02T07:30:00Z")); // Wednesday: Monday is three working days away
        job.run();
        assertThat(noticesFor("practitioner")).noneMatch(t -> t.startsWith("Reminder: Chronologies: reminder test"));
        clock.set(Instant.parse("2026-12-03T07:30:00Z")); // Thursday: Friday, then Monday
        job.run();
        job.run();
        assertThat(noticesFor("practitioner")).filteredOn(t -> t.startsWith("Reminder: Chronologies: reminder test")).hasSize(1);
    }

    @Test
    void reportsCountFillRateAttendanceNoShowsFeedbackAndThemes() {
        WorkshopSession s = tx.execute(st -> {
            var theme = ctx.getBean(org.sightline.kernel.themes.LearningThemeRepository.class)
                    .findByNameIgnoreCase("Timeliness of visits and reviews").orElseThrow();
            Workshop w = new Workshop("Timely visits: report test", "A test workshop.", "Facilitator", 120);
            w.describe(w.getTitle(), w.getSummary(), null, null, null, null, 120, java.util.Set.of(theme));
            w = workshops.save(w);
            WorkshopSession ws = new WorkshopSession(w, LocalDateTime.of(2026, 12, 15, 13, 0), LocalDateTime.of(2026, 12, 15, 15, 0),
                    "Civic Centre, Room 1.03", 10);
            ws.setFacilitator(person("manager"));
            return sessions.save(ws);
        });
        java.util.Map<String, Booking> booked = new java.util.LinkedHashMap<>();
        for (String login : List.of("practitioner", "servicemanager", "headofservice", "qa")) {
            signIn(login);
            booked.put(login, bookings.book(s.getId()));
        }
        var period = org.sightline.kernel.pdf.ReportPeriod.quarterOf(java.time.LocalDate.of(2026, 12, 1));
        signIn("qa");
        var reports = ctx.getBean(org.sightline.workshops.WorkshopReports.class);
        assertThat(reports.figures(period).themes()).filteredOn(t -> t.theme().equals("Timeliness of visits and reviews"))
                .singleElement().satisfies(t -> assertThat(t.trained()).isFalse());

        clock.set(Instant.parse("2026-12-15T13:00:00Z"));
        signIn("manager");
        Attendance[] marks = {Attendance.ATTENDED, Attendance.ATTENDED, Attendance.PARTLY_ATTENDED, Attendance.DID_NOT_ATTEND};
        int i = 0;
        for (Booking b : booked.values()) {
            attendance.mark(b.getId(), marks[i++], b.getVersion());
        }
        clock.set(Instant.parse("2026-12-15T16:00:00Z"));
        signIn("practitioner");
        ctx.getBean(org.sightline.workshops.FeedbackService.class).submit(booked.get("practitioner").getId(),
                new org.sightline.workshops.FeedbackForm(4, 5, "Visit within timescales and say why when I cannot.", null));

        signIn("qa");
        var f = reports.figures(period);
        var tally = f.workshops().stream().filter(t -> t.name().equals("Timely visits: report test")).findFirst().orElseThrow();
        assertThat(tally.places()).isEqualTo(10);
        assertThat(tally.booked()).isEqualTo(4);
        assertThat(tally.fillRate()).isEqualTo(40.0);
        assertThat(tally.attended()).isEqualTo(2);
        assertThat(tally.partly()).isEqualTo(1);
        assertThat(tally.didNotAttend()).isEqualTo(1);
        assertThat(tally.noShowRate()).isEqualTo(25.0);
        assertThat(tally.responses()).isEqualTo(1);
        assertThat(tally.usefulness()).isEqualTo(4.0);
        assertThat(tally.delivery()).isEqualTo(5.0);
        assertThat(f.themes()).filteredOn(t -> t.theme().equals("Timeliness of visits and reviews")).singleElement()
                .satisfies(t -> {
                    assertThat(t.sessions()).isEqualTo(1);
                    assertThat(t.attendees()).isEqualTo(3);
                });
        // The report is for leaders and the QA team, not practitioners.
        signIn("practitioner");
        assertThatThrownBy(() -> reports.figures(period)).isInstanceOf(AccessDeniedException.class);
        signIn("qa");
        navigate("workshops/reports");
        WorkshopReportsView view = _get(WorkshopReportsView.class);
        HasValueUtilsKt._setValue(view.period, period);
        assertThat(view.fill.alt()).contains("Timely visits: report test");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
