package org.sightline.observations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.VersionedEntity;

/**
 * How often observations must happen. Two kinds: people holding one of {@link #getRoles()} are
 * observed by their line manager or Head of Service every so many months (OBSERVED), or people
 * holding one of the roles observe some practice every so many months (OBSERVER).
 */
@Entity
@Table(name = "ob_cadence_rule")
public class CadenceRule extends VersionedEntity {

    public enum Kind { OBSERVED, OBSERVER }

    /** Who is expected to observe the person. */
    public enum Observer {
        LINE_MANAGER("their line manager"),
        HEAD_OF_SERVICE("their Head of Service");

        private final String label;

        Observer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    /** Comma-separated role names. */
    @Column(nullable = false, length = 300)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Observer observer;

    @Column(name = "interval_months", nullable = false)
    private int intervalMonths;

    @Column(nullable = false)
    private boolean active = true;

    protected CadenceRule() {
    }

    public CadenceRule(Kind kind, Set<Role> roles, Observer observer, int intervalMonths) {
        this.kind = kind;
        this.roles = join(roles);
        this.observer = observer;
        this.intervalMonths = intervalMonths;
    }

    public Kind getKind() { return kind; }
    public Observer getObserver() { return observer; }
    public int getIntervalMonths() { return intervalMonths; }
    public boolean isActive() { return active; }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void change(Set<Role> roles, Observer observer, int intervalMonths, boolean active) {
        this.roles = join(roles);
        this.observer = observer;
        this.intervalMonths = intervalMonths;
        this.active = active;
    }

    /** In words, e.g. "Practitioners and Team Managers are observed by their line manager every 12 months". */
    public String describe() {
        String who = getRoles().stream().map(r -> r.label() + "s").collect(Collectors.joining(" and "));
        String every = intervalMonths == 1 ? "every month" : "every " + intervalMonths + " months";
        return kind == Kind.OBSERVED ? who + " are observed by " + observer.label() + " at least " + every
                : who + " observe practice at least " + every;
    }

    private static String join(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }
}
