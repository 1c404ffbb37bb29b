package org.sightline.kernel.overview;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.pdf.ReportPeriod;

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
    }

    String title();

    /** Lower comes first. */
    int order();

    /** The module page the figures link to; the link shows only to those who may open it. */
    Class<? extends Component> link();

    Figures figures(ReportPeriod quarter);
}
