package org.sightline.audits;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.audits.audit.AuditFollowUp;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.AuditsDemoData;
import org.sightline.audits.ui.AuditsView;
import org.sightline.audits.ui.HomePanels;
import org.sightline.audits.ui.SampleView;
import org.sightline.audits.ui.TemplateView;
import org.sightline.audits.ui.TrackingView;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.audits.reports.MonthlyManagersBriefing;
import org.sightline.audits.reports.QuarterlyAuditReport;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class AuditsModule implements SightlineModule {

    private final ObjectProvider<AuditService> audits;
    private final ObjectProvider<AuditFollowUp> followUps;
    private final ObjectProvider<AuditsDemoData> demo;
    private final ObjectProvider<QuarterlyAuditReport> quarterly;
    private final ObjectProvider<MonthlyManagersBriefing> briefing;

    public AuditsModule(ObjectProvider<AuditService> audits, ObjectProvider<AuditFollowUp> followUps, ObjectProvider<AuditsDemoData> demo,
                        ObjectProvider<QuarterlyAuditReport> quarterly, ObjectProvider<MonthlyManagersBriefing> briefing) {
        this.audits = audits;
        this.followUps = followUps;
        this.demo = demo;
        this.quarterly = quarterly;
        this.briefing = briefing;
    }

    @Override
    public List<PdfExporter> pdfExporters() {
        return List.of(quarterly.getObject(), briefing.getObject());
    }

    @Override
    public String id() {
        return "audits";
    }

    @Override
    public String name() {
        return "Collaborative case audits";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(
                new NavEntry("Case audits", VaadinIcon.CLIPBOARD_CHECK, AuditsView.class, NavGroup.QUALITY_ASSURANCE, 10),
                new NavEntry("Monthly sample", VaadinIcon.RANDOM, SampleView.class, NavGroup.QUALITY_ASSURANCE, 11),
                new NavEntry("Audit tracking", VaadinIcon.BAR_CHART, TrackingView.class, NavGroup.QUALITY_ASSURANCE, 12),
                new NavEntry("Audit template", VaadinIcon.FILE_TREE, TemplateView.class, NavGroup.ADMINISTRATION, 50));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(HomePanels.toComplete(audits.getObject()), HomePanels.moderationQueue(audits.getObject()),
                HomePanels.inadequateFollowUps(followUps.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/audits.xml");
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(directory -> demo.getObject().load(directory));
    }
}
