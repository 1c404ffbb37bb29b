package org.sightline.observations;

import java.util.List;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Cadence;
import org.sightline.observations.ui.ComplianceView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Observations of practice in the QA overview: those carried out in the quarter and compliance with the cadence today; counts only. */
@Component
@Transactional(readOnly = true)
public class ObservationsOverview implements OverviewSection {

    private final ComplianceService compliance;
    private final ObservationRepository observations;

    ObservationsOverview(ComplianceService compliance, ObservationRepository observations) {
        this.compliance = compliance;
        this.observations = observations;
    }

    @Override
    public String title() {
        return "Observations of practice";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return ComplianceView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        var rows = compliance.all();
        long upToDate = rows.stream().filter(r -> r.status() == Cadence.Status.UP_TO_DATE).count();
        long overdue = rows.stream().filter(r -> r.status() == Cadence.Status.OVERDUE).count();
        int inQuarter = observations.carriedOutBetween(quarter.from(), quarter.to()).size();
        // Compliance is a state, not a count: it is as of today whichever quarter is chosen, and says so.
        return new Figures(List.of(new Figure("Observations in the quarter", String.valueOf(inQuarter)),
                new Figure("Up to date today", rows.isEmpty() ? "None expected" : Math.round(100.0 * upToDate / rows.size()) + "%"),
                new Figure("Overdue today", String.valueOf(overdue))), null);
    }
}
