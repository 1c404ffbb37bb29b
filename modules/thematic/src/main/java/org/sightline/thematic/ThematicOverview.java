package org.sightline.thematic;

import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.thematic.ui.ThematicView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Thematic evaluations in the QA overview: where each stands, and the year against the four expected. */
@Component
@Transactional(readOnly = true)
public class ThematicOverview implements OverviewSection {

    private final EvaluationRepository evaluations;

    ThematicOverview(EvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String title() {
        return "Thematic evaluations";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return ThematicView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        List<Evaluation> all = evaluations.findAll();
        // The programme expects four a year, and the council's year runs from April.
        ReportPeriod year = ReportPeriod.financialYearOf(quarter.from());
        long reportedThisYear = all.stream().filter(e -> e.getReportedAt() != null
                && year.contains(LocalDate.ofInstant(e.getReportedAt(), Formats.UK))).count();
        long inProgress = all.stream().filter(e -> e.getStatus() == EvaluationStatus.FIELDWORK || e.getStatus() == EvaluationStatus.MODERATION).count();
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "Thematic evaluations by stage").axes("Stage", "Evaluations");
        b.series("Evaluations", "#0b5563");
        for (EvaluationStatus s : EvaluationStatus.values()) {
            b.value("Evaluations", s.label(), all.stream().filter(e -> e.getStatus() == s).count());
        }
        return new Figures(List.of(new Figure("Reported in " + ReportPeriod.financialYearName(year.from().getYear()), reportedThisYear + " of the 4 expected"),
                new Figure("In fieldwork or moderation", String.valueOf(inProgress))), b.build());
    }
}
