package org.sightline.kernel.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.actions.ui.ActionsView;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Actions in the QA overview: open, overdue, and done in the quarter, by the module that raised them. */
@Component
@Transactional(readOnly = true)
public class ActionsOverview implements OverviewSection {

    private final ActionRepository actions;
    private final Clock clock;

    ActionsOverview(ActionRepository actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Actions";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return ActionsView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        LocalDate today = LocalDate.now(clock);
        List<ActionItem> all = actions.findAll();
        long open = all.stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count();
        long overdue = all.stream().filter(a -> a.getStatus() == ActionStatus.OPEN && a.getDueDate() != null && a.getDueDate().isBefore(today)).count();
        var b = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Open actions by where they came from").axes("Raised by", "Actions");
        b.series("On track", "#0b5563").series("Overdue", "#a4262c");
        all.stream().filter(a -> a.getStatus() == ActionStatus.OPEN).map(ActionItem::getSourceModule).distinct().sorted().forEach(m -> {
            b.value("On track", m, all.stream().filter(a -> a.getStatus() == ActionStatus.OPEN && m.equals(a.getSourceModule())
                    && (a.getDueDate() == null || !a.getDueDate().isBefore(today))).count());
            b.value("Overdue", m, all.stream().filter(a -> a.getStatus() == ActionStatus.OPEN && m.equals(a.getSourceModule())
                    && a.getDueDate() != null && a.getDueDate().isBefore(today)).count());
        });
        return new Figures(List.of(new Figure("Open", String.valueOf(open)), new Figure("Overdue", String.valueOf(overdue))), b.build());
    }
}
