package org.sightline.observations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly summary for the QA team: counts, compliance, themes and good practice. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('QA_OFFICER', 'PRINCIPAL_SOCIAL_WORKER', 'HEAD_OF_SERVICE', 'ASSISTANT_DIRECTOR', 'DIRECTOR', 'ADMINISTRATOR')")
public class ObservationSummary {

    public static final Set<Role> READERS = EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE,
            Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.ADMINISTRATOR);

    /** Text written under one theme: who observed whom, when, and the words. */
    public record Excerpt(Observation observation, String text) {
    }

    public record Figures(ReportPeriod period, int total, Map<String, Map<String, Integer>> byNatureAndService,
                          double complianceRate, int expectations, int overdue,
                          Map<String, List<Excerpt>> strengthsByTheme, Map<String, List<Excerpt>> developmentByTheme,
                          List<Observation> goodPractice) {
    }

    private final ObservationRepository observations;
    private final ComplianceService compliance;

    public ObservationSummary(ObservationRepository observations, ComplianceService compliance) {
        this.observations = observations;
        this.compliance = compliance;
    }

    public Figures figures(ReportPeriod period) {
        List<Observation> list = observations.carriedOutBetween(period.from(), period.to());
        Map<String, Map<String, Integer>> byNature = new LinkedHashMap<>();
        for (NatureOfPractice n : NatureOfPractice.values()) {
            Map<String, Integer> perService = new TreeMap<>();
            list.stream().filter(o -> o.getNature() == n).forEach(o -> perService.merge(service(o), 1, Integer::sum));
            if (!perService.isEmpty()) {
                byNature.put(n.label(), perService);
            }
        }
        List<ComplianceService.Row> rows = compliance.all();
        int overdue = (int) rows.stream().filter(r -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE).count();
        return new Figures(period, list.size(), byNature, ComplianceService.complianceRate(rows), rows.size(), overdue,
                themes(list, true), themes(list, false),
                list.stream().filter(Observation::isGoodPractice).sorted(Comparator.comparing(Observation::getObservedOn)).toList());
    }

    private static Map<String, List<Excerpt>> themes(List<Observation> list, boolean strengths) {
        Map<String, List<Excerpt>> out = new TreeMap<>();
        for (Observation o : list) {
            String text = strengths ? o.getStrengths() : o.getDevelopment();
            if (text == null) {
                continue;
            }
            Set<LearningTheme> tags = strengths ? o.getStrengthThemes() : o.getDevelopmentThemes();
            if (tags.isEmpty()) {
                out.computeIfAbsent("Not tagged", k -> new ArrayList<>()).add(new Excerpt(o, text));
            }
            tags.forEach(t -> out.computeIfAbsent(t.getName(), k -> new ArrayList<>()).add(new Excerpt(o, text)));
        }
        return out;
    }

    /**
     * The excerpts as lines to read, the same words written in several observations shown once
     * with how many, most frequent first.
     */
    public static List<String> lines(List<Excerpt> excerpts, int max) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        excerpts.forEach(e -> counts.merge(e.observation().natureLabel() + ": " + e.text(), 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(max)
                .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (in " + e.getValue() + " observations)").toList();
    }

    static String service(Observation o) {
        return o.getTeam() == null || o.getTeam().getServiceArea() == null ? "No service" : o.getTeam().getServiceArea().getName();
    }

    public static ChartSpec natureChart(Figures f) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Observations by nature of practice and service")
                .axes("Nature of practice", "Observations");
        Set<String> services = new java.util.TreeSet<>();
        f.byNatureAndService().values().forEach(m -> services.addAll(m.keySet()));
        for (String s : services) {
            c.series(s, null);
        }
        f.byNatureAndService().forEach((nature, perService) -> services.forEach(s -> c.value(s, nature, perService.getOrDefault(s, 0))));
        return c.build();
    }

    public static ChartSpec themeChart(Figures f) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.BAR, "Themes tagged in observations")
                .axes("Learning theme", "Observations").series("Strengths", "#2e6b30").series("Areas for development", "#8a5a00");
        Set<String> names = new java.util.TreeSet<>(f.strengthsByTheme().keySet());
        names.addAll(f.developmentByTheme().keySet());
        names.remove("Not tagged");
        for (String n : names) {
            c.value("Strengths", n, f.strengthsByTheme().getOrDefault(n, List.of()).size());
            c.value("Areas for development", n, f.developmentByTheme().getOrDefault(n, List.of()).size());
        }
        return c.build();
    }
}
