package org.sightline.workshops;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ValidationException;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/** The catalogue of workshops and their sessions; the QA team and the PSW keep it. */
@Service
@Transactional
@PreAuthorize(RoleGroup.HAS_QA_LEADS)
public class CatalogueService {

    public record WorkshopDraft(String title, String summary, String topics, String outcomes, String audience, String facilitators,
                                Integer durationMinutes, Set<LearningTheme> themes) {
    }

    public record SessionDraft(LocalDate date, LocalTime start, LocalTime end, String venue, String onlineLink, Integer capacity,
                               LocalDateTime cutoff, Long facilitatorId) {
    }

    private final WorkshopRepository workshops;
    private final WorkshopSessionRepository sessions;
    private final PersonRepository people;
    private final Clock clock;

    public CatalogueService(WorkshopRepository workshops, WorkshopSessionRepository sessions, PersonRepository people, Clock clock) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Workshop> all() {
        return workshops.findAllByOrderByTitleAsc();
    }

    /** Who may facilitate a session: any active member of staff (board members are not staff). */
    @Transactional(readOnly = true)
    public List<Person> facilitatorCandidates() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> !p.hasRole(Role.BOARD_MEMBER)).toList();
    }

    @Transactional(readOnly = true)
    public long upcomingSessions(long workshopId) {
        return sessions.countByWorkshopIdAndStartsAtAfterAndCancelledAtIsNull(workshopId, LocalDateTime.now(clock));
    }

    /** Creates (id null) or updates a workshop; {@code version} is the one the editor loaded. */
    public Workshop save(Long id, long version, WorkshopDraft d) {
        var errors = new ValidationException.Collector();
        required(errors, "title", d.title(), Workshop.TITLE_MAX, "Enter the workshop's title.");
        required(errors, "summary", d.summary(), Workshop.SUMMARY_MAX, "Say in a sentence or two what the workshop is about.");
        optional(errors, "topics", d.topics(), Workshop.LIST_MAX);
        optional(errors, "outcomes", d.outcomes(), Workshop.LIST_MAX);
        optional(errors, "audience", d.audience(), Workshop.AUDIENCE_MAX);
        optional(errors, "facilitators", d.facilitators(), Workshop.FACILITATORS_MAX);
        if (d.durationMinutes() == null || d.durationMinutes() < 15 || d.durationMinutes() > 480) {
            errors.add("durationMinutes", "Enter the length in minutes, between 15 and 480 (eight hours).");
        }
        errors.throwIfAny();
        Workshop w;
        if (id == null) {
            w = new Workshop(d.title().strip(), d.summary().strip(), blank(d.facilitators()), d.durationMinutes());
        } else {
            w = workshops.findById(id).orElseThrow();
            w.checkVersion(version);
        }
        w.describe(d.title().strip(), d.summary().strip(), blank(d.topics()), blank(d.outcomes()), blank(d.audience()),
                blank(d.facilitators()), d.durationMinutes(), d.themes() == null ? Set.of() : d.themes());
        return workshops.saveAndFlush(w);
    }

    public WorkshopSession addSession(long workshopId, SessionDraft d) {
        Workshop w = workshops.findById(workshopId).orElseThrow();
        var errors = new ValidationException.Collector();
        LocalDateTime now = LocalDateTime.now(clock);
        if (d.date() == null) {
            errors.add("date", "Choose the date.");
        } else if (d.date().isBefore(now.toLocalDate())) {
            errors.add("date", "The date has passed; choose a date from today on.");
        }
        if (d.start() == null) {
            errors.add("start", "Enter the start time.");
        }
        if (d.end() == null) {
            errors.add("end", "Enter the end time.");
        } else if (d.start() != null && !d.end().isAfter(d.start())) {
            errors.add("end", "The end must be after the start.");
        }
        required(errors, "venue", d.venue(), WorkshopSession.VENUE_MAX, "Enter the venue, or \"Online\" for an online session.");
        if (d.onlineLink() != null && !d.onlineLink().isBlank() && !d.onlineLink().strip().matches("https://\\S+")) {
            errors.add("onlineLink", "Enter the joining link starting https://, or leave it empty.");
        } else {
            optional(errors, "onlineLink", d.onlineLink(), WorkshopSession.ONLINE_LINK_MAX);
        }
        if (d.capacity() == null || d.capacity() < 1 || d.capacity() > 500) {
            errors.add("capacity", "Enter the number of places, from 1 to 500.");
        }
        if (d.date() != null && d.start() != null && d.cutoff() != null && d.cutoff().isAfter(d.date().atTime(d.start()))) {
            errors.add("cutoff", "Booking must close before the session starts.");
        }
        errors.throwIfAny();
        WorkshopSession s = new WorkshopSession(w, d.date().atTime(d.start()), d.date().atTime(d.end()), d.venue().strip(), d.capacity());
        s.setOnlineLink(d.onlineLink());
        s.setBookingCutoff(d.cutoff());
        if (d.facilitatorId() != null) {
            Person f = people.findById(d.facilitatorId()).orElseThrow();
            s.setFacilitator(f);
        }
        return sessions.save(s);
    }

    /** Length of a session from its times, for the form's hint. */
    public static long minutes(LocalTime start, LocalTime end) {
        return Duration.between(start, end).toMinutes();
    }

    private static void required(ValidationException.Collector errors, String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            errors.add(field, message);
        } else {
            optional(errors, field, value, max);
        }
    }

    private static void optional(ValidationException.Collector errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(field, ValidationException.tooLong("this", max));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
