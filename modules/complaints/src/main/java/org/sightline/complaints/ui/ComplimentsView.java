package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Compliment;
import org.sightline.complaints.ComplimentDraft;
import org.sightline.complaints.ComplimentFrom;
import org.sightline.complaints.ComplimentService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Compliments received, and the form to record one; the staff praised and their managers are told. */
@Route("compliments")
@PageTitle("Compliments | Sightline")
@RolesAllowed({Role.PRACTITIONER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_,
        Role.DIRECTOR_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.ADMINISTRATOR_})
public class ComplimentsView extends Main {

    final Paragraph message = new Paragraph();

    final DatePicker receivedOn = new DatePicker("Date received");
    final ComboBox<ComplimentFrom> fromType = new ComboBox<>("From");
    final TextField fromName = new TextField("Their name (optional, never published)");
    final ComboBox<Category> category = new ComboBox<>("Category");
    final MultiSelectComboBox<Person> staff = new MultiSelectComboBox<>("Staff praised");
    final MultiSelectComboBox<Team> teams = new MultiSelectComboBox<>("Teams praised");
    final TextArea words = new TextArea("The words of the compliment");
    final Checkbox consent = new Checkbox("They agreed that their words can be shared (quoted without their name)");
    final Button save = new Button("Record the compliment");
    final Grid<Compliment> grid = new Grid<>();
    final Span count = new Span();
    private final ComplimentService compliments;

    public ComplimentsView(ComplimentService compliments, Categories categories, TeamService teamService, Clock clock) {
        this.compliments = compliments;
        addClassName("page");
        Paragraph purpose = new Paragraph("Our compliments evidence our good practice. They are shared with the staff member and their "
                + "manager, counted each quarter, and quoted in the learning bulletin when the person agreed.");
        purpose.addClassName("page-purpose");
        Div header = new Div(new Div(new H1("Compliments"), purpose));
        header.addClassName("page-header");
        add(header);
        boolean recorder = compliments.mayRecord();
        if (recorder) {
            add(form(categories, teamService, LocalDate.now(clock)));
        }
        grid(recorder);
        count.addClassName("count");
        add(count, grid);
        refresh();
    }

    /** The form to record a compliment, folded away until opened. */
    private Details form(Categories categories, TeamService teamService, LocalDate today) {
        receivedOn.setLocale(Locale.UK);
        receivedOn.setMax(today);
        receivedOn.setValue(today);
        receivedOn.setRequiredIndicatorVisible(true);
        fromType.setItems(ComplimentFrom.values());
        fromType.setItemLabelGenerator(ComplimentFrom::label);
        fromType.setRequiredIndicatorVisible(true);
        fromName.setMaxLength(Compliment.FROM_NAME_MAX);
        category.setItems(categories.active(CategoryKind.COMPLIMENT));
        category.setItemLabelGenerator(Category::getName);
        category.setRequiredIndicatorVisible(true);
        staff.setItems(compliments.staff());
        staff.setItemLabelGenerator(p -> p.getFullName() + (p.getTeam() == null ? "" : " (" + p.getTeam().getName() + ")"));
        staff.setHelperText("Their teams are added for the figures.");
        teams.setItems(teamService.activeTeams());
        teams.setItemLabelGenerator(Team::getName);
        words.setMaxLength(Compliment.WORDS_MAX);
        words.setMinHeight("6rem");
        words.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(receivedOn, fromType, fromName, category, staff, teams, words, consent);
        form.setColspan(words, 2);
        form.setColspan(consent, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> record());
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        Div buttons = new Div(save);
        buttons.addClassName("form-actions");
        Details details = new Details("Record a compliment", new Div(form, message, buttons));
        details.setOpened(false);
        details.addClassName("criterion");
        return details;
    }

    private void grid(boolean recorder) {
        grid.addColumn(c -> Formats.date(c.getReceivedOn())).setHeader("Received").setAutoWidth(true);
        grid.addColumn(c -> c.getFromType().label()).setHeader("From").setAutoWidth(true);
        grid.addColumn(c -> praised(c)).setHeader("For").setFlexGrow(2);
        grid.addColumn(c -> c.getCategory() == null ? "" : c.getCategory().getName()).setHeader("Category").setFlexGrow(2);
        grid.addColumn(c -> c.getWords()).setHeader("Words").setFlexGrow(5);
        if (recorder) {
            grid.addComponentColumn(c -> {
                Checkbox box = new Checkbox("May be shared", c.isConsentToShare());
                box.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        try {
                            compliments.setConsent(c.getId(), c.getVersion(), e.getValue());
                        } catch (ObjectOptimisticLockingFailureException ex) {
                            Notification.show(FormAction.changedMeanwhileRefreshed("compliment"));
                        }
                        refresh();
                    }
                });
                return box;
            }).setHeader("Consent").setAutoWidth(true);
        } else {
            grid.addColumn(c -> c.isConsentToShare() ? "May be shared" : "Not to be shared").setHeader("Consent").setAutoWidth(true);
        }
        grid.setAriaLabel("Compliments");
        grid.setId("compliments-grid");
        grid.addClassNames("records", "wrap-cells");
    }

    private static String praised(Compliment c) {
        String people = c.getStaff().stream().map(Person::getFullName).sorted().collect(Collectors.joining(", "));
        return people.isEmpty() ? c.getTeams().stream().map(Team::getName).sorted().collect(Collectors.joining(", ")) : people;
    }

    private void refresh() {
        List<Compliment> all = compliments.all();
        grid.setItems(all);
        count.setText(all.size() == 1 ? "1 compliment" : all.size() + " compliments");
    }

    private void record() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("receivedOn", receivedOn, "fromType", fromType, "fromName", fromName,
                "category", category, "staff", staff, "words", words));
        boolean recorded = FormAction.of("compliment", fields, message).run(() -> compliments.record(new ComplimentDraft(
                receivedOn.getValue(), fromType.getValue(), fromName.getValue(), category.getValue() == null ? null : category.getValue().getId(),
                words.getValue(), consent.getValue(), staff.getValue().stream().map(Person::getId).collect(Collectors.toSet()),
                teams.getValue().stream().map(Team::getId).collect(Collectors.toSet()))));
        if (recorded) {
            FormAction.done("Compliment recorded and shared with the staff praised.");
            fromName.clear();
            words.clear();
            staff.clear();
            teams.clear();
            consent.clear();
            refresh();
        }
    }
}
