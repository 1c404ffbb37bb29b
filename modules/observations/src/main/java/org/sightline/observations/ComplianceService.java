package org.sightline.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Cadence;
import org.sightline.kernel.support.Cadence.Status;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Who is due to be observed, by whom, and who is overdue, from the cadence rules, the
 * line-management data and the observations carried out (shared or acknowledged; drafts do not
 * count).
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

    /** "Due" means due within this many days. */
    public static final int DUE_WITHIN_DAYS = Cadence.DUE_WITHIN_DAYS;

    /**
     * One expectation: {@code observer} should observe {@code subject} (or, for an OBSERVER rule,
     * observe anyone: then subject and observer are the same person) by {@code dueOn}.
     */
    public record Row(CadenceRule rule, Person subject, Person observer, LocalDate lastObserved, LocalDate dueOn, Status status) {
        public boolean observerRule() {
            return rule.getKind() == CadenceRule.Kind.OBSERVER;
        }

        public String teamName() {
            return subject.getTeam() == null ? "" : subject.getTeam().getName();
        }

        public String serviceName() {
            return subject.getTeam() == null || subject.getTeam().getServiceArea() == null ? ""
                    : subject.getTeam().getServiceArea().getName();
        }
    }

    private final CadenceRuleRepository rules;
    private final ObservationRepository observations;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ComplianceService(CadenceRuleRepository rules, ObservationRepository observations, PersonRepository people,
                             CurrentUser currentUser, Clock clock) {
        this.rules = rules;
        this.observations = observations;
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every expectation in the organisation, most urgent first. Used by the reminder job. */
    public List<Row> all() {
        LocalDate today = LocalDate.now(clock);
        List<CadenceRule> active = rules.findByActiveTrueOrderByIdAsc();
        int longest = active.stream().mapToInt(CadenceRule::getIntervalMonths).max().orElse(12);
        Map<Long, Map<Long, LocalDate>> lastBySubjectAndObserver = new HashMap<>();
        Map<Long, LocalDate> lastByObserver = new HashMap<>();
        for (Observation o : observations.carriedOutSince(today.minusMonths(longest * 2L))) {
            lastBySubjectAndObserver.computeIfAbsent(o.getObserved().getId(), k -> new HashMap<>())
                    .merge(o.getObserver().getId(), o.getObservedOn(), (a, b) -> a.isAfter(b) ? a : b);
            lastByObserver.merge(o.getObserver().getId(), o.getObservedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        List<Row> rows = new ArrayList<>();
        for (CadenceRule rule : active) {
            Set<Role> roles = rule.getRoles();
            for (Person p : everyone) {
                if (roles.stream().noneMatch(p::hasRole)) {
                    continue;
                }
                if (rule.getKind() == CadenceRule.Kind.OBSERVER) {
                    rows.add(row(rule, p, p, lastByObserver.get(p.getId()), today));
                } else {
                    Person observer = expectedObserver(p, rule.getObserver());
                    LocalDate last = observer == null ? null
                            : lastBySubjectAndObserver.getOrDefault(p.getId(), Map.of()).get(observer.getId());
                    rows.add(row(rule, p, observer, last, today));
                }
            }
        }
        rows.sort(Comparator.comparing(Row::dueOn).thenComparing(r -> r.subject().getFullName()));
        return oneRowPerExpectation(rows);
    }

    /**
     * One person observed by one observer is one expectation, however many rules give it (a team
     * manager whose line manager is also their Head of Service): the rule with the earlier due
     * date wins. Rows come sorted by due date, so the first met is kept.
     */
    static List<Row> oneRowPerExpectation(List<Row> sorted) {
        Map<String, Row> kept = new java.util.LinkedHashMap<>();
        for (Row r : sorted) {
            String key = r.rule().getKind() + ":" + r.subject().getId() + ":" + (r.observer() == null ? "-" : r.observer().getId());
            kept.putIfAbsent(key, r);
        }
        return List.copyOf(kept.values());
    }

    /** The expectations the signed-in person may see: their own line and service, or all for the QA team and leaders. */
    @PreAuthorize(RoleGroup.HAS_MANAGERS_AND_QA)
    public List<Row> visible() {
        Person me = currentUser.require();
        List<Row> all = all();
        if (LineManagement.seesWholeService(me)) {
            return all;
        }
        Set<Long> line = LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc());
        boolean serviceWide = me.hasRole(Role.HEAD_OF_SERVICE) || me.hasRole(Role.SERVICE_MANAGER);
        return all.stream().filter(r -> line.contains(r.subject().getId()) || r.subject().getId().equals(me.getId())
                || r.observer() != null && r.observer().getId().equals(me.getId())
                || serviceWide && me.getTeam() != null && r.subject().getTeam() != null
                   && me.getTeam().getServiceArea() != null && r.subject().getTeam().getServiceArea() != null
                   && Objects.equals(me.getTeam().getServiceArea().getId(), r.subject().getTeam().getServiceArea().getId())).toList();
    }

    /** What the signed-in person has to carry out: overdue or due within 30 days. */
    @PreAuthorize("isAuthenticated()")
    public List<Row> mine() {
        Long me = currentUser.require().getId();
        return all().stream().filter(r -> r.observer() != null && r.observer().getId().equals(me) && r.status() != Status.UP_TO_DATE)
                .toList();
    }

    /** Share of expectations up to date (not overdue), as a percentage. */
    public static double complianceRate(List<Row> rows) {
        return rows.isEmpty() ? 100 : 100.0 * rows.stream().filter(r -> r.status() != Status.OVERDUE).count() / rows.size();
    }

    private static Row row(CadenceRule rule, Person subject, Person observer, LocalDate last, LocalDate today) {
        LocalDate due = Cadence.dueOn(last, rule.getIntervalMonths(), today);
        return new Row(rule, subject, observer, last, due, Cadence.status(last, due, today));
    }

    /** The line manager, or the first Head of Service up the line. */
    static Person expectedObserver(Person p, CadenceRule.Observer who) {
        if (who == CadenceRule.Observer.LINE_MANAGER) {
            return p.getLineManager();
        }
        Set<Long> seen = new HashSet<>();
        Person m = p.getLineManager();
        while (m != null && seen.add(m.getId())) {
            if (m.hasRole(Role.HEAD_OF_SERVICE)) {
                return m;
            }
            m = m.getLineManager();
        }
        return null;
    }
}
