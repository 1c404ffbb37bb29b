package org.sightline.kernel.overview;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Cadence;

/**
 * A module's part of the QA overview: a few aggregate figures for the quarter, and a chart.
 * Declared as a bean by the module; the shell's overview page collects whatever is present.
 * Figures only — never names or case detail — since directors and board members read them.
 */
public interface OverviewSection {

    /** One figure, e.g. "Stage 1 responses on time" → "82%". */
    record Figure(String label, String value) {
    }

    /** The figures and an optional chart. */
    record Figures(List<Figure> figures, ChartSpec chart) {

        /**
         * A count for the quarter beside compliance with a cadence. Compliance is a state, not a
         * count, so it is as of today whichever quarter is chosen, and the labels say so.
         */
        public static Figures countAndComplianceToday(String countLabel, long count, List<Cadence.Status> today) {
            long upToDate = today.stream().filter(s -> s == Cadence.Status.UP_TO_DATE).count();
            long overdue = today.stream().filter(s -> s == Cadence.Status.OVERDUE).count();
            return new Figures(List.of(new Figure(countLabel, String.valueOf(count)),
                    new Figure("Up to date today", today.isEmpty() ? "None expected" : Math.round(100.0 * upToDate / today.size()) + "%"),
                    new Figure("Overdue today", String.valueOf(overdue))), null);
        }
    }

    String title();

    /** Lower comes first. */
    int order();

    /** The module page the figures link to; the link shows only to those who may open it. */
    Class<? extends Component> link();

    Figures figures(ReportPeriod quarter);
}
