package org.sightline.workshops.ui;

import static org.sightline.kernel.support.ui.Facts.fact;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.NarrowScreen;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.workshops.CpdService;
import org.sightline.workshops.WorkshopPdfs;
import org.springframework.security.access.AccessDeniedException;
import org.sightline.kernel.people.RoleGroup;

/** A CPD record of workshops attended: one's own, or (for managers) a team member's. */
@Route("workshops/cpd/:personId?")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class CpdView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<CpdService.Entry> entries = new Grid<>();
    final Grid<CpdService.Summary> team = new Grid<>();
    private final CpdService cpd;
    private final WorkshopPdfs pdfs;
    private final ExportService exports;
    private String title = "CPD record | Sightline";
    CpdService.Record record;

    public CpdView(CpdService cpd, WorkshopPdfs pdfs, ExportService exports) {
        this.cpd = cpd;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var param = event.getRouteParameters().get("personId");
        try {
            record = param.isPresent() ? cpd.forPerson(Long.parseLong(param.get())) : cpd.mine();
        } catch (IllegalArgumentException | java.util.NoSuchElementException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        boolean own = param.isEmpty();
        title = (own ? "My CPD record" : "CPD record: " + record.person().getFullName()) + " | Sightline";
        removeAll();
        // The same view moves from one person's record to another's: its grids start again.
        entries.removeAllColumns();
        team.removeAllColumns();
        add(new RouterLink("← Workshops", WorkshopsView.class));
        add(new H1(own ? "My CPD record" : "CPD record: " + record.person().getFullName()));
        Paragraph purpose = new Paragraph("Workshops attended, with dates and hours, as facilitators recorded them.");
        purpose.addClassName("page-purpose");
        add(purpose, Facts.of(fact("Workshops attended", String.valueOf(record.entries().size())),
                fact("Total hours", WorkshopPdfs.hours(record.totalHours()))));
        showEntries();
        long personId = record.person().getId();
        Anchor pdf = PdfLink.of("Download this CPD record (PDF)", () -> exports.exportDocument("workshops", "CpdRecord", personId,
                pdfs.cpd(own ? cpd.mine() : cpd.forPerson(personId))));
        add(pdf);
        if (own) {
            showTeam(cpd.myTeam());
        }
    }

    private void showEntries() {
        entries.addColumn(e -> Formats.date(e.date())).setHeader("Date").setAutoWidth(true);
        entries.addColumn(CpdService.Entry::workshop).setHeader("Workshop").setFlexGrow(3);
        entries.addColumn(e -> e.attendance().label()).setHeader("Attendance").setAutoWidth(true);
        entries.addColumn(e -> WorkshopPdfs.hours(e.hours())).setHeader("Hours").setAutoWidth(true);
        entries.addColumn(e -> String.join(", ", e.themes())).setHeader("Learning themes").setFlexGrow(3);
        NarrowScreen.cards(entries, "Workshop attended", e -> {
            Span title = new Span(e.workshop());
            title.addClassName("card-title");
            Span line = new Span(Formats.date(e.date()) + " · " + e.attendance().label() + " · " + WorkshopPdfs.hours(e.hours())
                    + (e.themes().isEmpty() ? "" : " · " + String.join(", ", e.themes())));
            line.addClassName("card-line");
            return new Div(title, line);
        });
        entries.setItems(record.entries());
        entries.setAriaLabel("Workshops attended");
        entries.setAllRowsVisible(true);
        entries.addClassName("wrap-cells");
        if (record.entries().isEmpty()) {
            Paragraph none = new Paragraph("No workshop attendance is recorded yet.");
            none.addClassName("empty-state");
            add(none);
        } else {
            add(entries);
        }
    }

    /** A manager's own page also lists their team's CPD, each name a link to that person's record. */
    private void showTeam(List<CpdService.Summary> mine) {
        if (!mine.isEmpty()) {
            add(new H2("My team"));
            team.addComponentColumn(s -> new RouterLink(s.person().getFullName(), CpdView.class,
                    new RouteParameters("personId", String.valueOf(s.person().getId())))).setHeader("Name").setFlexGrow(2);
            team.addColumn(s -> s.person().getTeam() == null ? "" : s.person().getTeam().getName()).setHeader("Team").setFlexGrow(2);
            team.addColumn(CpdService.Summary::sessions).setHeader("Workshops").setAutoWidth(true);
            team.addColumn(s -> WorkshopPdfs.hours(s.hours())).setHeader("Hours").setAutoWidth(true);
            team.addColumn(s -> s.lastAttended() == null ? "None yet" : Formats.date(s.lastAttended())).setHeader("Last attended")
                    .setAutoWidth(true);
            team.setItems(mine);
            team.setAriaLabel("My team's CPD");
            team.setAllRowsVisible(true);
            add(team);
        }
    }
}
