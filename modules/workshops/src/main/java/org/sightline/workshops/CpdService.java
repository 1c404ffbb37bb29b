package org.sightline.workshops;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Continuing professional development records: the workshops a person attended, with dates and
 * hours. Everyone sees their own; managers see the people they manage; the QA team and the PSW
 * see anyone's.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class CpdService {

    public record Entry(LocalDate date, String workshop, String times, double hours, Attendance attendance, List<String> themes) {
    }

    public record Record(Person person, List<Entry> entries) {
        public double totalHours() {
            return entries.stream().mapToDouble(Entry::hours).sum();
        }
    }

    /** A line in a manager's team view. */
    public record Summary(Person person, int sessions, double hours, LocalDate lastAttended) {
    }

    private final BookingRepository bookings;
    private final PersonRepository people;
    private final CurrentUser currentUser;

    public CpdService(BookingRepository bookings, PersonRepository people, CurrentUser currentUser) {
        this.bookings = bookings;
        this.people = people;
        this.currentUser = currentUser;
    }

    public Record mine() {
        Person me = currentUser.require();
        return new Record(me, entries(me.getId()));
    }

    public Record forPerson(long personId) {
        Person me = currentUser.require();
        Person who = people.findById(personId).orElseThrow();
        if (!me.getId().equals(who.getId()) && !team(me).contains(who) && !seesEveryone(me)) {
            throw new AccessDeniedException("You can see the CPD records of the people you manage only");
        }
        return new Record(who, entries(personId));
    }

    /** The people whose records the signed-in person may open, besides their own, with totals. */
    public List<Summary> myTeam() {
        Person me = currentUser.require();
        List<Summary> rows = new ArrayList<>();
        for (Person p : team(me)) {
            List<Entry> e = entries(p.getId());
            rows.add(new Summary(p, e.size(), e.stream().mapToDouble(Entry::hours).sum(),
                    e.stream().map(Entry::date).max(Comparator.naturalOrder()).orElse(null)));
        }
        return rows;
    }

    /** Direct reports, and a team manager's whole team; active people only, by name. */
    private Set<Person> team(Person me) {
        Set<Person> team = new LinkedHashSet<>(people.findByLineManagerId(me.getId()));
        if (me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null) {
            people.findByActiveTrueOrderByFullNameAsc().stream()
                    .filter(p -> me.getTeam().equals(p.getTeam()))
                    .forEach(team::add);
        }
        team.remove(me);
        return team.stream().filter(Person::isActive).sorted(Comparator.comparing(Person::getFullName))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static boolean seesEveryone(Person me) {
        return me.hasRole(Role.QA_OFFICER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || me.hasRole(Role.ADMINISTRATOR);
    }

    private List<Entry> entries(long personId) {
        return bookings.cpdFor(personId).stream().map(b -> {
            WorkshopSession s = b.getSession();
            return new Entry(s.getStartsAt().toLocalDate(), s.getWorkshop().getTitle(), Times.span(s.getStartsAt(), s.getEndsAt()),
                    s.hours() * b.getAttendance().cpdShare(), b.getAttendance(),
                    s.getWorkshop().getThemes().stream().map(LearningTheme::getName).sorted().toList());
        }).toList();
    }
}
