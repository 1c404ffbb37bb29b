package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliments: recorded by the QA and complaints teams, the PSW and managers; shared with the
 * staff praised and their managers. Everyone on the staff can read them (they are about our
 * work, not about children); the words are quoted in bulletins only with consent.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class ComplimentService {

    static final String RECORDERS = "hasAnyRole('QA_OFFICER', 'COMPLAINTS_OFFICER', 'PRINCIPAL_SOCIAL_WORKER', 'TEAM_MANAGER', "
            + "'SERVICE_MANAGER', 'HEAD_OF_SERVICE', 'ASSISTANT_DIRECTOR', 'DIRECTOR')";

    private final ComplimentRepository compliments;
    private final CategoryRepository categories;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ComplimentService(ComplimentRepository compliments, CategoryRepository categories, PersonRepository people, TeamRepository teams,
                             CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.compliments = compliments;
        this.categories = categories;
        this.people = people;
        this.teams = teams;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The compliments the signed-in person may read, newest first: every one with consent to
     * share; one without it only for whoever recorded it, the staff and teams praised, their
     * managers up the line, the QA and complaints team and the PSW.
     */
    @Transactional(readOnly = true)
    public List<Compliment> all() {
        List<Compliment> list = compliments.findAllByOrderByReceivedOnDescIdDesc();
        Person me = currentUser.require();
        if (readsEveryCompliment(me)) {
            return list;
        }
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Set<Long> line = org.sightline.kernel.people.LineManagement.lineOf(me, everyone);
        Set<Long> lineTeams = new HashSet<>();
        everyone.stream().filter(p -> line.contains(p.getId()) && p.getTeam() != null).forEach(p -> lineTeams.add(p.getTeam().getId()));
        return list.stream().filter(c -> c.isConsentToShare() || hasAPartIn(c, me, line, lineTeams)).toList();
    }

    static boolean readsEveryCompliment(Person p) {
        return p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.COMPLAINTS_OFFICER) || p.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
    }

    private static boolean hasAPartIn(Compliment c, Person me, Set<Long> line, Set<Long> lineTeams) {
        if (me.equals(c.getRecordedBy()) || c.getStaff().contains(me)) {
            return true;
        }
        if (me.getTeam() != null && c.getTeams().contains(me.getTeam())) {
            return true;
        }
        return c.getStaff().stream().anyMatch(p -> line.contains(p.getId()))
                || c.getTeams().stream().anyMatch(t -> lineTeams.contains(t.getId()));
    }

    /** Compliments in the period whose words may be shared, for the bulletin. */
    @Transactional(readOnly = true)
    public List<Compliment> shareable(LocalDate from, LocalDate to) {
        return compliments.findByReceivedOnBetweenOrderByReceivedOnAsc(from, to).stream().filter(Compliment::isConsentToShare).toList();
    }

    @Transactional(readOnly = true)
    public boolean mayRecord() {
        Person me = currentUser.require();
        return me.hasRole(Role.QA_OFFICER) || me.hasRole(Role.COMPLAINTS_OFFICER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)
                || me.hasRole(Role.TEAM_MANAGER) || me.hasRole(Role.SERVICE_MANAGER) || me.hasRole(Role.HEAD_OF_SERVICE)
                || me.hasRole(Role.ASSISTANT_DIRECTOR) || me.hasRole(Role.DIRECTOR);
    }

    @PreAuthorize(RECORDERS)
    public Compliment record(ComplimentDraft d) {
        var errors = new ValidationException.Collector();
        LocalDate today = LocalDate.now(clock);
        if (d.receivedOn() == null) {
            errors.add("receivedOn", "Enter the date the compliment was received.");
        } else if (d.receivedOn().isAfter(today)) {
            errors.add("receivedOn", "The date cannot be in the future.");
        } else if (d.receivedOn().isBefore(today.minusYears(2))) {
            errors.add("receivedOn", "The date is more than two years ago; check the year.");
        }
        if (d.fromType() == null) {
            errors.add("fromType", "Choose who the compliment came from.");
        }
        errors.maxLength("fromName", d.fromName(), Compliment.FROM_NAME_MAX, "this");
        if (ComplaintSupport.blank(d.words())) {
            errors.add("words", "Enter the words of the compliment as they were given.");
        }
        errors.maxLength("words", d.words(), Compliment.WORDS_MAX, "the words");
        Set<Long> staffIds = d.staffIds() == null ? Set.of() : d.staffIds();
        Set<Long> teamIds = d.teamIds() == null ? Set.of() : d.teamIds();
        if (staffIds.isEmpty() && teamIds.isEmpty()) {
            errors.add("staff", "Choose the staff members or teams the compliment is for.");
        }
        Category category = d.categoryId() == null ? null : categories.findById(d.categoryId()).orElse(null);
        if (category == null || category.getKind() != CategoryKind.COMPLIMENT) {
            errors.add("category", "Choose a category.");
        }
        errors.throwIfAny();
        Set<Person> staff = new HashSet<>(people.findAllById(staffIds));
        Set<Team> praisedTeams = new HashSet<>(teams.findAllById(teamIds));
        staff.stream().map(Person::getTeam).filter(java.util.Objects::nonNull).forEach(praisedTeams::add);
        Compliment c = compliments.saveAndFlush(new Compliment(d.receivedOn(), d.fromType(), ComplaintSupport.blank(d.fromName()) ? null
                : d.fromName().strip(), category, org.sightline.kernel.support.Markup.clean(d.words()), d.consentToShare(), staff,
                praisedTeams, currentUser.require(), clock.instant()));
        for (Person p : staff) {
            events.publishEvent(NotificationEvent.to(p.getId(), "A compliment about your work",
                    "Received " + Formats.date(c.getReceivedOn()) + " from " + c.getFromType().label().toLowerCase() + ": \u201c"
                            + abbreviate(c.getWords()) + "\u201d", "compliments", "complaints"));
            if (p.getLineManager() != null) {
                events.publishEvent(NotificationEvent.to(p.getLineManager().getId(), "A compliment for " + p.getFullName(),
                        p.getFullName() + " was complimented by " + c.getFromType().label().toLowerCase() + " on "
                                + Formats.date(c.getReceivedOn()) + ": \u201c" + abbreviate(c.getWords()) + "\u201d", "compliments", "complaints"));
            }
        }
        return c;
    }

    /** Consent can be withdrawn (or given later); a published bulletin keeps what it printed. */
    @PreAuthorize(RECORDERS)
    public Compliment setConsent(long id, long version, boolean consent) {
        Compliment c = compliments.findById(id).orElseThrow();
        c.checkVersion(version);
        c.setConsentToShare(consent);
        return compliments.saveAndFlush(c);
    }

    @Transactional(readOnly = true)
    public List<Person> staff() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> !p.hasRole(Role.BOARD_MEMBER)).toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 240 ? s : s.substring(0, 237).strip() + "\u2026";
    }
}
