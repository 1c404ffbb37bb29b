package org.sightline.audits.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sightline.audits.sample.MonthlySample;
import org.sightline.audits.sample.MonthlySampleRepository;
import org.sightline.audits.template.AuditTemplate;
import org.sightline.audits.template.TemplateService;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.stereotype.Component;

/**
 * Twelve months of invented audits with a spread of grades that improves over the year, so
 * the tracking tells a story on first run; this month's sample is allocated and under way, and
 * two audits wait for moderation.
 */
@Component
public class AuditsDemoData {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String[] EVIDENCE = {
            "Recent visits are recorded with the child's own words and what they showed through play.",
            "The assessment was updated after the change of school and draws on the health visitor's view.",
            "The plan has clear actions and owners, though two review dates have slipped.",
            "Partners attended the core group and the school's attendance data is on file.",
            "Supervision notes record the decision and the reasons for it.",
            "The child's heritage and first language are recorded and an interpreter was used with the mother.",
    };
    private static final String[] WELL = {
            "Warm, persistent relationship with the child and family.",
            "Clear, jargon-free recording the family could read.",
            "Good use of the wider family network.",
    };
    private static final String[] WORRIES = {
            "Drift between reviews; actions not revisited.",
            "The father's view is missing from the record.",
            "The chronology has not been updated since the spring.",
    };

    private final CaseAuditRepository audits;
    private final MonthlySampleRepository samples;
    private final TemplateService templates;

    AuditsDemoData(CaseAuditRepository audits, MonthlySampleRepository samples, TemplateService templates) {
        this.audits = audits;
        this.samples = samples;
        this.templates = templates;
    }

