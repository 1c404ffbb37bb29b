package org.sightline.observations.ui;

import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.support.ui.RecordRoute;
import static org.sightline.kernel.support.ui.Facts.fact;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemes;
import org.sightline.observations.ObservationAccess;
import org.sightline.observations.NatureOfPractice;
import org.sightline.observations.Observation;
import org.sightline.observations.ObservationDraft;
import org.sightline.observations.ObservationPdfs;
import org.sightline.observations.ObservationService;
import org.sightline.observations.ObservationStatus;
import org.springframework.security.access.AccessDeniedException;
import org.sightline.kernel.people.RoleGroup;

/**
 * One observation: the observer's form while it is a draft; afterwards the record, the
 * practitioner's reflection and acknowledgement, the supervision note and actions.
 */
@Route("observations/:observationId([0-9]+|new)")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class ObservationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<Person> observed = new ComboBox<>("Practitioner observed");
    final DatePicker observedOn = new DatePicker("Date of the observation");
    final TextField caseReference = new TextField("Case reference (optional)");
    final Select<LevelOfNeed> levelOfNeed = new Select<>();
    // A combo box, not a Select: a required Select puts aria-required on a button, which axe rejects.
    final ComboBox<NatureOfPractice> nature = new ComboBox<>("Nature of the practice observed");
    final TextField natureOther = new TextField("What kind of practice?");
    final TextArea strengths = new TextArea("Identified strengths");
    final MultiSelectComboBox<LearningTheme> strengthThemes = new MultiSelectComboBox<>("Themes in the strengths");
    final TextArea development = new TextArea("Areas for development");
    final MultiSelectComboBox<LearningTheme> developmentThemes = new MultiSelectComboBox<>("Themes in the areas for development");
    final TextArea reflections = new TextArea("Reflections with the practitioner");
    final TextArea otherComments = new TextArea("Other comments");
    final Button save = new Button("Save draft");
    final Button share = new Button("Share with the practitioner");
    final Paragraph message = new Paragraph();

    final TextArea reflection = new TextArea("My reflection");
    final Button acknowledge = new Button("Add my reflection and acknowledge");
    final TextArea supervisionNote = new TextArea("Supervision note");
    final Button saveNote = new Button("Save the supervision note");
    final TextField actionTitle = new TextField("Action for the practitioner");
    final DatePicker actionDue = new DatePicker("Due");
    final Button raise = new Button("Raise the action");
    final Checkbox goodPractice = new Checkbox("An example of good practice for the quarterly summary");

    private final ObservationService observations;
    private final LearningThemes themes;
    private final ObservationPdfs pdfs;
    private final ExportService exports;
    private final CurrentUser currentUser;
    Observation observation;
    private String title = "Observation | Sightline";

    public ObservationView(ObservationService observations, LearningThemes themes, ObservationPdfs pdfs, ExportService exports,
                           CurrentUser currentUser) {
        this.observations = observations;
        this.themes = themes;
        this.pdfs = pdfs;
        this.exports = exports;
        this.currentUser = currentUser;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        // Listeners once, here: the page rebuilds its content on every visit and after each step.
        nature.addValueChangeListener(e -> natureOther.setVisible(e.getValue() == NatureOfPractice.OTHER));
        save.addClickListener(e -> submit(false));
        share.addClickListener(e -> {
            String who = observed.getValue() == null ? "the practitioner" : observed.getValue().getFullName();
            Confirm.ask("Share this observation with " + who + "?",
                    who + " is told and can read it, add a reflection and acknowledge it. A shared observation cannot be changed.",
                    "Share", () -> submit(true));
        });
        acknowledge.addClickListener(e -> act(() -> observations.acknowledge(observation.getId(), observation.getVersion(),
                reflection.getValue()), "Thank you: your reflection is added.", Map.of("reflection", reflection)));
        saveNote.addClickListener(e -> act(() -> observations.noteSupervision(observation.getId(), supervisionNote.getValue()),
                "Supervision note saved.", Map.of("supervisionNote", supervisionNote)));
        raise.addClickListener(e -> act(() -> observations.raiseAction(observation.getId(), actionTitle.getValue(), actionDue.getValue()),
                "Action raised; it is in the action tracker.", Map.of("title", actionTitle, "dueDate", actionDue)));
        goodPractice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                observation = observations.markGoodPractice(observation.getId(), e.getValue());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("observationId").orElse("");
        removeAll();
        if (id.equals("new")) {
            if (!currentUser.hasRole(Role.TEAM_MANAGER) && !currentUser.hasRole(Role.SERVICE_MANAGER)
                    && !currentUser.hasRole(Role.HEAD_OF_SERVICE) && !currentUser.hasRole(Role.ASSISTANT_DIRECTOR)
                    && !currentUser.hasRole(Role.DIRECTOR) && !currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            observation = null;
            title = "Record an observation | Sightline";
            buildForm();
            return;
        }
        observation = RecordRoute.load(event, () -> observations.open(Long.parseLong(id))).orElse(null);
        if (observation == null) {
            return;
        }
        title = "Observation of " + observation.getObserved().getFullName() + " | Sightline";
        if (observation.getStatus() == ObservationStatus.DRAFT) {
            buildForm();
        } else {
            buildRecord();
        }
    }

    private void buildForm() {
        add(new RouterLink("← Observations", ObservationsView.class),
                new H1(observation == null ? "Record an observation" : "Observation of " + observation.getObserved().getFullName()));
        Paragraph purpose = new Paragraph("Save a draft as you go; only you can see it. Share it when it is ready: the practitioner "
                + "is told, reads it and adds their own reflection.");
        purpose.addClassName("page-purpose");
        add(purpose, message);
        configureForm();
        if (observation != null) {
            fill(observation);
        }
        FormLayout form = new FormLayout(observed, observedOn, nature, natureOther, caseReference, levelOfNeed, strengths, strengthThemes,
                development, developmentThemes, reflections, otherComments);
        for (var wide : new com.vaadin.flow.component.Component[] {strengths, strengthThemes, development, developmentThemes, reflections,
                otherComments}) {
            form.setColspan(wide, 2);
        }
        form.setMaxWidth("60rem");
        share.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, share);
        buttons.addClassName("form-actions");
        add(form, buttons);
    }

    private void configureForm() {
        observed.setItems(observations.observable());
        observed.setItemLabelGenerator(p -> p.getFullName() + (p.getTeam() == null ? "" : " (" + p.getTeam().getName() + ")"));
        observed.setRequiredIndicatorVisible(true);
        observedOn.setLocale(Locale.UK);
        observedOn.setMax(observations.today());
        observedOn.setRequiredIndicatorVisible(true);
        observedOn.setHelperText("The day you observed the practice; not in the future.");
        caseReference.setMaxLength(org.sightline.kernel.cases.CaseRecord.REFERENCE_MAX);
        levelOfNeed.setLabel("Level of need (optional)");
        levelOfNeed.setItems(LevelOfNeed.values());
        levelOfNeed.setItemLabelGenerator(l -> l == null ? "Not recorded" : l.label());
        levelOfNeed.setEmptySelectionAllowed(true);
        levelOfNeed.setEmptySelectionCaption("Not recorded");
        nature.setItems(NatureOfPractice.values());
        nature.setItemLabelGenerator(NatureOfPractice::label);
        nature.setRequiredIndicatorVisible(true);
        natureOther.setVisible(nature.getValue() == NatureOfPractice.OTHER);
        natureOther.setMaxLength(Observation.NATURE_OTHER_MAX);
        for (TextArea area : new TextArea[] {strengths, development, reflections, otherComments}) {
            area.setMaxLength(Observation.TEXT_MAX);
            area.setMinHeight("7rem");
        }
        var active = themes.active();
        for (var t : java.util.List.of(strengthThemes, developmentThemes)) {
            t.setItems(active);
            t.setItemLabelGenerator(LearningTheme::getName);
            t.setHelperText("Tags group what observers see across the service in the quarterly summary.");
        }
    }

    /** The draft as last saved. */
    private void fill(Observation o) {
        observed.setValue(observed.getListDataView().getItems().filter(p -> p.getId().equals(o.getObserved().getId())).findFirst()
                .orElse(null));
        observedOn.setValue(o.getObservedOn());
        caseReference.setValue(o.getCaseRecord() == null ? "" : o.getCaseRecord().getReference());
        levelOfNeed.setValue(o.getLevelOfNeed());
        nature.setValue(o.getNature());
        natureOther.setValue(o.getNatureOther() == null ? "" : o.getNatureOther());
        strengths.setValue(nz(o.getStrengths()));
        development.setValue(nz(o.getDevelopment()));
        reflections.setValue(nz(o.getReflections()));
        otherComments.setValue(nz(o.getOtherComments()));
        strengthThemes.setValue(o.getStrengthThemes());
        developmentThemes.setValue(o.getDevelopmentThemes());
    }

    private void submit(boolean andShare) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("observed", observed, "observedOn", observedOn, "caseReference",
                caseReference, "nature", nature, "natureOther", natureOther, "strengths", strengths, "development", development,
                "reflections", reflections, "otherComments", otherComments));
        ObservationDraft draft = new ObservationDraft(observed.getValue() == null ? null : observed.getValue().getId(),
                observedOn.getValue(), caseReference.getValue(), levelOfNeed.getValue(), nature.getValue(), natureOther.getValue(),
                strengths.getValue(), development.getValue(), reflections.getValue(), otherComments.getValue(),
                strengthThemes.getValue(), developmentThemes.getValue());
        FormAction.of("observation", fields, message).get(() -> {
            if (observation == null) {
                Observation created = observations.create(draft);
                return andShare ? observations.share(created.getId(), created.getVersion(), draft) : created;
            }
            return andShare ? observations.share(observation.getId(), observation.getVersion(), draft)
                    : observations.update(observation.getId(), observation.getVersion(), draft);
        }).ifPresent(saved -> {
            observation = saved;
            FormAction.done(andShare ? "Shared with " + saved.getObserved().getFullName() + "." : "Draft saved.");
            getUI().ifPresent(ui -> ui.navigate(ObservationView.class, new RouteParameters("observationId", String.valueOf(saved.getId()))));
        });
    }

    private void buildRecord() {
        Observation o = observation;
        Person me = currentUser.require();
        add(new RouterLink("← Observations", ObservationsView.class), new H1("Observation of " + o.getObserved().getFullName()));
        add(Facts.of(fact("Date", Formats.date(o.getObservedOn())), fact("Nature of practice", o.natureLabel()),
                fact("Observer", o.getObserver().getFullName()), fact("Team", o.getTeam() == null ? "" : o.getTeam().getName()),
                fact("Case", o.getCaseRecord() == null ? "Not recorded" : o.getCaseRecord().getReference()),
                fact("Level of need", o.getLevelOfNeed() == null ? "Not recorded" : o.getLevelOfNeed().label()),
                fact("Status", o.getStatus().label())));
        section("Identified strengths", o.getStrengths(), o.getStrengthThemes());
        section("Areas for development", o.getDevelopment(), o.getDevelopmentThemes());
        section("Reflections with the practitioner", o.getReflections(), java.util.Set.of());
        section("Other comments", o.getOtherComments(), java.util.Set.of());
        add(message);
        reflectionPart(o, me);
        supervisionPart(o, me);
        if (ObservationAccess.mayRaiseAction(me, o) && o.getDevelopment() != null) {
            add(new H2("Actions from the areas for development"));
            actionTitle.setWidth("min(32rem, 100%)");
            actionTitle.setMaxLength(ActionItem.TITLE_MAX);
            actionDue.setLocale(Locale.UK);
            actionDue.setMin(observations.today());
            Div row = new Div(actionTitle, actionDue, raise);
            row.addClassName("filters");
            add(row);
        }
        if (me.hasRole(Role.QA_OFFICER) || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)) {
            goodPractice.setValue(o.isGoodPractice());
            add(new H2("Good practice"), goodPractice);
        }
        long id = o.getId();
        Anchor pdf = PdfLink.of("Download this observation (PDF)",
                () -> exports.exportDocument("observations", "Observation", id, pdfs.record(observations.open(id))));
        add(pdf);
    }

    /** The practitioner's reflection: read, written by them, or awaited. */
    private void reflectionPart(Observation o, Person me) {
        add(new H2("The practitioner's reflection"));
        if (o.getStatus() == ObservationStatus.ACKNOWLEDGED) {
            add(new Paragraph(o.getPractitionerReflection()));
            Paragraph when = new Paragraph("Acknowledged " + Formats.dateTime(o.getAcknowledgedAt()) + ".");
            when.addClassName("secondary");
            add(when);
        } else if (ObservationAccess.mayAcknowledge(me, o)) {
            reflection.setWidth("min(48rem, 100%)");
            reflection.setMinHeight("8rem");
            reflection.setMaxLength(Observation.TEXT_MAX);
            reflection.setHelperText("What went well, what you would do differently, and what support would help.");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Div ackRow = new Div(acknowledge);
            ackRow.addClassName("form-actions");
            add(reflection, ackRow);
        } else {
            add(new Paragraph("Waiting for " + o.getObserved().getFullName() + " to reflect and acknowledge it."));
        }
    }

    /** How the observation was taken into supervision, noted by the observer or the practitioner's manager. */
    private void supervisionPart(Observation o, Person me) {
        boolean involved = ObservationAccess.mayNoteSupervision(me, o);
        add(new H2("Supervision"));
        if (o.getSupervisionNote() != null) {
            add(new Paragraph(o.getSupervisionNote()));
        }
        if (involved) {
            supervisionNote.setWidth("min(48rem, 100%)");
            supervisionNote.setMaxLength(Observation.NOTE_MAX);
            supervisionNote.setValue(nz(o.getSupervisionNote()));
            supervisionNote.setHelperText("For example: discussed in supervision on 3 March; agreed to try genograms with the family.");
            Div noteRow = new Div(saveNote);
            noteRow.addClassName("form-actions");
            add(supervisionNote, noteRow);
        } else if (o.getSupervisionNote() == null) {
            add(new Paragraph("Not yet linked to supervision."));
        }
    }

    private void act(java.util.function.Supplier<Object> action, String done, Map<String, HasValidation> fields) {
        if (FormAction.of("observation", fields, message).run(action::get)) {
            FormAction.done(done);
            observation = observations.open(observation.getId());
            removeAll();
            buildRecord();
        }
    }

    private void section(String heading, String text, java.util.Set<LearningTheme> tags) {
        add(new H2(heading), new Paragraph(text == null ? "None recorded." : text));
        if (!tags.isEmpty()) {
            Paragraph p = new Paragraph("Themes: " + String.join(", ", tags.stream().map(LearningTheme::getName).sorted().toList()));
            p.addClassName("secondary");
            add(p);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
