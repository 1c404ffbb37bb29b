package org.sightline.thematic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sightline.kernel.support.Formats;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationQueries;

/** The thematic evaluations the signed-in person may read: all for the QA team and leaders; reported ones for everyone. */
@Route("thematic")
@PageTitle("Thematic evaluations | Sightline")
@PermitAll
public class ThematicView extends Main implements BeforeEnterObserver {

    final Div table = new Div();
    final Button commission = new Button("Commission an evaluation");
    final Span count = new Span();
    private final EvaluationQueries evaluations;

    public ThematicView(EvaluationQueries evaluations) {
        this.evaluations = evaluations;
        addClassName("page");
        Paragraph purpose = new Paragraph("Thematic evaluations look closely at one area of practice, at least four a year, each "
                + "commissioned by a board with terms of reference and reported back with findings and recommendations.");
        purpose.addClassName("page-purpose");
        Div actions = new Div(new RouterLink("Programme for the year", ProgrammeView.class));
        actions.addClassName("page-actions");
        if (evaluations.mayCommission()) {
            commission.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            commission.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(EvaluationView.class,
                    new RouteParameters("evaluationId", "new"))));
            actions.add(commission);
        }
        Div header = new Div(new Div(new H1("Thematic evaluations"), purpose), actions);
        header.addClassName("page-header");
        count.addClassName("count");
        add(header, count, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Evaluation> rows = evaluations.visible();
        // A plain table: each title is a link, and there is no focusable grid cell around it competing as a target.
        com.vaadin.flow.dom.Element t = new com.vaadin.flow.dom.Element("table");
        t.getClassList().add("moderation-table");
        t.setAttribute("id", "thematic-table");
        t.appendChild(new com.vaadin.flow.dom.Element("caption").setText("Thematic evaluations, the latest report date first"));
        com.vaadin.flow.dom.Element head = new com.vaadin.flow.dom.Element("tr");
        for (String h : List.of("Evaluation", "Status", "Lead", "Starts", "Report due")) {
            head.appendChild(new com.vaadin.flow.dom.Element("th").setAttribute("scope", "col").setText(h));
        }
        t.appendChild(new com.vaadin.flow.dom.Element("thead").appendChild(head));
        com.vaadin.flow.dom.Element body = new com.vaadin.flow.dom.Element("tbody");
        for (Evaluation e : rows) {
            com.vaadin.flow.dom.Element tr = new com.vaadin.flow.dom.Element("tr");
            com.vaadin.flow.dom.Element name = new com.vaadin.flow.dom.Element("th").setAttribute("scope", "row");
            name.appendChild(new com.vaadin.flow.dom.Element("a").setAttribute("router-link", "").setAttribute("href", "thematic/" + e.getId()).setText(e.getTitle()));
            tr.appendChild(name);
            tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(e.getStatus().label()));
            tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(e.getLead() == null ? "" : e.getLead().getFullName()));
            tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(e.getStartOn() == null ? "" : Formats.date(e.getStartOn())));
            tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(e.getReportDueOn() == null ? "" : Formats.date(e.getReportDueOn())));
            body.appendChild(tr);
        }
        t.appendChild(body);
        table.removeAll();
        table.getElement().removeAllChildren();
        table.getElement().appendChild(t);
        count.setText(rows.size() == 1 ? "1 evaluation" : rows.size() + " evaluations");
    }
}