    public void load(DemoDirectory directory) {
        templates.ensurePublished();
        AuditTemplate template = templates.current();
        Random random = directory.random();
        LocalDate thisMonth = directory.today().withDayOfMonth(1);
        List<Person> peers = new ArrayList<>(directory.withRole(Role.QA_OFFICER));
        peers.addAll(directory.withRole(Role.SERVICE_MANAGER));
        peers.sort(Comparator.comparing(Person::getFullName));
        List<Person> moderators = directory.withRole(Role.PRINCIPAL_SOCIAL_WORKER);
        List<CaseRecord> cases = directory.cases().stream().filter(CaseRecord::isOpen).toList();
        int next = 0;
        for (int back = 12; back >= 0; back--) {
            LocalDate month = thisMonth.minusMonths(back);
            MonthlySample sample = samples.save(new MonthlySample(month, 1000L + back, 6, Map.of(), "qa",
                    month.atTime(9, 0).atZone(UK).toInstant()));
            int count = back == 0 ? 8 : 10 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                CaseRecord c = cases.get((next += 7) % cases.size());
                if (back == 0 && i >= 5) {
                    // The demo team manager has audits of their own team's cases to lead this month.
                    Person manager = directory.byEmailPrefix("manager");
                    List<CaseRecord> own = cases.stream().filter(x -> x.getTeam().equals(manager.getTeam())).toList();
                    c = own.get((i * 3) % own.size());
                }
                final CaseRecord audited = c;
                Person lead = directory.people().stream()
                        .filter(p -> p.hasRole(Role.TEAM_MANAGER) && audited.getTeam().equals(p.getTeam())).findFirst().orElse(null);
                if (lead == null) {
                    continue;
                }
                Person peer = peers.get((i + back) % peers.size());
                if (peer.equals(lead)) {
                    peer = peers.get((i + back + 1) % peers.size());
                }
                CaseAudit audit = new CaseAudit(c, sample, template, month, lead, peer, month.plusDays(27));
                if (back == 0) {
                    // This month: allocated, some started, two waiting for moderation.
                    if (i < 2) {
                        gradeBoth(audit, template, random, 0.35, false, month.plusDays(15));
                    } else if (i < 5) {
                        Assessment a = audit.assessment(AuditorRole.PEER).orElseThrow();
                        a.apply(draft(template, random, 0.4, true), month.plusDays(6).atTime(11, 0).atZone(UK).toInstant());
                        audit.started();
                    }
                } else {
                    // Grades improve through the year: fewer inadequate, more good.
                    complete(audit, template, random, 0.3 + (12 - back) * 0.035, month, moderators.get(0), directory);
                }
                audits.save(audit);
            }
        }
    }

    /** An earlier month's audit, graded by both auditors, moderated where they differ. */
    private void complete(CaseAudit audit, AuditTemplate template, Random random, double quality, LocalDate month, Person moderator,
                          DemoDirectory directory) {
        boolean agree = random.nextInt(10) < 7;
        LocalDate completed = month.plusDays(18 + random.nextInt(8));
        gradeBoth(audit, template, random, quality, agree, completed);
        if (audit.getStatus() == AuditStatus.AWAITING_MODERATION) {
            Assessment lead = audit.assessment(AuditorRole.LEAD).orElseThrow();
            completed = month.plusDays(27);
            audit.moderated(moderator, lead.getDomains().stream().map(DomainAnswer::getGrade).toList(), lead.getOverallGrade(),
                    "Moderated: the lead auditor's grades reflect the evidence on file.", completed.atTime(14, 0).atZone(UK).toInstant());
        }
        if (audit.isInadequate()) {
            followUp(audit, completed, directory);
        }
    }

    /**
     * An inadequate audit gets its review and re-audit dates as the service gives them; one whose
     * review date has passed has the Head of Service's oversight and the review recorded too.
     */
    private static void followUp(CaseAudit audit, LocalDate completed, DemoDirectory directory) {
        audit.inadequateFollowUp(completed.plusWeeks(6), completed.plusMonths(3));
        if (completed.plusWeeks(6).isBefore(directory.today())) {
            Person head = directory.withRole(Role.HEAD_OF_SERVICE).getFirst();
            audit.recordOversight(head, "Discussed with the team manager: the plan is being rewritten with clear timescales, "
                    + "and the case is on the agenda for the next legal planning meeting.", completed.plusDays(3).atTime(10, 0).atZone(UK).toInstant());
            audit.recordReview("The plan now has timescales and the child is seen weekly; drift has stopped.",
                    completed.plusWeeks(6).atTime(15, 0).atZone(UK).toInstant());
        }
    }

    private void gradeBoth(CaseAudit audit, AuditTemplate template, Random random, double quality, boolean agree, LocalDate on) {
        Instant at = on.atTime(16, 0).atZone(UK).toInstant();
        AssessmentDraft lead = draft(template, random, quality, false);
        AssessmentDraft peer = lead;
        if (!agree) {
            int d = random.nextInt(template.getDomains().size());
            Grade g = lead.domains().get(d).getGrade();
            Grade other = g == Grade.INADEQUATE ? Grade.REQUIRES_IMPROVEMENT : Grade.values()[g.ordinal() + 1];
            peer = lead.withDomain(d, new DomainAnswer(other, EVIDENCE[d % EVIDENCE.length], WELL[0], WORRIES[0]));
            if (random.nextBoolean()) {
                // Sometimes the overall grades differ too, so moderation shifts show in the tracking.
                peer = peer.withOverall(lead.overallGrade() == Grade.INADEQUATE ? Grade.REQUIRES_IMPROVEMENT
                        : Grade.values()[lead.overallGrade().ordinal() + 1], lead.overallRationale());
            }
        }
        Assessment l = audit.assessment(AuditorRole.LEAD).orElseThrow();
        Assessment p = audit.assessment(AuditorRole.PEER).orElseThrow();
        l.apply(lead, at);
        l.submit(at);
        p.apply(peer, at);
        p.submit(at);
        audit.bothSubmitted(at);
    }

    private static AssessmentDraft draft(AuditTemplate template, Random random, double quality, boolean partial) {
        Grade overall = grade(random, quality);
        List<DomainAnswer> domains = new ArrayList<>();
        for (int i = 0; i < template.getDomains().size(); i++) {
            if (partial && i > 2) {
                domains.add(DomainAnswer.blank());
                continue;
            }
            int shift = random.nextInt(5) == 0 ? (random.nextBoolean() ? 1 : -1) : 0;
            Grade g = Grade.values()[Math.max(0, Math.min(3, overall.ordinal() + shift))];
            domains.add(new DomainAnswer(g, EVIDENCE[i % EVIDENCE.length], WELL[random.nextInt(WELL.length)],
                    g.ordinal() >= 2 ? WORRIES[random.nextInt(WORRIES.length)] : null));
        }
        if (partial) {
            return new AssessmentDraft(domains, null, null, null, null, null, null, null, null);
        }
        return new AssessmentDraft(domains, overall, "The overall grade reflects the balance of the domain findings.",
                "The practitioner reflected on what would have helped sooner.", "The child said their worker listens.", null,
                null, "The parent did not respond to two invitations to give feedback.", "Update the plan; revisit in supervision.");
    }

    /** Quality 0 to 1: higher means better grades are likelier. */
    private static Grade grade(Random random, double quality) {
        double r = random.nextDouble();
        double outstanding = 0.04 + 0.10 * quality;
        double good = outstanding + 0.25 + 0.35 * quality;
        double ri = good + 0.45 - 0.30 * quality;
        return r < outstanding ? Grade.OUTSTANDING : r < good ? Grade.GOOD : r < ri ? Grade.REQUIRES_IMPROVEMENT : Grade.INADEQUATE;
    }
}
