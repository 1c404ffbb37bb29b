package org.sightline.kernel.actions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.actions.ActionFilter;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.ActionStatus;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.springframework.data.domain.Sort;
import org.sightline.kernel.people.RoleGroup;

/** The action tracker: my actions, my team's, everyone's. {@code /actions/42} opens one. */
@Route("actions/:actionId?")
@PageTitle("Actions | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class ActionsView extends Main implements BeforeEnterObserver {

    final RadioButtonGroup<ActionFilter.Scope> scopes = new RadioButtonGroup<>("Show");
    final TextField text = new TextField("Search");
    final Select<ActionStatus> status = new Select<>();
    final Checkbox overdueOnly = new Checkbox("Overdue only");
    final Select<String> source = new Select<>();
    final ComboBox<ServiceArea> service = new ComboBox<>("Service");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final Grid<ActionItem> grid = new Grid<>();
    final Span count = new Span();
    final ChartView chart = new ChartView();
    private final ActionService actions;
    private final LocalDate today;

    public ActionsView(ActionService actions, TeamService teams, CurrentUser currentUser) {
        this.actions = actions;
        this.today = actions.today();
        addClassName("page");

        Div header = new Div(new H1("Actions"), purpose(
                "Actions raised by audits, observations, supervision, complaints and evaluations. Complete each one with "
                        + "evidence of what was done, so the loop is closed."));
        add(header);

        boolean all = scopes(currentUser);
        Div filters = filters(actions, teams, all);
        grid(actions);
        count.addClassName("count");
        count.getElement().setAttribute("role", "status");
        add(scopes, filters, chart, count, grid);
        refreshChart();
    }

    /** Offers the user the scopes their role allows; true when that includes everyone's actions. */
    private boolean scopes(CurrentUser currentUser) {
        // A radio group rather than tabs: it filters one list, it does not switch panels.
        List<ActionFilter.Scope> scopeChoices = new ArrayList<>(List.of(ActionFilter.Scope.MINE));
        if (ActionService.TEAM_ACTIONS.stream().anyMatch(currentUser::hasRole)) {
            scopeChoices.add(ActionFilter.Scope.TEAM);
        }
        boolean all = ActionService.ALL_ACTIONS.stream().anyMatch(currentUser::hasRole);
        if (all) {
            scopeChoices.add(ActionFilter.Scope.ALL);
        }
        scopes.setItems(scopeChoices);
        scopes.setItemLabelGenerator(s -> switch (s) {
            case MINE -> "My actions";
            case TEAM -> "My team";
            case ALL -> "All actions";
        });
        scopes.setValue(ActionFilter.Scope.MINE);
        scopes.setVisible(scopeChoices.size() > 1);
        scopes.addValueChangeListener(e -> refresh());
        return all;
    }

    private Div filters(ActionService actions, TeamService teams, boolean all) {
        text.setPlaceholder("Title or owner");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        status.setLabel("Status");
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setValue(ActionStatus.OPEN);
        source.setLabel("Raised by");
        List<String> modules = new ArrayList<>(actions.sourceModules());
        source.setItems(modules);
        source.setEmptySelectionAllowed(true);
        source.setEmptySelectionCaption("Any module");
        source.setItemLabelGenerator(m -> m == null ? "Any module" : capitalise(m));
        service.setItems(teams.serviceAreas());
        service.setItemLabelGenerator(ServiceArea::getName);
        service.setClearButtonVisible(true);
        team.setItems(teams.allTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setClearButtonVisible(true);
        service.setVisible(all);
        team.setVisible(all);
        text.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        source.addValueChangeListener(e -> refresh());
        service.addValueChangeListener(e -> refresh());
        team.addValueChangeListener(e -> refresh());
        Div filters = new Div(text, status, source, service, team, overdueOnly);
        filters.addClassName("filters");
        return filters;
    }

    private void grid(ActionService actions) {
        grid.addComponentColumn(this::titleCell).setHeader("Action").setFlexGrow(3).setSortable(true).setSortProperty("title");
        grid.addColumn(a -> a.getOwner().getFullName()).setHeader("Owner").setAutoWidth(true);
        grid.addColumn(a -> a.getOwner().getTeam() == null ? "" : a.getOwner().getTeam().getName()).setHeader("Team").setAutoWidth(true);
        grid.addColumn(a -> Formats.date(a.getDueDate())).setHeader("Due").setSortable(true).setSortProperty("dueDate").setAutoWidth(true);
        grid.addComponentColumn(this::statusBadge).setHeader("Status").setAutoWidth(true);
        grid.addColumn(a -> a.getSourceLabel() == null ? capitalise(a.getSourceModule()) : a.getSourceLabel()).setHeader("From").setFlexGrow(2);
        grid.setAriaLabel("Actions");
        grid.addClassName("records");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setItems(q -> actions.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)
                        .withSort(sortOrDefault(VaadinSpringDataHelpers.toSpringDataSort(q)))).stream(),
                q -> {
                    long n = actions.search(filter(), org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
                    count.setText(n == 1 ? "1 action" : n + " actions");
                    return (int) n;
                });
    }

    /** The chart summarises a team's or everyone's actions; for one's own it would say little. */
    private void refreshChart() {
        ActionFilter f = filter();
        chart.setVisible(f.scope() != ActionFilter.Scope.MINE);
        if (chart.isVisible()) {
            chart.show(actions.openByTeamChart(f));
        }
    }

    ActionFilter filter() {
        ActionFilter.Scope scope = scopes.getValue() == null ? ActionFilter.Scope.MINE : scopes.getValue();
        return new ActionFilter(scope, source.getValue(), service.getValue() == null ? null : service.getValue().getId(),
                team.getValue() == null ? null : team.getValue().getId(), status.getValue(), overdueOnly.getValue(), text.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        refreshChart();
    }

    void open(ActionItem item) {
        ActionDialog dialog = new ActionDialog(actions, actions.get(item.getId()), today, this::refresh);
        dialog.open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("actionId").ifPresent(id -> {
            try {
                ActionItem a = actions.get(Long.parseLong(id));
                new ActionDialog(actions, a, today, this::refresh).open();
            } catch (NumberFormatException | org.springframework.security.access.AccessDeniedException e) {
                // A stale or someone else's link: show the list instead.
            } catch (IllegalArgumentException e) {
                // The action no longer exists.
            }
        });
    }

    private Component titleCell(ActionItem a) {
        Span title = new Span(a.getTitle());
        title.addClassName("action-title");
        return title;
    }

    private Component statusBadge(ActionItem a) {
        boolean overdue = a.isOverdue(today);
        Span badge = new Span(overdue ? "Overdue" : a.getStatus().label());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(overdue ? "error" : a.getStatus() == ActionStatus.DONE ? "success" : "contrast");
        return badge;
    }

    private static Sort sortOrDefault(Sort sort) {
        return sort.isSorted() ? sort : Sort.by("dueDate").ascending().and(Sort.by("id"));
    }

    static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Paragraph purpose(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("page-purpose");
        return p;
    }
}
