package org.sightline.workshops.ui;

import org.sightline.kernel.support.ui.FieldErrors;
import org.sightline.kernel.support.ui.FormAction;
import org.sightline.workshops.WorkshopSession;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemes;
import org.sightline.workshops.CatalogueService;
import org.sightline.workshops.Workshop;
import org.sightline.workshops.WorkshopPdfs;
import org.sightline.kernel.people.RoleGroup;

/** The QA team's catalogue: describe workshops, tag their learning themes, and schedule sessions. */
@Route("workshops/catalogue")
@PageTitle("Workshop catalogue | Sightline")
@RolesAllowed(RoleGroup.QA_LEADS_)
public class CatalogueView extends Main {

    final Grid<Workshop> grid = new Grid<>();
    final TextField title = new TextField("Title");
    final TextArea summary = new TextArea("Summary");
    final TextArea topics = new TextArea("Topics");
    final TextArea outcomes = new TextArea("Learning outcomes");
    final TextField audience = new TextField("Audience");
    final TextField facilitators = new TextField("Facilitators");
    final IntegerField duration = new IntegerField("Length (minutes)");
    final MultiSelectComboBox<LearningTheme> themes = new MultiSelectComboBox<>("Learning themes");
    final Button saveWorkshop = new Button("Save the workshop");
    final H2 formTitle = new H2("New workshop");

    final DatePicker date = new DatePicker("Date");
    final TimePicker start = new TimePicker("Start");
    final TimePicker end = new TimePicker("End");
    final TextField venue = new TextField("Venue");
    final TextField onlineLink = new TextField("Online joining link");
    final IntegerField capacity = new IntegerField("Places");
    final DateTimePicker cutoff = new DateTimePicker("Booking closes");
    final ComboBox<Person> facilitator = new ComboBox<>("Facilitator (marks the register)");
    final Button addSession = new Button("Add the session");
    final Div sessionForm = new Div();

    final Paragraph message = new Paragraph();

    private final CatalogueService catalogue;
    private Workshop editing;

