package org.sightline.kernel.actions;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.actions.ui.ActionsView;
import org.sightline.kernel.actions.ui.MyActionsPanel;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.notifications.ui.NotificationsView;
import org.sightline.kernel.pdf.PdfExporter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The kernel's shared services, contributed through the same contract as any module: the
 * action tracker, the notification centre and the actions report. Tables come from the
 * kernel's own changelog.
 */
@Component
public class ActionsModule implements SightlineModule {

    private final ObjectProvider<ActionService> actions;
    private final ObjectProvider<ActionsReport> report;
    private final ObjectProvider<ActionsDemoData> demo;

    public ActionsModule(ObjectProvider<ActionService> actions, ObjectProvider<ActionsReport> report,
                         ObjectProvider<ActionsDemoData> demo) {
        this.actions = actions;
        this.report = report;
        this.demo = demo;
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(directory -> demo.getObject().load(directory));
    }

    @Override
    public String id() {
        return "actions";
    }

    @Override
    public String name() {
        return "Actions and notifications";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(
                new NavEntry("Actions", VaadinIcon.CHECK_SQUARE_O, ActionsView.class, NavGroup.MY_WORK, 20),
                new NavEntry("Notifications", VaadinIcon.BELL_O, NotificationsView.class, NavGroup.MY_WORK, 90));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new MyActionsPanel(actions.getObject()));
    }

    @Override
    public List<PdfExporter> pdfExporters() {
        return List.of(report.getObject());
    }

    @Override
    public Optional<String> changelog() {
        return Optional.empty();
    }
}
