package org.sightline.complaints.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;

/** The complaint register: every complaint the signed-in person may read, with the next step and whether it is overdue. */
@Route("complaints")
@PageTitle("Complaints | Sightline")
@RolesAllowed({Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_,
        Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_})
public class ComplaintsView extends Main implements BeforeEnterObserver {

    enum Show {
        OPEN("Open"), OVERDUE("With an overdue step"), ALL("All"), CLOSED("Closed");

        final String label;

        Show(String label) {
            this.label = label;
        }
    }

    final Grid<ComplaintQueries.Row> grid = new Grid<>();
    final ComboBox<Show> show = new ComboBox<>("Show");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final TextField search = new TextField("Reference or complainant");
    final Button log = new Button("Log a complaint");
    final Span count = new Span();
    private final ComplaintQueries complaints;
    private List<ComplaintQueries.Row> rows = List.of();

    public ComplaintsView(ComplaintQueries complaints, CurrentUser currentUser) {
        this.complaints = complaints;
        addClassName("page");
        Paragraph purpose = new Paragraph("Stage 1 complaints are investigated by the QA team within 10 working days (20 with the "
                + "complainant's agreement). Steps past their deadline are shown in red and their owners are told each morning.");
        purpose.addClassName("page-purpose");
        Div actions = new Div(new RouterLink("Quarterly figures", FiguresView.class), new RouterLink("Compliments", ComplimentsView.class));
        actions.addClassName("page-actions");
        if (currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.COMPLAINTS_OFFICER)
                || currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)) {
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ComplaintView.class, new RouteParameters("complaintId", "new"))));
            actions.add(log);
        }
        Div header = new Div(new Div(new H1("Complaints"), purpose), actions);
        header.addClassName("page-header");

        show.setItems(Show.values());
        show.setItemLabelGenerator(s -> s.label);
        show.setValue(Show.OPEN);
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        team.setPlaceholder("All teams");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        show.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        Div filters = new Div(show, team, search);
        filters.addClassName("filters");

        // The complainant's kind sits under the reference, so the next step keeps room for one line.
        grid.addComponentColumn(r -> {
            Span who = new Span(r.complaint().getComplainantType().label());
            who.addClassName("cell-note");
            return new Div(new RouterLink(r.complaint().getReference(), ComplaintView.class,
                    new RouteParameters("complaintId", String.valueOf(r.complaint().getId()))), who);
        }).setHeader("Reference and complainant").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.date(r.complaint().getReceivedOn())).setHeader("Received").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.complaint().getTeam() == null ? "" : r.complaint().getTeam().getName()).setHeader("Team").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(r -> r.complaint().getOfficer() == null ? "Not allocated" : r.complaint().getOfficer().getFullName())
                .setHeader("Officer").setWidth("6.5rem").setFlexGrow(1);
        grid.addColumn(r -> r.complaint().statusLabel()).setHeader("Status").setWidth("6rem").setFlexGrow(1);
        grid.addComponentColumn(r -> next(r)).setHeader("Next step").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel("Complaints");
        grid.setId("complaints-grid");
        grid.addClassNames("records", "wrap-cells", "dense");
        count.addClassName("count");
        add(header, filters, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        rows = complaints.visible();
        team.setItems(rows.stream().map(r -> r.complaint().getTeam()).filter(Objects::nonNull).distinct()
                .sorted(java.util.Comparator.comparing(Team::getName)).toList());
        refresh();
    }

    private void refresh() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.UK);
        List<ComplaintQueries.Row> shown = rows.stream()
                .filter(r -> switch (show.getValue() == null ? Show.ALL : show.getValue()) {
                    case OPEN -> r.complaint().isOpen() || r.next() != null;
                    case OVERDUE -> r.overdue();
                    case CLOSED -> !r.complaint().isOpen() && r.next() == null;
                    case ALL -> true;
                })
                .filter(r -> team.getValue() == null || team.getValue().equals(r.complaint().getTeam()))
                .filter(r -> text.isEmpty() || r.complaint().getReference().toLowerCase(Locale.UK).contains(text)
                        || r.complaint().getComplainantName().toLowerCase(Locale.UK).contains(text))
                .toList();
        grid.setItems(shown);
        long overdue = shown.stream().filter(ComplaintQueries.Row::overdue).count();
        count.setText((shown.size() == 1 ? "1 complaint" : shown.size() + " complaints") + (overdue > 0 ? ", " + overdue + " with an overdue step" : ""));
    }

    private static Span next(ComplaintQueries.Row r) {
        Timeline.Entry e = r.next();
        if (e == null) {
            return new Span("None");
        }
        boolean late = e.isOverdue(r.today());
        Span s = new Span(e.step().label() + (late ? " — overdue since " : " — due ") + Formats.date(e.due()));
        s.addClassName("one-line");
        if (late) {
            s.addClassName("error-text");
        }
        return s;
    }
}
