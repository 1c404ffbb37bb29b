package org.sightline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.VersionedEntity;

/**
 * Who is in the audit chain and how often: people holding one of the roles who supervise others
 * have the supervision they give audited by their own line manager every so many months.
 */
@Entity
@Table(name = "sv_chain_rule")
public class ChainRule extends VersionedEntity {

    /** Comma-separated role names. */
    @Column(nullable = false, length = 300)
    private String roles;

    @Column(name = "interval_months", nullable = false)
    private int intervalMonths;

    @Column(nullable = false)
    private boolean active = true;

    protected ChainRule() {
    }

    public int getIntervalMonths() { return intervalMonths; }
    public boolean isActive() { return active; }

    public Set<Role> getRoles() {
        return Arrays.stream(roles.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void change(Set<Role> roles, int intervalMonths, boolean active) {
        this.roles = roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
        this.intervalMonths = intervalMonths;
        this.active = active;
    }

    /** In words, e.g. "Team Managers and Heads of Service who supervise others: audited by their line manager every 12 months". */
    public String describe() {
        return getRoles().stream().map(r -> r.label() + "s").collect(Collectors.joining(", "))
                + " who supervise others: audited by their line manager every " + (intervalMonths == 1 ? "month" : intervalMonths + " months");
    }
}
