package org.sightline.workshops.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemes;
import org.sightline.workshops.BookingRepository;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.CatalogueService;
import org.sightline.workshops.Workshop;
import org.sightline.workshops.WorkshopSession;
import org.sightline.workshops.WorkshopSessionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class CatalogueTest extends AbstractKaribuTest {

    @Autowired
    CatalogueService catalogue;
    @Autowired
    LearningThemes themes;
    @Autowired
    WorkshopSessionRepository sessions;
    @Autowired
    BookingRepository bookings;
    @Autowired
    PersonRepository people;

    @Test
    void theQaTeamDescribesAWorkshopAndSchedulesASessionWithErrorsBesideTheFields() {
        signIn("qa");
        navigate("workshops/catalogue");
        CatalogueView view = _get(CatalogueView.class);
        HasValueUtilsKt._setValue(view.title, "Working with neglect");
        HasValueUtilsKt._setValue(view.duration, 5);
        ButtonKt._click(view.saveWorkshop);
        assertThat(view.summary.isInvalid()).isTrue();
        assertThat(view.summary.getErrorMessage()).isEqualTo("Say in a sentence or two what the workshop is about.");
        assertThat(view.duration.getErrorMessage()).isEqualTo("Enter the length in minutes, between 15 and 480 (eight hours).");
        assertThat(view.title.getValue()).isEqualTo("Working with neglect");
        assertThat(view.sessionForm.isVisible()).isFalse();

        HasValueUtilsKt._setValue(view.summary, "Recognising cumulative harm and acting on it before a crisis.");
        HasValueUtilsKt._setValue(view.outcomes, "Use the neglect toolkit\nRecord the impact on the child");
        HasValueUtilsKt._setValue(view.duration, 120);
        LearningTheme curiosity = themes.active().stream().filter(t -> t.getName().equals("Professional curiosity")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(view.themes, java.util.Set.of(curiosity));
        ButtonKt._click(view.saveWorkshop);
        assertThat(view.summary.isInvalid()).isFalse();
        List<Workshop> rows = GridKt._findAll(view.grid);
        Workshop saved = rows.stream().filter(w -> w.getTitle().equals("Working with neglect")).findFirst().orElseThrow();
        assertThat(saved.getThemes()).extracting(LearningTheme::getName).containsExactly("Professional curiosity");
        assertThat(view.sessionForm.isVisible()).isTrue();

        // A session that ends before it starts, in the past, with no places: each field says what is wrong.
        HasValueUtilsKt._setValue(view.date, LocalDate.of(2026, 11, 2));
        HasValueUtilsKt._setValue(view.start, LocalTime.of(14, 0));
        HasValueUtilsKt._setValue(view.end, LocalTime.of(13, 0));
        HasValueUtilsKt._setValue(view.venue, "Civic Centre, Room 2.14");
        HasValueUtilsKt._setValue(view.onlineLink, "teams meeting");
        ButtonKt._click(view.addSession);
        assertThat(view.date.getErrorMessage()).isEqualTo("The date has passed; choose a date from today on.");
        assertThat(view.end.getErrorMessage()).isEqualTo("The end must be after the start.");
        assertThat(view.capacity.getErrorMessage()).isEqualTo("Enter the number of places, from 1 to 500.");
        assertThat(view.onlineLink.getErrorMessage()).isEqualTo("Enter the joining link starting https://, or leave it empty.");
        assertThat(view.venue.getValue()).isEqualTo("Civic Centre, Room 2.14");
        // The form takes no more than the column holds, and the service refuses one character more.
        assertThat(view.onlineLink.getMaxLength()).isEqualTo(WorkshopSession.ONLINE_LINK_MAX);
        assertThat(view.venue.getMaxLength()).isEqualTo(WorkshopSession.VENUE_MAX);
        assertThat(view.title.getMaxLength()).isEqualTo(Workshop.TITLE_MAX);
        assertThat(view.topics.getMaxLength()).isEqualTo(Workshop.LIST_MAX);
        HasValueUtilsKt._setValue(view.onlineLink, "https://meet.example/" + "x".repeat(WorkshopSession.ONLINE_LINK_MAX));
        ButtonKt._click(view.addSession);
        assertThat(view.onlineLink.getErrorMessage()).isEqualTo("Keep this to 500 characters or fewer.");
        HasValueUtilsKt._setValue(view.onlineLink, "teams meeting");

        HasValueUtilsKt._setValue(view.date, LocalDate.of(2026, 12, 16));
        HasValueUtilsKt._setValue(view.end, LocalTime.of(16, 0));
        HasValueUtilsKt._setValue(view.capacity, 2);
        HasValueUtilsKt._setValue(view.onlineLink, "");
        HasValueUtilsKt._setValue(view.facilitator, people.findByEmailIgnoreCase("psw@sightline-council.example").orElseThrow());
        ButtonKt._click(view.addSession);
        assertThat(view.date.isInvalid()).isFalse();
        WorkshopSession s = sessions.findAll().stream().filter(x -> x.getWorkshop().getId().equals(saved.getId())).findFirst().orElseThrow();
        assertThat(s.getStartsAt()).isEqualTo(LocalDate.of(2026, 12, 16).atTime(14, 0));
        assertThat(s.getCapacity()).isEqualTo(2);
        assertThat(s.getBookingCutoff()).isEqualTo(LocalDate.of(2026, 12, 15).atTime(14, 0));

        // Practitioners cannot change the catalogue.
        signIn("practitioner");
        assertThatThrownBy(catalogue::all).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aManagerBooksSomeoneInTheirTeamFromTheSessionPage() {
        signIn("qa");
        Workshop w = catalogue.save(null, 0, new CatalogueService.WorkshopDraft("Relationship-based practice", "Using the relationship as the "
                + "intervention.", null, null, null, null, 90, java.util.Set.of()));
        WorkshopSession s = catalogue.addSession(w.getId(), new CatalogueService.SessionDraft(LocalDate.of(2026, 12, 2),
                LocalTime.of(9, 30), LocalTime.of(11, 0), "Learning Centre, Suite B", null, 5, null, null));
        signIn("manager");
        navigate("workshops/sessions/" + s.getId());
        SessionView page = _get(SessionView.class);
        var practitioner = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow();
        assertThat(page.bookFor).isNotNull();
        ButtonKt._click(page.bookForButton);
        assertThat(page.bookFor.getErrorMessage()).isEqualTo("Choose who to book.");
        HasValueUtilsKt._setValue(page.bookFor, page.bookFor.getListDataView().getItems()
                .filter(p -> p.getId().equals(practitioner.getId())).findFirst().orElseThrow());
        ButtonKt._click(page.bookForButton);
        assertThat(bookings.findBySessionIdAndPersonId(s.getId(), practitioner.getId()).orElseThrow().getStatus())
                .isEqualTo(BookingStatus.CONFIRMED);
        // A practitioner has nobody to book but themselves.
        signIn("practitioner");
        navigate("workshops/sessions/" + s.getId());
        assertThat(_get(SessionView.class).bookFor).isNull();
    }
}
