package org.sightline.supervision;

import java.util.List;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Cadence;
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
        var rows = chain.all();
        long upToDate = rows.stream().filter(r -> r.status() == Cadence.Status.UP_TO_DATE).count();
        long overdue = rows.stream().filter(r -> r.status() == Cadence.Status.OVERDUE).count();
        long inQuarter = audits.countByCompletedOnBetween(quarter.from(), quarter.to());
        // Compliance is a state, not a count: it is as of today whichever quarter is chosen, and says so.
        return new Figures(List.of(new Figure("Audits completed in the quarter", String.valueOf(inQuarter)),
                new Figure("Up to date today", rows.isEmpty() ? "None expected" : Math.round(100.0 * upToDate / rows.size()) + "%"),
                new Figure("Overdue today", String.valueOf(overdue))), null);
    }
}
