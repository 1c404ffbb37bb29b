package org.sightline.supervision;

import java.util.List;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.supervision.ui.SupervisionView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Supervision audits in the QA overview: audits completed in the quarter and the audit chain's compliance today; counts only. */
@Component
@Transactional(readOnly = true)
public class SupervisionOverview implements OverviewSection {

    private final ChainService chain;
    private final SupervisionAuditRepository audits;

    SupervisionOverview(ChainService chain, SupervisionAuditRepository audits) {
        this.chain = chain;
        this.audits = audits;
    }

    @Override
    public String title() {
        return "Supervision audits";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return SupervisionView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        return Figures.countAndComplianceToday("Audits completed in the quarter", audits.countByCompletedOnBetween(quarter.from(), quarter.to()),
                chain.all().stream().map(r -> r.status()).toList());
    }
}
