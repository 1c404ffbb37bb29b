package org.sightline.workshops.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.people.Role;
import org.sightline.workshops.WorkshopService;
import org.sightline.workshops.WorkshopSession;

/** The programme of upcoming workshop sessions. */
@Route("workshops")
@PageTitle("Workshops | Sightline")
@RolesAllowed({Role.PRACTITIONER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_,
        Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.QA_OFFICER_, Role.ADMINISTRATOR_})
public class WorkshopsView extends Main {

    final Grid<WorkshopSession> grid = new Grid<>();

    public WorkshopsView(WorkshopService workshops) {
        addClassName("page");
        Paragraph purpose = new Paragraph("Learning workshops that respond to what audits, observations and complaints tell us.");
        purpose.addClassName("page-purpose");
        Div header = new Div(new Div(new H1("Workshops"), purpose));
        header.addClassName("page-header");

        long n = workshops.countUpcoming();
        Span count = new Span(n == 1 ? "1 upcoming session" : n + " upcoming sessions");
        count.addClassName("count");

        grid.addColumn(s -> s.getWorkshop().getTitle()).setHeader("Workshop").setFlexGrow(3);
        grid.addColumn(s -> Times.day(s.getStartsAt())).setHeader("Date").setAutoWidth(true);
        grid.addColumn(s -> Times.span(s.getStartsAt(), s.getEndsAt())).setHeader("Time").setAutoWidth(true);
        grid.addColumn(WorkshopSession::getVenue).setHeader("Venue").setFlexGrow(2);
        grid.addColumn(WorkshopSession::getCapacity).setHeader("Places").setFlexGrow(0).setWidth("7em");
        grid.setItems(q -> workshops.upcoming(VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
        grid.setAriaLabel("Upcoming workshop sessions");
        grid.addClassName("records");
        if (n == 0) {
            Paragraph empty = new Paragraph("No sessions are scheduled yet. The QA team publishes the programme each quarter.");
            empty.addClassName("empty-state");
            add(header, empty);
        } else {
            add(header, count, grid);
        }
    }
}
