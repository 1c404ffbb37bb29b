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
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            grades.put(g, 0L);
        }
        for (Object[] row : tracking.overall(quarter.from(), quarter.to(), null, null)) {
            if (row[0] instanceof Grade g) {
                grades.put(g, ((Number) row[1]).longValue());
            }
        }
        long total = grades.values().stream().mapToLong(Long::longValue).sum();
        long good = grades.get(Grade.OUTSTANDING) + grades.get(Grade.GOOD);
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "Final grades of audits completed in the quarter").axes("Grade", "Audits");
        b.series("Audits", "#0b5563");
        grades.forEach((g, n) -> b.value("Audits", g.label(), n));
        return new Figures(List.of(new Figure("Audits completed", String.valueOf(total)),
                new Figure("Good or better", total == 0 ? "No audits" : Math.round(100.0 * good / total) + "%")), b.build());
    }
}
