package org.sightline.audits.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.audit.CaseAuditRepository;
import org.sightline.audits.template.TemplateService;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.people.ServiceAreaRepository;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * The monthly sample: a QA officer previews a random sample stratified across teams and levels
 * of need, adjusts it, and allocates it to lead auditors (the case's team manager) and peer
 * auditors (a QA officer or service manager outside the case's line of management).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RoleGroup.HAS_QA_LEADS)
public class SampleService {

    /** Working days from allocation to the audit's due date. */
    static final int WORKING_DAYS_TO_COMPLETE = 20;

    private final CaseRepository cases;
    private final PersonRepository people;
    private final ServiceAreaRepository areas;
    private final CaseAuditRepository audits;
    private final MonthlySampleRepository samples;
    private final AllocationScheduleRepository schedules;
    private final TemplateService templates;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SampleService(CaseRepository cases, PersonRepository people, ServiceAreaRepository areas, CaseAuditRepository audits,
                         MonthlySampleRepository samples, TemplateService templates, WorkingDayCalendar calendar,
                         ApplicationEventPublisher events, Clock clock, AllocationScheduleRepository schedules) {
        this.schedules = schedules;
        this.cases = cases;
        this.people = people;
        this.areas = areas;
        this.audits = audits;
        this.samples = samples;
        this.templates = templates;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public List<ServiceArea> serviceAreas() {
        return areas.findAll().stream().sorted(Comparator.comparing(ServiceArea::getName)).toList();
    }

    public long newSeed() {
        return new java.security.SecureRandom().nextLong() & Long.MAX_VALUE;
    }

    /** Draws the sample without saving anything. */
    public List<SampleLine> preview(SampleRequest request) {
        return draw(request).lines();
    }

    /** An area that gave fewer cases than asked, and why: only so many open cases not audited recently. */
    public record Shortfall(String area, int asked, int drawn, int open, int auditedRecently) {
        public String explain(int exclusionMonths) {
            return area + ": " + drawn + " of " + asked + " drawn. It has " + open + (open == 1 ? " open case" : " open cases")
                    + (auditedRecently == 0 ? "" : ", " + auditedRecently + " of them audited in the last " + exclusionMonths
                    + (exclusionMonths == 1 ? " month" : " months") + " and so left out") + ".";
        }
    }

    /** The sample drawn, with the areas that could not give as many cases as asked. */
    public record Draw(List<SampleLine> lines, List<Shortfall> shortfalls) {
    }

    /** A sample already allocated for the month: its audits, and when and by whom each draw was made. */
    public record Allocated(long audits, List<MonthlySample> draws) {
    }

    public Allocated allocatedAlready(LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        List<MonthlySample> draws = samples.findByMonth(first);
        return new Allocated(audits.countByMonth(first), draws);
    }

    /** Draws the sample without saving anything, saying where it fell short of the sizes asked. */
    public Draw draw(SampleRequest request) {
        validate(request);
        List<Shortfall> shortfalls = new ArrayList<>();
        Set<Long> excluded = new HashSet<>(audits.caseIdsAuditedSince(request.month().minusMonths(request.exclusionMonths())));
        List<CaseRecord> chosen = new ArrayList<>();
        for (ServiceArea area : serviceAreas()) {
            int size = request.sizes().getOrDefault(area.getId(), 0);
            if (size <= 0) {
                continue;
            }
            Map<Long, CaseRecord> byId = new HashMap<>();
            List<Sampler.Candidate> candidates = new ArrayList<>();
            List<CaseRecord> open = cases.openInArea(area.getId());
            for (CaseRecord c : open) {
                if (!excluded.contains(c.getId())) {
                    byId.put(c.getId(), c);
                    candidates.add(new Sampler.Candidate(c.getId(), c.getTeam().getId() + "/" + c.getLevelOfNeed()));
                }
            }
            // Each area draws from its own stream of the seed, so changing one area's size
            // does not reshuffle the others.
            List<Long> drawn = Sampler.draw(candidates, size, request.seed() ^ area.getId() * 0x9E3779B97F4A7C15L);
            drawn.forEach(id -> chosen.add(byId.get(id)));
            if (drawn.size() < size) {
                shortfalls.add(new Shortfall(area.getName(), size, drawn.size(), open.size(), open.size() - candidates.size()));
            }
        }
        return new Draw(suggestAuditors(request.month(), chosen), shortfalls);
    }

    /** A case added by hand to the preview, by its reference. */
    public SampleLine lineFor(LocalDate month, String reference, List<SampleLine> already) {
        CaseRecord c = cases.findByReferenceIgnoreCase(reference == null ? "" : reference.strip())
                .orElseThrow(() -> ValidationException.of("reference", "There is no case with the reference " + reference + "."));
        if (!c.isOpen()) {
            throw ValidationException.of("reference", c.getReference() + " is closed.");
        }
        if (already.stream().anyMatch(l -> l.caseId() == c.getId())) {
            throw ValidationException.of("reference", c.getReference() + " is already in the sample.");
        }
        List<CaseRecord> all = new ArrayList<>();
        already.forEach(l -> cases.findById(l.caseId()).ifPresent(all::add));
        all.add(c);
        List<SampleLine> suggested = suggestAuditors(month.withDayOfMonth(1), all);
        return suggested.getLast();
    }

    /** People who may peer-audit a case: QA officers and service managers outside its line. */
    public List<Person> peerCandidates(long caseId) {
        CaseRecord c = cases.findById(caseId).orElseThrow();
        Set<Long> line = lineOf(c);
        return people.findAll().stream()
                .filter(p -> p.isActive() && (p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.SERVICE_MANAGER)))
                .filter(p -> !line.contains(p.getId()))
                .sorted(Comparator.comparing(Person::getFullName))
                .toList();
    }

    @Transactional
    public List<CaseAudit> allocate(SampleRequest request, List<SampleLine> lines) {
        validate(request);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (lines.isEmpty()) {
            errors.add("", "The sample is empty: set a size for at least one service area.");
        }
        List<Long> caseIds = lines.stream().map(SampleLine::caseId).toList();
        if (!audits.findByMonthAndCaseRecordIdIn(request.month(), caseIds).isEmpty()) {
            errors.add("", "Some of these cases already have an audit this month; preview the sample again.");
        }
        for (SampleLine l : lines) {
            if (l.leadId() == null) {
                errors.add("lead." + l.caseId(), l.reference() + " has no lead auditor: its team has no team manager.");
            }
            if (l.peerId() == null) {
                errors.add("peer." + l.caseId(), "Choose a peer auditor for " + l.reference() + ".");
            } else if (l.peerId().equals(l.leadId())) {
                errors.add("peer." + l.caseId(), "The peer auditor for " + l.reference() + " must not be the lead auditor.");
            }
        }
        errors.throwIfAny();
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        MonthlySample sample = samples.save(new MonthlySample(request.month(), request.seed(), request.exclusionMonths(),
                request.sizes(), by, clock.instant()));
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.isAfter(request.month()) ? today : request.month();
        LocalDate due = calendar.addWorkingDays(start, WORKING_DAYS_TO_COMPLETE);
        var template = templates.current();
        List<CaseAudit> created = new ArrayList<>();
        for (SampleLine l : lines) {
            CaseRecord c = cases.findById(l.caseId()).orElseThrow();
            Person lead = people.findById(l.leadId()).orElseThrow();
            Person peer = people.findById(l.peerId()).orElseThrow();
            CaseAudit audit = audits.save(new CaseAudit(c, sample, template, request.month(), lead, peer, due));
            created.add(audit);
            events.publishEvent(NotificationEvent.to(List.of(lead.getId(), peer.getId()),
                    "Case audit to complete: " + c.getReference(),
                    "You are an auditor for case " + c.getReference() + " in the " + Formats.month(request.month())
                            + " sample. Please complete your audit by " + Formats.date(due) + ".",
                    "audits/" + audit.getId(), "audits"));
        }
        return created;
    }

    public java.util.Optional<AllocationSchedule> schedule() {
        return schedules.findFirstByOrderByIdAsc();
    }

    /** Saves the standing settings; when enabled, the sample is drawn and allocated on the 1st of each month. */
    @Transactional
    public AllocationSchedule saveSchedule(boolean enabled, int exclusionMonths, Map<Long, Integer> sizes) {
        validate(new SampleRequest(LocalDate.now(clock), sizes, exclusionMonths, 0));
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        AllocationSchedule s = schedules.findFirstByOrderByIdAsc().orElse(null);
        if (s == null) {
            return schedules.save(new AllocationSchedule(enabled, exclusionMonths, sizes, by, clock.instant()));
        }
        s.update(enabled, exclusionMonths, sizes, by, clock.instant());
        return schedules.save(s);
    }

    private List<SampleLine> suggestAuditors(LocalDate month, List<CaseRecord> chosen) {
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : audits.peerLoad(month)) {
            load.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<Person> everyone = people.findAll();
        List<SampleLine> lines = new ArrayList<>();
        for (CaseRecord c : chosen.stream().sorted(Comparator.comparing(CaseRecord::getReference)).toList()) {
            Person lead = everyone.stream()
                    .filter(p -> p.isActive() && p.hasRole(Role.TEAM_MANAGER) && c.getTeam().equals(p.getTeam()))
                    .min(Comparator.comparing(Person::getFullName))
                    .orElse(c.getAllocatedWorker() == null ? null : c.getAllocatedWorker().getLineManager());
            Set<Long> line = lineOf(c);
            if (lead != null) {
                line.add(lead.getId());
            }
            Person peer = everyone.stream()
                    .filter(p -> p.isActive() && (p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.SERVICE_MANAGER)))
                    .filter(p -> !line.contains(p.getId()))
                    .min(Comparator.<Person>comparingLong(p -> load.getOrDefault(p.getId(), 0L)).thenComparing(Person::getFullName))
                    .orElse(null);
            if (peer != null) {
                load.merge(peer.getId(), 1L, Long::sum);
            }
            lines.add(new SampleLine(c.getId(), c.getReference(), c.getTeam().getName(), c.getTeam().getServiceArea().getName(),
                    c.getLevelOfNeed(), c.getAllocatedWorker() == null ? "" : c.getAllocatedWorker().getFullName(),
                    lead == null ? null : lead.getId(), lead == null ? "" : lead.getFullName(),
                    peer == null ? null : peer.getId(), peer == null ? "" : peer.getFullName()));
        }
        return lines;
    }

    /** The case's worker and everyone above them in line management. */
    private static Set<Long> lineOf(CaseRecord c) {
        Set<Long> line = new HashSet<>();
        for (Person p = c.getAllocatedWorker(); p != null && line.add(p.getId()); p = p.getLineManager()) {
            // walk up the chain; the add() guard stops at a loop
        }
        return line;
    }

    private static void validate(SampleRequest r) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.exclusionMonths() < 0 || r.exclusionMonths() > 24) {
            errors.add("exclusionMonths", "Leave out cases audited in the last 0 to 24 months.");
        }
        r.sizes().forEach((area, size) -> {
            if (size == null || size < 0 || size > 100) {
                errors.add("size." + area, "A sample size is between 0 and 100 cases.");
            }
        });
        errors.throwIfAny();
    }
}
