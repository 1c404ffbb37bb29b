package org.sightline.audits.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.audits.audit.Assessment;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.Moderation;
import org.sightline.audits.audit.AuditorRole;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.audits.audit.ModerationDecision;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.security.access.AccessDeniedException;

/**
 * Moderation: both auditors' grades side by side with the differences marked, the final
 * grades, the rationale and the action plan, whose lines go to the action tracker.
 */
@Route("audits/:auditId/moderate")
@PageTitle("Moderate a case audit | Sightline")
@RolesAllowed({Role.DIRECTOR_, Role.ASSISTANT_DIRECTOR_, Role.HEAD_OF_SERVICE_, Role.PRINCIPAL_SOCIAL_WORKER_})
public class ModerationView extends Main implements BeforeEnterObserver {

    final List<Select<Grade>> finalDomains = new ArrayList<>();
    final Select<Grade> finalOverall = gradeSelect("Final overall grade");
    final TextArea rationale = new TextArea("Rationale for the final grades");
    final List<PlanRow> plan = new ArrayList<>();
    final Div planRows = new Div();
    final Paragraph formError = new Paragraph();
    final Button confirm = new Button("Confirm the final grades");
    private final AuditService audits;
    private final Moderation moderation;
    private CaseAudit audit;

    /** One line of the action plan. */
    final class PlanRow {
        final TextField title = new TextField("Action");
        final ComboBox<Person> owner = new ComboBox<>("Owner");
        final DatePicker due = new DatePicker("Due");
        final Div row = new Div();

        PlanRow(List<Person> owners) {
            title.setMaxLength(ActionItem.TITLE_MAX);
            title.setWidth("24rem");
            owner.setItems(owners);
            owner.setItemLabelGenerator(Person::getFullName);
            due.setLocale(java.util.Locale.UK);
            due.setMin(audits.today());
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                plan.remove(this);
                planRows.remove(row);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel("Remove this action");
            row.add(title, owner, due, remove);
            row.addClassName("filters");
        }
    }

