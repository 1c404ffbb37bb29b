package org.sightline.audits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.sightline.audits.audit.AuditAccess;
import org.sightline.audits.audit.AuditScope;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.AuditStatus;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.AccessibleName;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.sightline.kernel.people.RoleGroup;

/** Case audits: what I must complete, what I may see, and the moderation queue. */
@Route("audits")
@PageTitle("Case audits | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class AuditsView extends Main implements BeforeEnterObserver {

    final RadioButtonGroup<AuditScope> scope = new RadioButtonGroup<>("Show");
    final Select<AuditStatus> status = new Select<>();
    final TextField reference = new TextField("Case reference");
    final Grid<CaseAudit> grid = new Grid<>();
    final Span count = new Span();
    private final AuditService audits;

    public AuditsView(AuditService audits, CurrentUser currentUser) {
        this.audits = audits;
        addClassName("page");
        Paragraph purpose = new Paragraph("Each month's sample of cases, audited by the team manager and a peer auditor "
                + "independently. Where their grades differ, a moderator sets the final grades.");
        purpose.addClassName("page-purpose");
        Div actions = new Div();
        actions.addClassName("page-actions");
        if (currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || currentUser.hasRole(Role.ADMINISTRATOR)) {
            actions.add(new Button("Monthly sample", VaadinIcon.RANDOM.create(), e -> getUI().ifPresent(ui -> ui.navigate(SampleView.class))));
        }
        Div header = new Div(new Div(new H1("Case audits"), purpose), actions);
        header.addClassName("page-header");

        List<AuditScope> scopes = new ArrayList<>(List.of(AuditScope.TO_COMPLETE, AuditScope.VISIBLE));
        if (AuditAccess.MODERATORS.stream().anyMatch(currentUser::hasRole)) {
            scopes.add(AuditScope.MODERATION);
        }
        scope.setItems(scopes);
        scope.setItemLabelGenerator(AuditScope::label);
        scope.setValue(AuditScope.VISIBLE);
        status.setLabel("Status");
        status.setItems(AuditStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        reference.setClearButtonVisible(true);
        reference.setValueChangeMode(ValueChangeMode.LAZY);
        scope.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        reference.addValueChangeListener(e -> refresh());
        Div filters = new Div(scope, status, reference);
        filters.addClassName("filters");

        // A link as well as a clickable row: it can be opened in a new tab, and keyboard and screen reader users find it.
        grid.addComponentColumn(a -> new RouterLink(a.getCaseRecord().getReference(), AuditView.class,
                new RouteParameters("auditId", String.valueOf(a.getId())))).setHeader("Case").setAutoWidth(true);
        grid.addColumn(a -> Formats.month(a.getMonth())).setHeader("Month").setSortable(true).setSortProperty("month").setAutoWidth(true);
        // Names and teams wrap, so the status and grade stay in view without scrolling sideways.
        grid.addColumn(a -> a.getTeam().getName()).setHeader("Team").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(a -> a.getLeadAuditor().getFullName()).setHeader("Lead auditor").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(a -> a.getPeerAuditor().getFullName()).setHeader("Peer auditor").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(a -> GradeBadge.of(a.getFinalOverall())).setHeader("Overall grade").setAutoWidth(true);
        grid.setAriaLabel("Case audits");
        grid.addClassNames("records", "wrap-cells");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AuditView.class,
                new RouteParameters("auditId", String.valueOf(e.getItem().getId())))));
        grid.setItems(q -> audits.search(scope.getValue(), status.getValue(), reference.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(q).withSort(sortOrDefault(VaadinSpringDataHelpers.toSpringDataSort(q))))
                        .stream(),
                q -> {
                    long n = audits.search(scope.getValue(), status.getValue(), reference.getValue(), PageRequest.of(0, 1)).getTotalElements();
                    count.setText(n == 1 ? "1 audit" : n + " audits");
                    return (int) n;
                });
        count.addClassName("count");
        count.getElement().setAttribute("role", "status");
        add(header, filters, count, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("show").ifPresent(show -> {
            switch (show) {
                case "to-complete" -> scope.setValue(AuditScope.TO_COMPLETE);
                case "moderation" -> {
                    if (scope.getListDataView().contains(AuditScope.MODERATION)) {
                        scope.setValue(AuditScope.MODERATION);
                    }
                }
                default -> {
                }
            }
        });
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Component statusCell(CaseAudit a) {
        boolean overdue = a.getStatus() != AuditStatus.COMPLETE && a.getStatus() != AuditStatus.AWAITING_MODERATION
                && a.getDueDate().isBefore(audits.today());
        Span s = new Span(overdue ? a.getStatus().label() + " (overdue)" : a.getStatus().label());
        s.getElement().getThemeList().add("badge");
        s.getElement().getThemeList().add(overdue ? "error" : a.getStatus() == AuditStatus.COMPLETE ? "success" : "contrast");
        if (a.getStatus() == AuditStatus.AWAITING_MODERATION && audits.mayModerate(a)) {
            // A moderator goes straight to the work from the register.
            RouterLink moderate = new RouterLink("Moderate", ModerationView.class, new RouteParameters("auditId", String.valueOf(a.getId())));
            AccessibleName.withContext(moderate, "case " + a.getCaseRecord().getReference());
            Div cell = new Div(s, new Span(" "), moderate);
            return cell;
        }
        return s;
    }

    private static Sort sortOrDefault(Sort sort) {
        // Both descending, so the (month, id) index serves the order without a sort.
        return sort.isSorted() ? sort : Sort.by(Sort.Order.desc("month"), Sort.Order.desc("id"));
    }
}
