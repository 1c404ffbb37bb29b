package org.sightline.kernel.people;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sightline.kernel.support.ValidationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People and line management. Reading needs a signed-in user; changing needs an administrator. */
@Service
@Transactional
public class PeopleService {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final PersonRepository people;

    public PeopleService(PersonRepository people) {
        this.people = people;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Person> find(Long id) {
        return people.findById(id);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Person> activePeople() {
        return people.findByActiveTrueOrderByFullNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Person> search(String text, Team team, boolean activeOnly, Pageable page) {
        return people.search(like(text), team == null ? null : team.getId(), activeOnly, page);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String text, Team team, boolean activeOnly) {
        return people.countSearch(like(text), team == null ? null : team.getId(), activeOnly);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonDetails details(Long id) {
        Person p = people.findById(id).orElseThrow();
        PersonDetails d = PersonDetails.of(p);
        if (p.getLineManager() != null) {
            d.setLineManager(people.findById(p.getLineManager().getId()).orElseThrow());
        }
        return d;
    }

    /** Active people who report directly to {@code managerId}, by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Person> directReports(Long managerId) {
        return people.findByLineManagerId(managerId).stream().filter(Person::isActive)
                .sorted(java.util.Comparator.comparing(Person::getFullName)).toList();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Person save(PersonDetails d) {
        validate(d);
        Person p;
        if (d.getId() == null) {
            p = new Person(d.getFullName().strip(), d.getEmail().strip().toLowerCase(Locale.ROOT));
        } else {
            p = people.findById(d.getId()).orElseThrow(() -> ValidationException.of("", "This person no longer exists."));
            if (d.getVersion() != null && d.getVersion() != p.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Person.class, d.getId());
            }
            p.setFullName(d.getFullName().strip());
            p.setEmail(d.getEmail().strip().toLowerCase(Locale.ROOT));
        }
        p.setJobTitle(blankToNull(d.getJobTitle()));
        p.setRoles(d.getRoles());
        p.setTeam(d.getTeam());
        p.setLineManager(d.getLineManager() == null ? null : people.getReferenceById(d.getLineManager().getId()));
        p.setActive(d.isActive());
        p.setAsye(d.isAsye());
        return people.saveAndFlush(p);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Person setActive(Long id, boolean active) {
        Person p = people.findById(id).orElseThrow();
        p.setActive(active);
        return people.saveAndFlush(p);
    }

    /** Every rule a person must meet; messages name the field and say what to do. */
    void validate(PersonDetails d) {
        var errors = new ValidationException.Collector();
        if (d.getFullName() == null || d.getFullName().isBlank()) {
            errors.add("fullName", "Enter the person's full name");
        } else {
            errors.maxLength("fullName", d.getFullName().strip(), Person.NAME_MAX, "the name");
        }
        errors.maxLength("jobTitle", d.getJobTitle(), Person.JOB_TITLE_MAX, "the job title");
        String email = d.getEmail() == null ? "" : d.getEmail().strip();
        if (email.isEmpty()) {
            errors.add("email", "Enter an email address");
        } else if (!EMAIL.matcher(email).matches() || email.length() > Person.EMAIL_MAX) {
            errors.add("email", "Enter an email address like name@council.gov.uk");
        } else if (d.getId() == null ? people.existsByEmailIgnoreCase(email)
                : people.existsByEmailIgnoreCaseAndIdNot(email, d.getId())) {
            errors.add("email", "Someone else already uses this email address");
        }
        if (d.getRoles() == null || d.getRoles().isEmpty()) {
            errors.add("roles", "Choose at least one role");
        }
        if (d.getTeam() == null && d.getRoles() != null && !d.getRoles().isEmpty()
                && !d.getRoles().stream().allMatch(r -> r == Role.BOARD_MEMBER || r == Role.ADMINISTRATOR)) {
            errors.add("team", "Choose the team this person belongs to");
        }
        Person manager = d.getLineManager();
        if (manager != null && d.getId() != null) {
            if (manager.getId().equals(d.getId())) {
                errors.add("lineManager", "A person cannot be their own line manager");
            } else if (managesThroughChain(d.getId(), manager.getId())) {
                errors.add("lineManager", manager.getFullName()
                        + " reports to this person, directly or through others; choose someone above them");
            }
        }
        errors.throwIfAny();
    }

    /** True when {@code personId} already appears in the management chain above {@code managerId}. */
    boolean managesThroughChain(Long personId, Long managerId) {
        Set<Long> seen = new HashSet<>();
        Optional<Long> current = Optional.of(managerId);
        while (current.isPresent()) {
            Long id = current.get();
            if (id.equals(personId)) {
                return true;
            }
            if (!seen.add(id)) {
                return false; // an existing cycle elsewhere; do not loop for ever
            }
            current = people.findLineManagerId(id);
        }
        return false;
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