    public CatalogueView(CatalogueService catalogue, LearningThemes learningThemes) {
        this.catalogue = catalogue;
        addClassName("page");
        Paragraph purpose = new Paragraph("Describe each workshop and the learning themes it answers, then schedule its sessions. "
                + "Everyone sees the programme and books in Workshops.");
        purpose.addClassName("page-purpose");
        Button create = new Button("New workshop", e -> edit(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div header = new Div(new Div(new RouterLink("← Workshops", WorkshopsView.class), new H1("Workshop catalogue"), purpose), create);
        header.addClassName("page-header");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        grid();
        Div workshopActions = new Div(saveWorkshop);
        workshopActions.addClassName("form-actions");
        add(header, grid, formTitle, message, workshopForm(learningThemes), workshopActions, sessionForm());
        edit(null);
    }

    private void grid() {
        grid.addColumn(Workshop::getTitle).setHeader("Workshop").setFlexGrow(3);
        grid.addColumn(w -> WorkshopPdfs.hours(w.getDurationMinutes() / 60.0) + " h").setHeader("Length").setAutoWidth(true);
        grid.addColumn(w -> w.getThemes().stream().map(LearningTheme::getName).sorted().collect(Collectors.joining(", ")))
                .setHeader("Learning themes").setFlexGrow(3);
        grid.addColumn(w -> catalogue.upcomingSessions(w.getId())).setHeader("Sessions to come").setAutoWidth(true);
        grid.addComponentColumn(w -> {
            Button b = new Button("Edit", e -> edit(w));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            b.setAriaLabel("Edit " + w.getTitle());
            return b;
        }).setAutoWidth(true).setKey("edit");
        grid.setAriaLabel("Workshops in the catalogue");
        grid.setAllRowsVisible(true);
        grid.addClassName("wrap-cells");
        grid.setItems(catalogue.all());
    }

    private FormLayout workshopForm(LearningThemes learningThemes) {
        title.setMaxLength(Workshop.TITLE_MAX);
        summary.setMaxLength(Workshop.SUMMARY_MAX);
        topics.setMaxLength(Workshop.LIST_MAX);
        outcomes.setMaxLength(Workshop.LIST_MAX);
        audience.setMaxLength(Workshop.AUDIENCE_MAX);
        facilitators.setMaxLength(Workshop.FACILITATORS_MAX);
        topics.setHelperText("One per line.");
        outcomes.setHelperText("One per line: \"By the end you will be able to …\"");
        themes.setItems(learningThemes.active());
        themes.setItemLabelGenerator(LearningTheme::getName);
        duration.setMin(15);
        duration.setMax(480);
        duration.setStepButtonsVisible(true);
        duration.setStep(15);
        saveWorkshop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveWorkshop.addClickListener(e -> save());
        FormLayout workshopForm = new FormLayout(title, audience, summary, facilitators, topics, outcomes, duration, themes);
        workshopForm.setColspan(summary, 2);
        workshopForm.setMaxWidth("56rem");
        return workshopForm;
    }

    private Div sessionForm() {
        Locale uk = Locale.UK;
        date.setLocale(uk);
        cutoff.setLocale(uk);
        start.setLocale(uk);
        end.setLocale(uk);
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        cutoff.setHelperText("Leave empty for the day before, at the same time.");
        capacity.setMin(1);
        capacity.setMax(500);
        venue.setMaxLength(WorkshopSession.VENUE_MAX);
        onlineLink.setMaxLength(WorkshopSession.ONLINE_LINK_MAX);
        onlineLink.setHelperText("Optional; sent only to people with a place.");
        facilitator.setItems(catalogue.facilitatorCandidates());
        facilitator.setItemLabelGenerator(Person::getFullName);
        addSession.addClickListener(e -> addSession());
        FormLayout sessionFields = new FormLayout(date, start, end, venue, onlineLink, capacity, cutoff, facilitator);
        sessionFields.setMaxWidth("56rem");
        Div sessionActions = new Div(addSession);
        sessionActions.addClassName("form-actions");
        sessionForm.add(new H2("Add a session"), sessionFields, sessionActions);
        return sessionForm;
    }

    void edit(Workshop w) {
        editing = w;
        formTitle.setText(w == null ? "New workshop" : "Edit: " + w.getTitle());
        title.setValue(w == null ? "" : w.getTitle());
        summary.setValue(w == null ? "" : w.getSummary());
        topics.setValue(w == null || w.getTopics() == null ? "" : w.getTopics());
        outcomes.setValue(w == null || w.getOutcomes() == null ? "" : w.getOutcomes());
        audience.setValue(w == null || w.getAudience() == null ? "" : w.getAudience());
        facilitators.setValue(w == null || w.getFacilitators() == null ? "" : w.getFacilitators());
        duration.setValue(w == null ? 120 : w.getDurationMinutes());
        themes.setValue(w == null ? java.util.Set.of() : w.getThemes());
        FieldErrors.clear(workshopFields(), message);
        FieldErrors.clear(sessionFields(), message);
        sessionForm.setVisible(w != null);
        if (w != null) {
            title.focus();
        }
    }

    private Map<String, HasValidation> workshopFields() {
        return Map.of("title", title, "summary", summary, "topics", topics, "outcomes", outcomes, "audience", audience,
                "facilitators", facilitators, "durationMinutes", duration);
    }

    private Map<String, HasValidation> sessionFields() {
        return Map.of("date", date, "start", start, "end", end, "venue", venue, "onlineLink", onlineLink, "capacity", capacity,
                "cutoff", cutoff);
    }

    private void save() {
        FormAction.of("workshop", workshopFields(), message).refreshingOnConflict(() -> grid.setItems(catalogue.all()))
                .get(() -> catalogue.save(editing == null ? null : editing.getId(), editing == null ? 0 : editing.getVersion(),
                        new CatalogueService.WorkshopDraft(title.getValue(), summary.getValue(), topics.getValue(), outcomes.getValue(),
                                audience.getValue(), facilitators.getValue(), duration.getValue(), themes.getValue())))
                .ifPresent(saved -> {
                    FormAction.done("Saved: " + saved.getTitle());
                    grid.setItems(catalogue.all());
                    edit(saved);
                });
    }

    private void addSession() {
        FormAction.of("workshop", sessionFields(), message).get(() -> catalogue.addSession(editing.getId(),
                new CatalogueService.SessionDraft(date.getValue(), start.getValue(), end.getValue(), venue.getValue(), onlineLink.getValue(),
                        capacity.getValue(), cutoff.getValue(), facilitator.getValue() == null ? null : facilitator.getValue().getId())))
                .ifPresent(s -> {
                    FormAction.done("Session added: " + org.sightline.workshops.Times.day(s.getStartsAt()));
                    date.clear();
                    cutoff.clear();
                    grid.setItems(catalogue.all());
                });
    }
}
