package org.sightline.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ui.FiguresTable;
import org.sightline.kernel.support.ui.QuarterSelect;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The quarter at a glance, from whichever modules are present: each contributes aggregate
 * figures and a chart, and a link to its own page that shows only to those who may open it.
 */
@Route("overview")
@PageTitle("QA overview | Sightline")
@RolesAllowed({Role.DIRECTOR_, Role.ASSISTANT_DIRECTOR_, Role.HEAD_OF_SERVICE_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.QA_OFFICER_,
        Role.BOARD_MEMBER_})
public class OverviewView extends Main {

    final QuarterSelect quarter;
    final Div content = new Div();
    private final List<OverviewSection> sections;
    private final NavigationMenu menu;

    public OverviewView(ObjectProvider<OverviewSection> sections, NavigationMenu menu, Clock clock) {
        this.sections = sections.orderedStream().sorted(Comparator.comparingInt(OverviewSection::order)).toList();
        this.menu = menu;
        addClassName("page");
        quarter = new QuarterSelect(LocalDate.now(clock), 6, 1);
        quarter.addValueChangeListener(e -> show());
        Paragraph purpose = new Paragraph("The quality of practice this quarter, from each part of the QA programme in use. "
                + "Figures only: no names and no case detail.");
        purpose.addClassName("page-purpose");
        Div filters = new Div(quarter);
        filters.addClassName("filters");
        add(new H1("QA overview"), purpose, filters, content);
        show();
    }

    private void show() {
        content.removeAll();
        for (OverviewSection s : sections) {
            OverviewSection.Figures f = s.figures(quarter.getValue());
            Div box = new Div();
            box.addClassName("criterion");
            box.add(new H2(s.title()));
            box.add(FiguresTable.keyFigures(f.figures().stream().map(x -> FiguresTable.keyFigure(x.value(), x.label()))
                    .toArray(com.vaadin.flow.component.Component[]::new)));
            if (f.chart() != null && !f.chart().isEmpty()) {
                box.add(new ChartView(f.chart()));
            }
            if (menu.mayOpen(s.link())) {
                box.add(new RouterLink("Open " + s.title().toLowerCase(), s.link()));
            }
            content.add(box);
        }
    }

    List<String> sectionTitles() {
        return sections.stream().map(OverviewSection::title).toList();
    }
}
