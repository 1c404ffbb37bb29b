package org.sightline.supervision;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.supervision.ui.HomePanels;
import org.sightline.supervision.ui.SupervisionView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class SupervisionModule implements SightlineModule {

    private final ObjectProvider<ChainService> chain;
    private final ObjectProvider<SupervisionService> audits;
    private final ObjectProvider<SupervisionDemoData> demoData;
    private final ObjectProvider<SupervisionPdfs> pdfs;

    public SupervisionModule(ObjectProvider<ChainService> chain, ObjectProvider<SupervisionService> audits,
                             ObjectProvider<SupervisionDemoData> demoData, ObjectProvider<SupervisionPdfs> pdfs) {
        this.chain = chain;
        this.audits = audits;
        this.demoData = demoData;
        this.pdfs = pdfs;
    }

    @Override
    public List<org.sightline.kernel.pdf.PdfExporter> pdfExporters() {
        return List.of(pdfs.getObject());
    }

    @Override
    public String id() {
        return "supervision";
    }

    @Override
    public String name() {
        return "Supervision audits";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Supervision audits", VaadinIcon.USER_CHECK, SupervisionView.class, NavGroup.QUALITY_ASSURANCE, 30),
                new NavEntry("Supervision audit chain", VaadinIcon.SITEMAP, org.sightline.supervision.ui.ChainRulesView.class,
                        NavGroup.ADMINISTRATION, 56));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new HomePanels.Owed(chain.getObject()), new HomePanels.AwaitingAcknowledgement(audits.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/supervision.xml");
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(demoData.getObject());
    }
}
