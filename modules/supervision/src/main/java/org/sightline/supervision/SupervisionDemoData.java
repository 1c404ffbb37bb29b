package org.sightline.supervision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.springframework.stereotype.Component;

/** Invented audits of managers' supervision over the last year; some managers are due or overdue. */
@Component
public class SupervisionDemoData implements DemoDataContributor {

    private static final Map<Criterion, String> EVIDENCE = Map.of(
            Criterion.FREQUENCY, "Eleven of twelve monthly sessions held; one moved by a week for leave.",
            Criterion.CONSISTENCY, "Same agenda each time; no sessions cut short.",
            Criterion.RECORDED, "Every session is on the personal file and case notes carry a management oversight entry.",
            Criterion.REFLECTIVE, "Hypotheses are named for two of three cases discussed; the worker's feelings are explored.",
            Criterion.DECISIONS, "Decisions have reasons; actions have owners and dates.",
            Criterion.REVISITED, "Last month's actions were not reviewed in two sessions.",
            Criterion.IMPACT, "Each case discussion ends with what will change for the child.");

    private final SupervisionAuditRepository audits;
    private final TimelinessRepository timeliness;

    public SupervisionDemoData(SupervisionAuditRepository audits, TimelinessRepository timeliness) {
        this.audits = audits;
        this.timeliness = timeliness;
    }

    @Override
    public void load(DemoDirectory directory) {
        Random random = directory.random();
        LocalDate today = directory.today();
        List<Person> active = directory.people().stream().filter(Person::isActive).toList();
        Person manager = directory.byEmailPrefix("manager");
        for (Person supervisor : active) {
            if (supervisor.getLineManager() == null || ChainService.SUPERVISORS.stream().noneMatch(supervisor::hasRole)) {
                continue;
            }
            List<Person> reports = active.stream().filter(p -> supervisor.equals(p.getLineManager())).toList();
            if (reports.isEmpty() || random.nextInt(10) < 3 && !supervisor.equals(manager)) {
                continue; // never audited: overdue
            }
            LocalDate done = supervisor.equals(manager) ? today.minusDays(12) : today.minusDays(30 + random.nextInt(400));
            Person supervisee = reports.get(random.nextInt(reports.size()));
            Map<Criterion, CriterionAnswer> answers = new EnumMap<>(Criterion.class);
            for (Criterion c : Criterion.values()) {
                answers.put(c, new CriterionAnswer(c == Criterion.REVISITED ? Grade.REQUIRES_IMPROVEMENT : random.nextInt(4) == 0
                        ? Grade.OUTSTANDING : Grade.GOOD, EVIDENCE.get(c)));
            }
            SupervisionAudit a = new SupervisionAudit(supervisor.getLineManager(), done.atTime(16, 0).toInstant(ZoneOffset.UTC));
            a.record(new AuditDraft(supervisor.getId(), supervisee.getId(), done.minusMonths(12), done.minusDays(1), true, true, 12, 11,
                    answers, Grade.GOOD, "Regular, well-recorded supervision with clear decisions.",
                    "Open each session by reviewing last time's actions.", false), supervisor, supervisee);
            a.complete(done);
            if (supervisor.equals(manager)) {
                // The demo team manager has one to acknowledge.
                a.discussed(done.plusDays(5), "Discussed in supervision; agreed to open each session with last month's actions.");
            } else {
                a.discussed(done.plusDays(7), "Talked through the findings; the manager will use the reflective prompts.");
                a.acknowledge(done.plusDays(9).atTime(12, 0).toInstant(ZoneOffset.UTC));
            }
            audits.save(a);
        }
        // A year of monthly timeliness per front-line team, as the performance team would send it.
        for (var team : directory.teams()) {
            if (!team.isActive() || team.getName().contains("Quality")) {
                continue;
            }
            int level = 72 + random.nextInt(18);
            for (int m = 12; m >= 1; m--) {
                level = Math.max(55, Math.min(100, level + random.nextInt(9) - 3));
                timeliness.save(new Timeliness(team, today.withDayOfMonth(1).minusMonths(m), level));
            }
        }
    }
}
