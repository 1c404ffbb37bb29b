package org.sightline.app.admin;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonDetails;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;

/**
 * Create or edit one person at {@code /admin/people/new} or {@code /admin/people/{id}}. The
 * service checks every rule; its messages appear beside the field, and what was typed stays.
 */
@Route("admin/people/:id")
@PageTitle("Person | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class PersonView extends Main implements BeforeEnterObserver {

    final TextField fullName = new TextField("Full name");
    final EmailField email = new EmailField("Email");
    final TextField jobTitle = new TextField("Job title");
    // A multi-select combo box rather than a checkbox group: the group's invalid state sets
    // aria-invalid on role="group", which axe rightly reports.
    final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>("Roles");
    final ComboBox<Team> team = new ComboBox<>("Team");
    final ComboBox<Person> lineManager = new ComboBox<>("Line manager");
    final Checkbox active = new Checkbox("Active (can sign in and be allocated work)");
    final Checkbox asye = new Checkbox("In the ASYE (newly qualified social worker)");
    final Button save = new Button("Save person");
    final Paragraph formError = new Paragraph();
    private final H1 title = new H1();
    private final Binder<PersonDetails> binder = new Binder<>(PersonDetails.class);
    private final Map<String, HasValidation> fieldsByProperty = new LinkedHashMap<>();
    private final PeopleService people;
    private PersonDetails details;

    public PersonView(PeopleService people, TeamService teams) {
        this.people = people;
        addClassName("page");

        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(Person.NAME_MAX);
        email.setMaxLength(Person.EMAIL_MAX);
        jobTitle.setMaxLength(Person.JOB_TITLE_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("Their council email address; it must be unique");
        email.setErrorMessage("Enter an email address like name@council.gov.uk");
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Role::label);
        roles.setRequiredIndicatorVisible(true);
        roles.setHelperText("Everything this person does in Sightline; most people have one role");
        team.setItems(teams.activeTeams());
        team.setItemLabelGenerator(t -> t.getName() + " (" + t.getServiceArea().getName() + ")");
        team.setHelperText("Board members and administrators may have no team");
        team.setClearButtonVisible(true);
        lineManager.setItems(people.activePeople());
        lineManager.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : ", " + p.getJobTitle()));
        lineManager.setClearButtonVisible(true);

        binder.forField(fullName).bind(PersonDetails::getFullName, PersonDetails::setFullName);
        binder.forField(email).bind(PersonDetails::getEmail, PersonDetails::setEmail);
        binder.forField(jobTitle).bind(PersonDetails::getJobTitle, PersonDetails::setJobTitle);
        binder.forField(roles).bind(PersonDetails::getRoles, (d, v) -> d.setRoles(v.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(v)));
        binder.forField(team).bind(PersonDetails::getTeam, PersonDetails::setTeam);
        binder.forField(lineManager).bind(PersonDetails::getLineManager, PersonDetails::setLineManager);
        binder.forField(active).bind(PersonDetails::isActive, PersonDetails::setActive);
        binder.forField(asye).bind(PersonDetails::isAsye, PersonDetails::setAsye);
        fieldsByProperty.put("fullName", fullName);
        fieldsByProperty.put("email", email);
        fieldsByProperty.put("jobTitle", jobTitle);
        fieldsByProperty.put("roles", roles);
        fieldsByProperty.put("team", team);
        fieldsByProperty.put("lineManager", lineManager);

        FormLayout form = new FormLayout(fullName, email, jobTitle, team, lineManager, roles, active, asye);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("Back to people", e -> getUI().ifPresent(ui -> ui.navigate(PeopleView.class)));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("form-actions");

        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");

        add(new RouterLink("← People", PeopleView.class), title, formError, form, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if (id.equals("new")) {
            details = new PersonDetails();
            title.setText("Add a person");
        } else {
            try {
                details = people.details(Long.parseLong(id));
            } catch (NumberFormatException | java.util.NoSuchElementException e) {
                throw new NotFoundException();
            }
            title.setText(details.getFullName());
        }
        binder.readBean(details);
    }

    void save() {
        PersonDetails edited = details;
        binder.writeBeanAsDraft(edited, true);
        FormAction.of("person", fieldsByProperty, formError).get(() -> people.save(edited)).ifPresent(saved -> {
            FormAction.done(saved.getFullName() + " saved");
            getUI().ifPresent(ui -> ui.navigate(PeopleView.class));
        });
    }
}
