package org.sightline.observations;

import java.util.List;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
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
        return Figures.countAndComplianceToday("Observations in the quarter", observations.carriedOutBetween(quarter.from(), quarter.to()).size(),
                compliance.all().stream().map(r -> r.status()).toList());
    }
}
