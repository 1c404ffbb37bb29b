package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.stereotype.Component;

/**
 * What the complaint use cases share: loading a complaint at the version the user saw, the
 * working-day calendar, the QA service manager who allocates, and the checks on dates and points.
 * Package-private: the pages use the use-case services, never this.
 */
@Component
class ComplaintSupport {

    private final ComplaintRepository complaints;
    private final CategoryRepository categories;
    private final PersonRepository people;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ComplaintSupport(ComplaintRepository complaints, CategoryRepository categories, PersonRepository people,
                     WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.categories = categories;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    WorkingDays days() {
        return calendar.days();
    }

    /** The complaint as stored, refused if someone has saved it since {@code version} was loaded. */
    Complaint load(long id, long version) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
        c.checkVersion(version);
        return c;
    }

    /** Who allocates and quality-assures by default: the QA service manager. */
    Person qaManager() {
        return qaManager(people.findByActiveTrueOrderByFullNameAsc());
    }

    static Person qaManager(List<Person> everyone) {
        return everyone.stream().filter(p -> p.hasRole(Role.SERVICE_MANAGER) && p.hasRole(Role.QA_OFFICER)).findFirst()
                .orElse(everyone.stream().filter(p -> p.hasRole(Role.HEAD_OF_SERVICE) && p.hasRole(Role.QA_OFFICER)).findFirst()
                        .orElse(null));
    }

    void dateCheck(ValidationException.Collector errors, String field, LocalDate on, LocalDate notBefore, String what) {
        if (on == null) {
            errors.add(field, "Enter the date.");
        } else if (on.isAfter(today())) {
            errors.add(field, "The date cannot be in the future.");
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.add(field, "The date cannot be before " + what + " (" + Formats.date(notBefore) + ").");
        }
    }

    /** Checks each point and finds its category; the list matches {@code points} position for position. */
    List<Category> checkPoints(List<NewPoint> points, ValidationException.Collector errors) {
        List<Category> out = new ArrayList<>();
        if (points.isEmpty()) {
            errors.add("points", "Add at least one complaint point: what the complainant is unhappy about.");
        }
        for (NewPoint p : points) {
            if (blank(p.description())) {
                errors.add("points", "Describe every complaint point, or remove the empty one.");
            } else {
                errors.maxLength("points", p.description(), ComplaintPoint.DESCRIPTION_MAX, "each complaint point");
            }
            out.add(p.categoryId() == null ? null : categories.findById(p.categoryId()).orElse(null));
        }
        return out;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Counts by enum for charts, with every value present. */
    static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }
}
