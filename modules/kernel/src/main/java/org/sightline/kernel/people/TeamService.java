package org.sightline.kernel.people;

import java.util.List;
import org.sightline.kernel.support.ValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Service areas and teams. */
@Service
@Transactional
public class TeamService {

    private final TeamRepository teams;
    private final ServiceAreaRepository areas;
    private final PersonRepository people;

    public TeamService(TeamRepository teams, ServiceAreaRepository areas, PersonRepository people) {
        this.teams = teams;
        this.areas = areas;
        this.people = people;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Team> allTeams() {
        return teams.findAllByOrderByNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Team> activeTeams() {
        return teams.findByActiveTrueOrderByNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ServiceArea> serviceAreas() {
        return areas.findAllByOrderByNameAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long memberCount(Team team) {
        return people.countByTeamId(team.getId());
    }

    /**
     * Creates ({@code id} null) or renames and moves a team. {@code expectedVersion} is the
     * version the editor loaded; a different one means someone else saved first.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Team saveTeam(Long id, Long expectedVersion, String name, ServiceArea area, boolean active) {
        var errors = new ValidationException.Collector();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            errors.add("name", "Enter the team's name");
        } else if (n.length() > Team.NAME_MAX) {
            errors.add("name", ValidationException.tooLong("the name", Team.NAME_MAX));
        } else if (id == null ? teams.existsByNameIgnoreCase(n) : teams.existsByNameIgnoreCaseAndIdNot(n, id)) {
            errors.add("name", "There is already a team called " + n);
        }
        if (area == null) {
            errors.add("serviceArea", "Choose the service area the team belongs to");
        }
        errors.throwIfAny();
        Team team;
        if (id == null) {
            team = new Team(n, area);
        } else {
            team = teams.findById(id).orElseThrow();
            if (expectedVersion != null && expectedVersion != team.getVersion()) {
                throw new ObjectOptimisticLockingFailureException(Team.class, id);
            }
            team.setName(n);
            team.setServiceArea(area);
        }
        team.setActive(active);
        return teams.saveAndFlush(team);
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public ServiceArea createServiceArea(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw ValidationException.of("name", "Enter the service area's name");
        }
        new ValidationException.Collector().maxLength("name", n, ServiceArea.NAME_MAX, "the name").throwIfAny();
        if (areas.findByNameIgnoreCase(n).isPresent()) {
            throw ValidationException.of("name", "There is already a service area called " + n);
        }
        return areas.saveAndFlush(new ServiceArea(n));
    }
}
