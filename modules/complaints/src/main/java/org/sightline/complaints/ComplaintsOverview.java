package org.sightline.complaints;

import java.util.List;
import org.sightline.complaints.ui.FiguresView;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.stereotype.Component;

/** Complaints and compliments in the QA overview: the quarter's headline figures. */
@Component
public class ComplaintsOverview implements OverviewSection {

    private final ComplaintFigures figures;

    ComplaintsOverview(ComplaintFigures figures) {
        this.figures = figures;
    }

    @Override
    public String title() {
        return "Complaints and compliments";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return FiguresView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        ComplaintFigures.Quarter q = figures.quarter(quarter);
        var h = q.headline();
        return new Figures(List.of(new Figure("Complaints received", String.valueOf(h.received())),
                new Figure("Stage 1 responses on time", h.stage1OnTimePercent() == null ? "None sent" : h.stage1OnTimePercent() + "%"),
                new Figure("Compliments", String.valueOf(h.compliments()))), ComplaintFigures.comparisonChart(q));
    }
}
