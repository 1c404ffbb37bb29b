package org.sightline.audits.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.audits.template.AuditTemplate;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.audits.template.TemplateService;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;

/**
 * The audit template: its domains and what each grade looks like in them. Publishing makes a
 * new version; audits already started keep the version they began with.
 */
@Route("audits/template")
@PageTitle("Audit template | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class TemplateView extends Main {

    /** The fields for one domain. */
    static final class DomainEditor {
        final TextField name = new TextField("Domain name");
        final Map<Grade, TextArea> descriptors = new EnumMap<>(Grade.class);
        final Div box = new Div();

        DomainEditor(TemplateDomain d) {
            name.setMaxLength(TemplateDomain.NAME_MAX);
            name.setWidthFull();
            box.addClassName("domain");
            box.add(name);
            for (Grade g : Grade.values()) {
                TextArea t = new TextArea("What " + g.label().toLowerCase() + " looks like");
                t.setMaxLength(TemplateDomain.DESCRIPTOR_MAX);
                t.setWidthFull();
                descriptors.put(g, t);
                box.add(t);
            }
            if (d != null) {
                name.setValue(d.getName());
                descriptors.forEach((g, t) -> t.setValue(d.descriptor(g)));
            }
        }

        TemplateDomain value() {
            return new TemplateDomain(name.getValue().strip(), descriptors.get(Grade.OUTSTANDING).getValue(),
                    descriptors.get(Grade.GOOD).getValue(), descriptors.get(Grade.REQUIRES_IMPROVEMENT).getValue(),
                    descriptors.get(Grade.INADEQUATE).getValue());
        }
    }

    final List<DomainEditor> editors = new ArrayList<>();
    final Div domains = new Div();
    final Paragraph version = new Paragraph();
    final Paragraph formError = new Paragraph();
    final Button publish = new Button("Publish as a new version");
    private final TemplateService templates;

    public TemplateView(TemplateService templates) {
        this.templates = templates;
        addClassName("page");
        Paragraph purpose = new Paragraph("The domains auditors grade and the descriptors shown beside each grade. "
                + "Publishing creates a new version for audits allocated from now on; audits already allocated keep theirs.");
        purpose.addClassName("page-purpose");
        add(new Div(new H1("Audit template"), purpose), version);
        AuditTemplate current = templates.current();
        version.setText("Current: version " + current.getNumber() + ", published " + Formats.dateTime(current.getPublishedAt())
                + " by " + current.getPublishedBy() + ".");
        current.getDomains().forEach(this::addEditor);
        Button addDomain = new Button("Add a domain", VaadinIcon.PLUS.create(), e -> addEditor(null));
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> Confirm.ask("Publish a new version of the audit template?",
                "Audits allocated from now on use it; audits already allocated keep the version they started with. A published "
                        + "version cannot be changed; a change is another new version.", "Publish", this::publish));
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        Div actions = new Div(publish);
        actions.addClassName("form-actions");
        add(new H2("Domains"), domains, addDomain, formError, actions);
    }

    private void addEditor(TemplateDomain d) {
        DomainEditor e = new DomainEditor(d);
        Button remove = new Button("Remove this domain", ev -> {
            editors.remove(e);
            domains.remove(e.box);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        e.box.add(remove);
        editors.add(e);
        domains.add(e.box);
    }

    void publish() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < editors.size(); i++) {
            DomainEditor e = editors.get(i);
            fields.put("domain." + i + ".name", e.name);
            for (Grade g : Grade.values()) {
                fields.put("domain." + i + "." + g.name(), e.descriptors.get(g));
            }
        }
        FormAction.of("template", fields, formError).get(() -> templates.publish(editors.stream().map(DomainEditor::value).toList()))
                .ifPresent(t -> {
                    version.setText("Current: version " + t.getNumber() + ", published " + Formats.dateTime(t.getPublishedAt())
                            + " by " + t.getPublishedBy() + ".");
                    FormAction.done("Published version " + t.getNumber() + ".");
                });
    }
}
