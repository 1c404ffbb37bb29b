package org.sightline.kernel.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Groups of roles that many pages and services let in together, each defined once here. Whoever
 * holds one of a group's roles is also granted the group as an authority when they sign in, so a
 * view says {@code @RolesAllowed(RoleGroup.QA_LEADS_)} and a service
 * {@code @PreAuthorize(RoleGroup.HAS_QA_LEADS)} instead of spelling the roles out again.
 */
public enum RoleGroup {

    /** Everyone whose own practice, team or service is audited, observed or supervised, and those who run QA. */
    PRACTICE_STAFF(Role.PRACTITIONER, Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR,
            Role.DIRECTOR, Role.PRINCIPAL_SOCIAL_WORKER, Role.QA_OFFICER, Role.ADMINISTRATOR),
    /** Managers at every level with the Principal Social Worker: who audits the supervision and practice of those they manage. */
    MANAGERS(Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR,
            Role.PRINCIPAL_SOCIAL_WORKER),
    /** Managers at every level with the QA team: who follows compliance and timeliness across teams. */
    MANAGERS_AND_QA(Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR,
            Role.PRINCIPAL_SOCIAL_WORKER, Role.QA_OFFICER, Role.ADMINISTRATOR),
    /** Who runs quality assurance: the QA team, the Principal Social Worker and administrators. */
    QA_LEADS(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.ADMINISTRATOR);

    /** Group names as constants, for {@code @RolesAllowed}. */
    public static final String PRACTICE_STAFF_ = "PRACTICE_STAFF";
    public static final String MANAGERS_ = "MANAGERS";
    public static final String MANAGERS_AND_QA_ = "MANAGERS_AND_QA";
    public static final String QA_LEADS_ = "QA_LEADS";

    /** The groups as {@code @PreAuthorize} expressions. */
    public static final String HAS_PRACTICE_STAFF = "hasRole('" + PRACTICE_STAFF_ + "')";
    public static final String HAS_MANAGERS = "hasRole('" + MANAGERS_ + "')";
    public static final String HAS_MANAGERS_AND_QA = "hasRole('" + MANAGERS_AND_QA_ + "')";
    public static final String HAS_QA_LEADS = "hasRole('" + QA_LEADS_ + "')";

    private final Set<Role> roles;

    RoleGroup(Role first, Role... rest) {
        this.roles = EnumSet.of(first, rest);
    }

    public Set<Role> roles() {
        return roles;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The groups someone holding {@code held} belongs to. */
    public static Set<RoleGroup> of(Collection<Role> held) {
        Set<RoleGroup> groups = EnumSet.noneOf(RoleGroup.class);
        for (RoleGroup g : values()) {
            if (held.stream().anyMatch(g.roles::contains)) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** Role names with any group names among them replaced by the groups' roles, e.g. to read a {@code @RolesAllowed}. */
    public static Set<String> expand(String... rolesOrGroups) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : rolesOrGroups) {
            Arrays.stream(values()).filter(g -> g.name().equals(name)).findFirst()
                    .ifPresentOrElse(g -> g.roles.forEach(r -> out.add(r.name())), () -> out.add(name));
        }
        return out;
    }
}
