package org.sightline.kernel.cases;

import java.util.List;
import java.util.Locale;
import org.sightline.kernel.audit.AuditTrail;
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
    private final AuditTrail audit;

    public CaseService(CaseRepository cases, CurrentUser currentUser, AuditTrail audit) {
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** A page of cases; the child-level detail it shows is recorded in the audit trail. */
    public Page<CaseSummary> search(String reference, Team team, LevelOfNeed level, boolean openOnly, Pageable page) {
        Person viewer = currentUser.require();
        Page<CaseSummary> result = cases.search(like(reference), team == null ? null : team.getId(), level, openOnly, page)
                .map(c -> summarise(c, viewer));
        List<String> withDetail = result.getContent().stream()
                .filter(c -> c.childInitials().isPresent()).map(CaseSummary::reference).toList();
        if (!withDetail.isEmpty()) {
            audit.viewedChildDetail("kernel", "Case", withDetail.size() == 1 ? withDetail.getFirst() : null,
                    "Case list with child initials: " + String.join(", ", withDetail));
        }
        return result;
    }

    public long count(String reference, Team team, LevelOfNeed level, boolean openOnly) {
        return cases.countSearch(like(reference), team == null ? null : team.getId(), level, openOnly);
    }

    public Optional<CaseSummary> find(Long id) {
        Person viewer = currentUser.require();
        Optional<CaseSummary> found = cases.findById(id).map(c -> summarise(c, viewer));
        found.filter(c -> c.childInitials().isPresent())
                .ifPresent(c -> audit.viewedChildDetail("kernel", "Case", c.reference(), "Case " + c.reference() + " with child initials"));
        return found;
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
