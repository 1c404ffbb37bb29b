package org.sightline.kernel.people;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service areas a service manager answers for: their own team's, if they sit in one, and
 * those of the teams whose managers report to them. A service manager often has no team of
 * their own, so the team alone would show them nothing of their service.
 */
@Component
public class ServiceAreaScope {

    private final PersonRepository people;

    public ServiceAreaScope(PersonRepository people) {
        this.people = people;
    }

    /** The areas' ids; empty for anyone who is not a service manager. */
    @Transactional(readOnly = true)
    public Set<Long> managedBy(Person p) {
        if (!p.hasRole(Role.SERVICE_MANAGER)) {
            return Set.of();
        }
        Set<Long> areas = new LinkedHashSet<>();
        if (p.getTeam() != null) {
            areas.add(p.getTeam().getServiceArea().getId());
        }
        areas.addAll(people.serviceAreasManagedBy(p.getId()));
        return areas;
    }
}
