package org.sightline.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Cadence;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit chain from the line-management data and the chain rules: a manager who supervises
 * others has the supervision they give audited by their own line manager (yearly by default),
 * so a Head of Service audits each of their managers, the Assistant Director each Head of
 * Service and the Director each Assistant Director.
 */
@Service
@Transactional(readOnly = true)
public class ChainService {

    /** The manager roles; the chain rules say which of them are audited, and how often. */
    public static final Set<Role> SUPERVISORS = EnumSet.of(Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE,
            Role.ASSISTANT_DIRECTOR);

    public record Row(ChainRule rule, Person supervisor, Person auditor, LocalDate lastAudited, LocalDate dueOn, Cadence.Status status) {
    }

    private final PersonRepository people;
    private final SupervisionAuditRepository audits;
    private final ChainRuleRepository rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ChainService(PersonRepository people, SupervisionAuditRepository audits, ChainRuleRepository rules, CurrentUser currentUser,
                        Clock clock) {
        this.people = people;
        this.audits = audits;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every supervisor in the chain, most urgent first. No user check: the reminder job calls it unattended. */
    public List<Row> all() {
        LocalDate today = LocalDate.now(clock);
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Set<Long> managing = new java.util.HashSet<>();
        everyone.stream().filter(p -> p.getLineManager() != null).forEach(p -> managing.add(p.getLineManager().getId()));
        Map<Long, LocalDate> last = new HashMap<>();
        for (SupervisionAudit a : audits.completed()) {
            if (!a.isDipSample() && a.getAuditor().equals(a.getSupervisor().getLineManager())) {
                last.merge(a.getSupervisor().getId(), a.getCompletedOn(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (ChainRule rule : rules.findByActiveTrueOrderByIdAsc()) {
            Set<Role> roles = rule.getRoles();
            for (Person p : everyone) {
                if (p.getLineManager() == null || !managing.contains(p.getId()) || roles.stream().noneMatch(p::hasRole)) {
                    continue;
                }
                LocalDate l = last.get(p.getId());
                LocalDate due = Cadence.dueOn(l, rule.getIntervalMonths(), today);
                // The loaded person, not a lazy reference: pages read the auditor after this transaction.
                Person auditor = everyone.stream().filter(x -> x.getId().equals(p.getLineManager().getId())).findFirst()
                        .orElseGet(() -> (Person) org.hibernate.Hibernate.unproxy(p.getLineManager()));
                rows.add(new Row(rule, p, auditor, l, due, Cadence.status(l, due, today)));
            }
        }
        rows.sort(Comparator.comparing(Row::dueOn).thenComparing(r -> r.supervisor().getFullName()));
        return rows;
    }

    /** The chain as the signed-in person may see it: all for the QA team and leaders, else their own line. */
    @PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
    public List<Row> visible() {
        Person me = currentUser.require();
        List<Row> rows = all();
        if (LineManagement.seesWholeService(me)) {
            return rows;
        }
        Set<Long> line = LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc());
        return rows.stream().filter(r -> r.auditor().equals(me) || r.supervisor().equals(me) || line.contains(r.supervisor().getId()))
                .toList();
    }

    /** Audits the signed-in person owes: overdue or due within 30 days. */
    @PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
    public List<Row> mine() {
        Person me = currentUser.require();
        return all().stream().filter(r -> r.auditor().equals(me) && r.status() != Cadence.Status.UP_TO_DATE).toList();
    }
}
