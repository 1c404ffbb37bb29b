package org.sightline.thematic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
import org.sightline.thematic.EvaluationService;

/** The thematic evaluations the signed-in person may read: all for the QA team and leaders; reported ones for everyone. */
@Route("thematic")
@PageTitle("Thematic evaluations | Sightline")
@PermitAll
public class ThematicView extends Main implements BeforeEnterObserver {

    final Grid<Evaluation> grid = new Grid<>();
    final Button commission = new Button("Commission an evaluation");
    final Span count = new Span();
    private final EvaluationService evaluations;

    public ThematicView(EvaluationService evaluations) {
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
        grid.addComponentColumn(e -> new RouterLink(e.getTitle(), EvaluationView.class,
                new RouteParameters("evaluationId", String.valueOf(e.getId())))).setHeader("Evaluation").setFlexGrow(4);
        grid.addColumn(e -> e.getStatus().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(e -> e.getLead() == null ? "" : e.getLead().getFullName()).setHeader("Lead").setFlexGrow(2);
        grid.addColumn(e -> e.getStartOn() == null ? "" : Formats.date(e.getStartOn())).setHeader("Starts").setAutoWidth(true);
        grid.addColumn(e -> e.getReportDueOn() == null ? "" : Formats.date(e.getReportDueOn())).setHeader("Report due").setAutoWidth(true);
        grid.setAriaLabel("Thematic evaluations");
        grid.setId("thematic-grid");
        grid.addClassNames("records", "wrap-cells");
        count.addClassName("count");
        add(header, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<Evaluation> rows = evaluations.visible();
        grid.setItems(rows);
        count.setText(rows.size() == 1 ? "1 evaluation" : rows.size() + " evaluations");
    }
}
