package org.sightline.audits.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.audits.audit.AuditAccess;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.audits.template.TemplateService;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Audit tracking: grade distributions overall, by domain, month, service, team and
 * practitioner; completion against allocation; how often and how far moderation moves grades.
 * QA officers and senior leaders see everything; a service manager their service; a team
 * manager their team.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RoleGroup.HAS_MANAGERS_AND_QA)
public class TrackingService {

    private final TrackingRepository tracking;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.sightline.kernel.people.ServiceAreaScope serviceAreas;

    public TrackingService(TrackingRepository tracking, TemplateService templates, CurrentUser currentUser, Clock clock,
                           org.sightline.kernel.people.ServiceAreaScope serviceAreas) {
        this.serviceAreas = serviceAreas;
        this.tracking = tracking;
        this.templates = templates;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The filter narrowed to what the signed-in person may see. */
    public TrackingFilter scoped(TrackingFilter f) {
        Person me = currentUser.require();
        if (me.getRoles().stream().anyMatch(AuditAccess.ALL::contains)) {
            return f;
        }
        if (me.hasRole(Role.SERVICE_MANAGER)) {
            Set<Long> areas = serviceAreas.managedBy(me);
            // One of their areas at a time: the one asked for if it is theirs, else the first.
            Long area = areas.contains(f.areaId()) ? f.areaId() : areas.stream().findFirst().orElse(-1L);
            return f.within(area, f.teamId());
        }
        if (me.getTeam() == null) {
            return f.within(-1L, -1L);
        }
        return f.within(f.areaId(), me.getTeam().getId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Whether the person may choose any service area and team (otherwise the filter is fixed to theirs). */
    public boolean seesEverything() {
        return currentUser.require().getRoles().stream().anyMatch(AuditAccess.ALL::contains);
    }

    public TrackingFigures figures(TrackingFilter requested) {
        TrackingFilter f = scoped(requested);
        LocalDate to = f.to();
        Map<Grade, Long> overall = grades(tracking.overall(f.from(), to, f.areaId(), f.teamId()));
        long completed = overall.values().stream().mapToLong(Long::longValue).sum();

        ChartSpec.Builder trend = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Final overall grades by month").axes("Month", "Audits");
        for (Grade g : Grade.values()) {
            trend.series(g.label(), g.colour());
        }
        Map<LocalDate, Map<Grade, Long>> months = new TreeMap<>();
        for (LocalDate m = f.from(); !m.isAfter(to); m = m.plusMonths(1)) {
            months.put(m, new EnumMap<>(Grade.class));
        }
        for (Object[] r : tracking.overallByMonth(f.from(), to, f.areaId(), f.teamId())) {
            months.computeIfAbsent((LocalDate) r[0], k -> new EnumMap<>(Grade.class)).put((Grade) r[1], ((Number) r[2]).longValue());
        }
        months.forEach((m, counts) -> {
            for (Grade g : Grade.values()) {
                trend.value(g.label(), Formats.MONTH_SHORT.format(m), counts.getOrDefault(g, 0L));
            }
        });

        List<TemplateDomain> domains = templates.current().getDomains();
        ChartSpec.Builder byDomain = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Final grades by domain").axes("Domain", "Audits");
        for (Grade g : Grade.values()) {
            byDomain.series(g.label(), g.colour());
        }
        Map<Integer, Map<Grade, Long>> domainCounts = new TreeMap<>();
        for (Object[] r : tracking.byDomain(f.from(), to, f.areaId(), f.teamId())) {
            domainCounts.computeIfAbsent(((Number) r[0]).intValue(), k -> new EnumMap<>(Grade.class)).put((Grade) r[1], ((Number) r[2]).longValue());
        }
        for (int i = 0; i < domains.size(); i++) {
            Map<Grade, Long> c = domainCounts.getOrDefault(i, Map.of());
            for (Grade g : Grade.values()) {
                byDomain.value(g.label(), domains.get(i).getName(), c.getOrDefault(g, 0L));
            }
        }

        List<TrackingFigures.CompletionRow> completion = new ArrayList<>();
        long moderated = 0;
        for (Object[] r : tracking.completionByMonth(f.from(), to, f.areaId(), f.teamId(), LocalDate.now(clock))) {
            long mod = num(r[4]);
            moderated += mod;
            completion.add(new TrackingFigures.CompletionRow((LocalDate) r[0], num(r[1]), num(r[2]), num(r[3]), mod));
        }

        return new TrackingFigures(f, overall, completed, trend.build(), byDomain.build(),
                rows(tracking.byService(f.from(), to, f.areaId(), f.teamId())),
                rows(tracking.byTeam(f.from(), to, f.areaId(), f.teamId())),
                rows(tracking.byPractitioner(f.from(), to, f.areaId(), f.teamId())),
                completion, tracking.overdue(f.areaId(), f.teamId(), LocalDate.now(clock)), moderated,
                shifts(tracking.moderationShifts(f.from(), to, f.areaId(), f.teamId())));
    }

    /** Good practice and areas for development, as written by lead auditors, by domain. */
    public record Themes(Map<String, List<String>> goodPractice, Map<String, List<String>> development) {
    }

    public Themes themes(TrackingFilter requested, int perDomain) {
        TrackingFilter f = scoped(requested);
        List<TemplateDomain> domains = templates.current().getDomains();
        Map<String, List<String>> good = new LinkedHashMap<>();
        Map<String, List<String>> dev = new LinkedHashMap<>();
        for (Object[] r : tracking.themes(f.from(), f.to(), f.areaId(), f.teamId(), org.springframework.data.domain.PageRequest.of(0, 600))) {
            int i = ((Number) r[0]).intValue();
            String domain = i < domains.size() ? domains.get(i).getName() : "Domain " + (i + 1);
            add(good, domain, (String) r[1], perDomain);
            add(dev, domain, (String) r[2], perDomain);
        }
        return new Themes(good, dev);
    }

    private static void add(Map<String, List<String>> to, String domain, String text, int max) {
        if (text == null || text.isBlank()) {
            return;
        }
        List<String> list = to.computeIfAbsent(domain, k -> new ArrayList<>());
        if (list.size() < max && !list.contains(text.strip())) {
            list.add(text.strip());
        }
    }

    private static List<TrackingFigures.GradeRow> rows(List<Object[]> raw) {
        Map<String, Map<Grade, Long>> by = new TreeMap<>();
        for (Object[] r : raw) {
            by.computeIfAbsent((String) r[0], k -> new EnumMap<>(Grade.class)).put((Grade) r[1], ((Number) r[2]).longValue());
        }
        List<TrackingFigures.GradeRow> rows = new ArrayList<>();
        by.forEach((name, counts) -> rows.add(new TrackingFigures.GradeRow(name, counts)));
        return rows;
    }

    private static List<TrackingFigures.ShiftRow> shifts(List<Object[]> raw) {
        Map<String, long[]> by = new LinkedHashMap<>(); // moderated, optimistic, pessimistic, sum of steps
        for (Object[] r : raw) {
            Grade own = (Grade) r[1];
            Grade fin = (Grade) r[2];
            long n = num(r[3]);
            long[] s = by.computeIfAbsent((String) r[0], k -> new long[4]);
            s[0] += n;
            if (own != null && fin != null) {
                int steps = fin.ordinal() - own.ordinal(); // positive: the auditor graded better than the final grade
                if (steps > 0) {
                    s[1] += n;
                } else if (steps < 0) {
                    s[2] += n;
                }
                s[3] += (long) steps * n;
            }
        }
        List<TrackingFigures.ShiftRow> rows = new ArrayList<>();
        by.forEach((name, s) -> rows.add(new TrackingFigures.ShiftRow(name, s[0], s[1], s[2], s[0] == 0 ? 0 : (double) s[3] / s[0])));
        rows.sort(Comparator.comparingDouble(TrackingFigures.ShiftRow::meanShift).reversed().thenComparing(TrackingFigures.ShiftRow::auditor));
        return rows;
    }

    private static Map<Grade, Long> grades(List<Object[]> raw) {
        Map<Grade, Long> m = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            m.put(g, 0L);
        }
        for (Object[] r : raw) {
            if (r[0] != null) {
                m.put((Grade) r[0], ((Number) r[1]).longValue());
            }
        }
        return m;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
