package org.sightline.workshops;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.workshops.ui.MyBookingsPanel;
import org.sightline.workshops.ui.UpcomingWorkshopsPanel;
import org.sightline.workshops.ui.WorkshopsView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class WorkshopsModule implements SightlineModule {

    private final ObjectProvider<WorkshopService> service;
    private final ObjectProvider<WorkshopsDemoData> demoData;
    private final ObjectProvider<BookingService> bookings;
    private final ObjectProvider<WorkshopExports.Programme> programme;
    private final ObjectProvider<WorkshopExports.Report> report;

    public WorkshopsModule(ObjectProvider<WorkshopService> service, ObjectProvider<WorkshopsDemoData> demoData,
                           ObjectProvider<BookingService> bookings, ObjectProvider<WorkshopExports.Programme> programme,
                           ObjectProvider<WorkshopExports.Report> report) {
        this.service = service;
        this.demoData = demoData;
        this.bookings = bookings;
        this.programme = programme;
        this.report = report;
    }

    @Override
    public List<org.sightline.kernel.pdf.PdfExporter> pdfExporters() {
        return List.of(programme.getObject(), report.getObject());
    }

    @Override
    public List<String> publicPaths() {
        return List.of(CalendarFeeds.PATH + "*.ics");
    }

    @Override
    public String id() {
        return "workshops";
    }

    @Override
    public String name() {
        return "Learning workshops";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Workshops", VaadinIcon.ACADEMY_CAP, WorkshopsView.class, NavGroup.FEEDBACK_AND_LEARNING, 40));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new MyBookingsPanel(bookings.getObject()), new UpcomingWorkshopsPanel(service.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/workshops.xml");
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(demoData.getObject());
    }
}
