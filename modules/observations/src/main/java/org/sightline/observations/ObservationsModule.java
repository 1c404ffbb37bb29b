package org.sightline.observations;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.observations.ui.ComplianceView;
import org.sightline.observations.ui.HomePanels;
import org.sightline.observations.ui.ObservationsView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class ObservationsModule implements SightlineModule {

    private final ObjectProvider<ObservationService> observations;
    private final ObjectProvider<ComplianceService> compliance;
    private final ObjectProvider<ObservationPdfs> pdfs;
    private final ObjectProvider<ObservationsDemoData> demoData;

    public ObservationsModule(ObjectProvider<ObservationService> observations, ObjectProvider<ComplianceService> compliance,
                              ObjectProvider<ObservationPdfs> pdfs, ObjectProvider<ObservationsDemoData> demoData) {
        this.observations = observations;
        this.compliance = compliance;
        this.pdfs = pdfs;
        this.demoData = demoData;
    }

    @Override
    public String id() {
        return "observations";
    }

    @Override
    public String name() {
        return "Practice observations";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Observations", VaadinIcon.EYE, ObservationsView.class, NavGroup.QUALITY_ASSURANCE, 20),
                new NavEntry("Observations due", VaadinIcon.CALENDAR_CLOCK, ComplianceView.class, NavGroup.QUALITY_ASSURANCE, 21),
                new NavEntry("Observation cadence", VaadinIcon.TIMER, org.sightline.observations.ui.CadenceRulesView.class,
                        NavGroup.ADMINISTRATION, 55));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new HomePanels.Due(compliance.getObject()), new HomePanels.AwaitingReflection(observations.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/observations.xml");
    }

    @Override
    public List<PdfExporter> pdfExporters() {
        return List.of(pdfs.getObject());
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(demoData.getObject());
    }
}
