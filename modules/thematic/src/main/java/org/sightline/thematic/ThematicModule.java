package org.sightline.thematic;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.thematic.ui.HomePanels;
import org.sightline.thematic.ui.ProgrammeView;
import org.sightline.thematic.ui.ThematicView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class ThematicModule implements SightlineModule {

    private final ObjectProvider<FieldworkService> fieldwork;
    private final ObjectProvider<ThematicPdfs> pdfs;
    private final ObjectProvider<ThematicDemoData> demoData;

    public ThematicModule(ObjectProvider<FieldworkService> fieldwork, ObjectProvider<ThematicPdfs> pdfs,
                          ObjectProvider<ThematicDemoData> demoData) {
        this.fieldwork = fieldwork;
        this.pdfs = pdfs;
        this.demoData = demoData;
    }

    @Override
    public String id() {
        return "thematic";
    }

    @Override
    public String name() {
        return "Thematic evaluations";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Thematic evaluations", VaadinIcon.SEARCH, ThematicView.class, NavGroup.QUALITY_ASSURANCE, 40),
                new NavEntry("Evaluation programme", VaadinIcon.CALENDAR, ProgrammeView.class, NavGroup.QUALITY_ASSURANCE, 41));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new HomePanels.MyCases(fieldwork.getObject()), new HomePanels.Moderation(fieldwork.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/thematic.xml");
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