    public ModerationView(AuditService audits, Moderation moderation) {
        this.moderation = moderation;
        this.audits = audits;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            audit = audits.open(Long.parseLong(event.getRouteParameters().get("auditId").orElse("")));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        if (!audits.mayModerate(audit)) {
            event.forwardTo(AuditView.class, new RouteParameters("auditId", String.valueOf(audit.getId())));
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        Assessment lead = audit.assessment(AuditorRole.LEAD).orElseThrow();
        Assessment peer = audit.assessment(AuditorRole.PEER).orElseThrow();
        add(new RouterLink("← Case audit " + audit.getCaseRecord().getReference(), AuditView.class,
                        new RouteParameters("auditId", String.valueOf(audit.getId()))),
                new H1("Moderate: case " + audit.getCaseRecord().getReference()),
                new Paragraph(Formats.month(audit.getMonth()) + " · " + audit.getTeam().getName() + " · lead "
                        + lead.getAuditor().getFullName() + ", peer " + peer.getAuditor().getFullName()));
        List<TemplateDomain> domains = audit.getTemplate().getDomains();
        Div tableHolder = new Div();
        tableHolder.getElement().appendChild(sideBySide(domains, lead, peer));
        add(new H2("Side by side"), tableHolder);
        Div both = new Div(ReadOnlyAssessment.of(domains, lead), ReadOnlyAssessment.of(domains, peer));
        both.addClassName("side-by-side");
        add(both);
        finalGrades(domains, lead, peer);
        actionPlan();
    }

    /** The two auditors' grades in one table, with the rows where they differ marked. */
    private static Element sideBySide(List<TemplateDomain> domains, Assessment lead, Assessment peer) {
        Element table = new Element("table");
        table.getClassList().add("moderation-table");
        table.appendChild(new Element("caption").setText("The auditors' grades; rows where they differ are marked"));
        Element head = new Element("tr");
        for (String h : List.of("Domain", "Lead auditor", "Peer auditor", "Difference")) {
            Element th = new Element("th").setText(h);
            th.setAttribute("scope", "col");
            head.appendChild(th);
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int i = 0; i < domains.size(); i++) {
            body.appendChild(row(domains.get(i).getName(), lead.getDomains().get(i).getGrade(), peer.getDomains().get(i).getGrade()));
        }
        body.appendChild(row("Overall", lead.getOverallGrade(), peer.getOverallGrade()));
        table.appendChild(body);
        return table;
    }

    /** A grade per domain and overall, filled where the two auditors agree, and the moderator's rationale. */
    private void finalGrades(List<TemplateDomain> domains, Assessment lead, Assessment peer) {
        add(new H2("Final grades"));
        Div finals = new Div();
        finals.addClassName("filters");
        for (int i = 0; i < domains.size(); i++) {
            Select<Grade> s = gradeSelect(domains.get(i).getName());
            Grade l = lead.getDomains().get(i).getGrade();
            if (l == peer.getDomains().get(i).getGrade()) {
                s.setValue(l);
            }
            finalDomains.add(s);
            finals.add(s);
        }
        if (lead.getOverallGrade() == peer.getOverallGrade()) {
            finalOverall.setValue(lead.getOverallGrade());
        }
        finals.add(finalOverall);
        rationale.setWidthFull();
        rationale.setMaxLength(CaseAudit.RATIONALE_MAX);
        add(finals, rationale);
    }

    private void actionPlan() {
        add(new H2("Action plan"), new Paragraph("Each action goes to its owner's actions, linked to this audit."), planRows);
        List<Person> owners = moderation.actionOwners(audit);
        Button addAction = new Button("Add an action", VaadinIcon.PLUS.create(), e -> {
            PlanRow r = new PlanRow(owners);
            plan.add(r);
            planRows.add(r.row);
        });
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> Confirm.ask("Confirm the final grades for case " + audit.getCaseRecord().getReference() + "?",
                "The audit is complete, the grades are final and both auditors are told. They cannot be changed after this.",
                "Confirm the grades", this::confirm));
        Div actions = new Div(confirm);
        actions.addClassName("form-actions");
        add(addAction, formError, actions);
    }

    private static Element row(String name, Grade lead, Grade peer) {
        Element tr = new Element("tr");
        boolean differs = lead != peer;
        if (differs) {
            tr.getClassList().add("differs");
        }
        Element th = new Element("th").setText(name);
        th.setAttribute("scope", "row");
        tr.appendChild(th, new Element("td").setText(lead == null ? "" : lead.label()),
                new Element("td").setText(peer == null ? "" : peer.label()),
                new Element("td").setText(differs ? "Differs" : "Same"));
        return tr;
    }

    AddedPlan planned() {
        return new AddedPlan(plan.stream().map(r -> new ModerationDecision.PlannedAction(r.title.getValue(),
                r.owner.getValue() == null ? null : r.owner.getValue().getId(), r.due.getValue())).toList());
    }

    record AddedPlan(List<ModerationDecision.PlannedAction> actions) {
    }

    void confirm() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < finalDomains.size(); i++) {
            fields.put("domain." + i, finalDomains.get(i));
        }
        fields.put("overall", finalOverall);
        fields.put("rationale", rationale);
        // An incomplete action ("action.N") has no one field: it goes to the message line.
        boolean done = FormAction.of("audit", fields, formError).run(() -> moderation.moderate(audit.getId(), audit.getVersion(),
                new ModerationDecision(finalDomains.stream().map(Select::getValue).toList(), finalOverall.getValue(), rationale.getValue(),
                        planned().actions())));
        if (done) {
            FormAction.done("Final grades confirmed; the audit is complete.");
            getUI().ifPresent(ui -> ui.navigate(AuditView.class, new RouteParameters("auditId", String.valueOf(audit.getId()))));
        }
    }

    private static Select<Grade> gradeSelect(String label) {
        Select<Grade> s = new Select<>();
        s.setLabel(label);
        s.setItems(Grade.values());
        s.setItemLabelGenerator(g -> g == null ? "" : g.label());
        s.setPlaceholder("Choose");
        return s;
    }
}
