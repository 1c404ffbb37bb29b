package org.sightline.kernel.cases;

import java.util.Locale;
import java.util.Optional;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case references. Board members never reach this service. A child's initials are shown to
 * managers, the QA team, the Principal Social Worker and administrators for any case, and to a
 * practitioner only for cases in their own team.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class CaseService {

    private final CaseRepository cases;
    private final CurrentUser currentUser;

    public CaseService(CaseRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    public Page<CaseSummary> search(String reference, Team team, LevelOfNeed level, boolean openOnly, Pageable page) {
        Person viewer = currentUser.require();
        return cases.search(like(reference), team == null ? null : team.getId(), level, openOnly, page)
                .map(c -> summarise(c, viewer));
    }

    public long count(String reference, Team team, LevelOfNeed level, boolean openOnly) {
        return cases.countSearch(like(reference), team == null ? null : team.getId(), level, openOnly);
    }

    public Optional<CaseSummary> find(Long id) {
        Person viewer = currentUser.require();
        return cases.findById(id).map(c -> summarise(c, viewer));
    }

    /** Whether {@code viewer} may see the child-level detail of {@code c}. */
    public static boolean maySeeChildDetail(Person viewer, CaseRecord c) {
        if (viewer.getRoles().stream().anyMatch(Role.childDetailAnyCase()::contains)) {
            return true;
        }
        if (viewer.hasRole(Role.PRACTITIONER)) {
            return (viewer.getTeam() != null && viewer.getTeam().equals(c.getTeam()))
                    || (c.getAllocatedWorker() != null && c.getAllocatedWorker().equals(viewer));
        }
        return false;
    }

    private static CaseSummary summarise(CaseRecord c, Person viewer) {
        return new CaseSummary(c.getId(), c.getReference(),
                maySeeChildDetail(viewer, c) ? Optional.of(c.getChildInitials()) : Optional.empty(),
                c.getLevelOfNeed(), c.getTeam().getName(),
                c.getAllocatedWorker() == null ? "" : c.getAllocatedWorker().getFullName(), c.isOpen());
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
