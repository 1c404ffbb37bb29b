package org.sightline.complaints;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.complaints.ui.BulletinsView;
import org.sightline.complaints.ui.CategoriesView;
import org.sightline.complaints.ui.ComplaintsView;
import org.sightline.complaints.ui.ComplimentsView;
import org.sightline.complaints.ui.FiguresView;
import org.sightline.complaints.ui.HomePanels;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.pdf.PdfExporter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class ComplaintsModule implements SightlineModule {

    private final ObjectProvider<ComplaintQueries> complaints;
    private final ObjectProvider<BulletinService> bulletins;
    private final ObjectProvider<ComplaintPdfs> reportPdf;
    private final ObjectProvider<BulletinPdfs> bulletinPdf;
    private final ObjectProvider<ComplaintsDemoData> demoData;

    public ComplaintsModule(ObjectProvider<ComplaintQueries> complaints, ObjectProvider<BulletinService> bulletins,
                            ObjectProvider<ComplaintPdfs> reportPdf, ObjectProvider<BulletinPdfs> bulletinPdf,
                            ObjectProvider<ComplaintsDemoData> demoData) {
        this.complaints = complaints;
        this.bulletins = bulletins;
        this.reportPdf = reportPdf;
        this.bulletinPdf = bulletinPdf;
        this.demoData = demoData;
    }

    @Override
    public String id() {
        return "complaints";
    }

    @Override
    public String name() {
        return "Complaints, compliments and learning bulletins";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Complaints", VaadinIcon.COMMENT_ELLIPSIS_O, ComplaintsView.class, NavGroup.FEEDBACK_AND_LEARNING, 10),
                new NavEntry("Complaints figures", VaadinIcon.BAR_CHART, FiguresView.class, NavGroup.FEEDBACK_AND_LEARNING, 11),
                new NavEntry("Compliments", VaadinIcon.HEART_O, ComplimentsView.class, NavGroup.FEEDBACK_AND_LEARNING, 12),
                new NavEntry("Learning bulletins", VaadinIcon.NEWSPAPER, BulletinsView.class, NavGroup.FEEDBACK_AND_LEARNING, 5),
                new NavEntry("Complaint categories", VaadinIcon.TAGS, CategoriesView.class, NavGroup.ADMINISTRATION, 60));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new HomePanels.MySteps(complaints.getObject()), new HomePanels.LatestBulletin(bulletins.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/complaints.xml");
    }

    @Override
    public List<PdfExporter> pdfExporters() {
        return List.of(reportPdf.getObject(), bulletinPdf.getObject());
    }

    @Override
    public List<String> apiPaths() {
        return List.of(IntakeController.PATH);
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(demoData.getObject());
    }
}
