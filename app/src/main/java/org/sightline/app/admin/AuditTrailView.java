package org.sightline.app.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.audit.AuditAction;
import org.sightline.kernel.audit.AuditEntry;
import org.sightline.kernel.audit.AuditSearch;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;

/** The administrator's search of the audit trail. Read-only: there is nothing to edit or delete. */
@Route("admin/audit-trail")
@PageTitle("Audit trail | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class AuditTrailView extends Main {

    final TextField person = new TextField("Person (user name)");
    final Select<String> recordType = new Select<>();
    final TextField recordId = new TextField("Record");
    final Select<AuditAction> action = new Select<>();
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>();
    final Span count = new Span();
    private final AuditTrail audit;

    public AuditTrailView(AuditTrail audit) {
        this.audit = audit;
        addClassName("page");
        Paragraph purpose = new Paragraph("Every change, every view of a child's details, every PDF export and every "
                + "sign-in: who, when, what and which record. Entries cannot be changed or deleted.");
        purpose.addClassName("page-purpose");

        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        recordType.setLabel("Record type");
        recordType.setItems(audit.recordTypes());
        recordType.setEmptySelectionAllowed(true);
        recordType.setEmptySelectionCaption("Any");
        recordId.setValueChangeMode(ValueChangeMode.LAZY);
        recordId.setClearButtonVisible(true);
        recordId.setHelperText("Id or reference, e.g. C-10432");
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "Any" : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any");
        for (DatePicker d : new DatePicker[] {from, to}) {
            d.setLocale(java.util.Locale.UK);
            d.setClearButtonVisible(true);
            d.addValueChangeListener(e -> refresh());
        }
        to.addValueChangeListener(e -> validateRange());
        from.addValueChangeListener(e -> validateRange());
        person.addValueChangeListener(e -> refresh());
        recordType.addValueChangeListener(e -> refresh());
        recordId.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        Button clear = new Button("Clear filters", e -> {
            person.clear();
            recordType.clear();
            recordId.clear();
            action.clear();
            from.clear();
            to.clear();
        });
        Div filters = new Div(person, action, recordType, recordId, from, to, clear);
        filters.addClassName("filters");

        grid.addColumn(e -> Formats.dateTime(e.getOccurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(e -> e.getAction().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.getRecordType() == null ? "" : e.getRecordType() + (e.getRecordId() == null ? "" : " " + e.getRecordId()))
                .setHeader("Record").setAutoWidth(true);
        grid.addColumn(AuditEntry::getModule).setHeader("Module").setAutoWidth(true);
        grid.addColumn(AuditEntry::getSummary).setHeader("Detail").setFlexGrow(3);
        grid.setAriaLabel("Audit trail");
        grid.addClassName("records");
        grid.setItems(q -> audit.search(search(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> {
                    long n = audit.search(search(), org.springframework.data.domain.PageRequest.of(0, 1)).getTotalElements();
                    count.setText(n == 1 ? "1 entry" : String.format(java.util.Locale.UK, "%,d entries", n));
                    return (int) Math.min(n, Integer.MAX_VALUE);
                });
        count.addClassName("count");
        count.getElement().setAttribute("role", "status");
        add(new Div(new H1("Audit trail"), purpose), filters, count, grid);
    }

    AuditSearch search() {
        return new AuditSearch(person.getValue(), recordType.getValue(), recordId.getValue(), action.getValue(),
                from.getValue(), to.getValue());
    }

    private void validateRange() {
        boolean bad = from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue());
        to.setInvalid(bad);
        to.setErrorMessage(bad ? "The end date is before the start date." : null);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
