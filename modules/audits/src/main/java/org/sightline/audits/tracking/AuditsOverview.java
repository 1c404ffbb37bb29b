package org.sightline.audits.tracking;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sightline.audits.ui.TrackingView;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Case audits in the QA overview: the quarter's final grades, counts only. */
@Component
@Transactional(readOnly = true)
public class AuditsOverview implements OverviewSection {

    private final TrackingRepository tracking;

    AuditsOverview(TrackingRepository tracking) {
        this.tracking = tracking;
    }

    @Override
    public String title() {
        return "Case audits";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return TrackingView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        Map<Grade, Long> grades = grades(quarter);
        long total = grades.values().stream().mapToLong(Long::longValue).sum();
        List<Figure> figures = new java.util.ArrayList<>(List.of(new Figure("Audits completed", String.valueOf(total)),
                new Figure("Good or better", total == 0 ? "No audits" : percentGood(grades) + "%")));
        grades.forEach((g, n) -> figures.add(new Figure(g.label(), String.valueOf(n))));
        // The trend: good or better over this quarter and the three before it.
        var b = ChartSpec.builder(ChartSpec.ChartType.LINE, "Audits graded good or better, last four quarters").axes("Quarter", "Per cent");
        b.series("Good or better (%)", "#0b5563");
        java.util.List<ReportPeriod> quarters = new java.util.ArrayList<>();
        ReportPeriod q = quarter;
        for (int i = 0; i < 4; i++) {
            quarters.addFirst(q);
            q = ReportPeriod.previousQuarter(q.from());
        }
        for (ReportPeriod p : quarters) {
            Map<Grade, Long> g = grades(p);
            b.value("Good or better (%)", p.quarterName(), percentGood(g));
        }
        return new Figures(figures, b.build());
    }

    private Map<Grade, Long> grades(ReportPeriod quarter) {
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0L);
        }
        for (Object[] row : tracking.overall(quarter.from(), quarter.to(), null, null)) {
            if (row[0] instanceof Grade g) {
                grades.put(g, ((Number) row[1]).longValue());
            }
        }
        return grades;
    }

    private static long percentGood(Map<Grade, Long> grades) {
        long total = grades.values().stream().mapToLong(Long::longValue).sum();
        return total == 0 ? 0 : Math.round(100.0 * (grades.get(Grade.OUTSTANDING) + grades.get(Grade.GOOD)) / total);
    }
}
