package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordSteps;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintPoint;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.EarlyResolution;
import org.sightline.complaints.NewPoint;
import org.sightline.complaints.Outcome;
import org.sightline.complaints.Stage1Workflow;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.Formats;

/**
 * Stage 1's next steps on a complaint's page, each shown only while it is to be done: allocate,
 * contact, the advocate for a child, early resolution, a new point, an extension, the draft for
 * quality assurance and its sign-off, the response with each point's outcome, and the copy on the
 * child's file.
 */
class Stage1Section extends Composite<Div> {

    final ComboBox<Person> officer = new ComboBox<>("QA officer");
    final DatePicker allocatedOn = new DatePicker("Allocated on");
    final Button allocate = new Button("Allocate");
    final DatePicker contactedOn = new DatePicker("Complainant contacted on");
    final DatePicker meetingOn = new DatePicker("Initial meeting on (optional)");
    final Checkbox officerAttends = new Checkbox("The complaints officer attends the meeting");
    final Button saveContact = new Button("Record the contact");
    final DatePicker advocateOn = new DatePicker("Advocate offered on");
    final Checkbox ageLetter = new Checkbox("Letters written for the young person's age and understanding");
    final Button saveAdvocate = new Button("Record the offer");
    final ComboBox<EarlyResolution> resolution = new ComboBox<>("Early resolution");
    final DatePicker resolutionOn = new DatePicker("Date");
    final TextArea resolutionNote = new TextArea("What was agreed");
    final Button saveResolution = new Button("Record early resolution");
    final TextArea newPoint = new TextArea("New complaint point");
    final ComboBox<Category> newPointCategory = new ComboBox<>("Category");
    final Checkbox restart = new Checkbox("Raised at the initial meeting: restart the timescale from the meeting");
    final DatePicker restartOn = new DatePicker("Meeting date (new day 0)");
    final ComboBox<Person> restartAgreedBy = new ComboBox<>("Agreed by (complaints manager)");
    final TextField restartReason = new TextField("Why the timescale restarts");
    final Button addNewPoint = new Button("Add the point");
    final DatePicker extendedDue = new DatePicker("New response date");
    final TextField extensionReason = new TextField("Reason given to the complainant");
    final DatePicker extensionAgreedOn = new DatePicker("Written agreement received on");
    final Button extend = new Button("Record the extension");
    final Button sendForQa = new Button("Draft response ready for quality assurance");
    final Button approve = new Button("Quality-assured: ready to send");
    final DatePicker sentOn = new DatePicker("Outcome letter sent on");
    final Map<Long, ComboBox<Outcome>> outcomes = new LinkedHashMap<>();
    final TextArea learning = new TextArea("Learning for the service (for the bulletin)");
    final Button respond = new Button("Record the response");
    final DatePicker copyOn = new DatePicker("Copy placed on the child's file on");
    final Button saveCopy = new Button("Record the copy on file");

    private final ComplaintQueries complaints;
    private final Stage1Workflow stage1;
    private final Categories categories;
    private final RecordSteps<Complaint> steps;

    Stage1Section(ComplaintQueries complaints, Stage1Workflow stage1, Categories categories, RecordSteps<Complaint> steps) {
        this.complaints = complaints;
        this.stage1 = stage1;
        this.categories = categories;
        this.steps = steps;
        for (DatePicker d : List.of(allocatedOn, contactedOn, meetingOn, advocateOn, resolutionOn, restartOn, extendedDue,
                extensionAgreedOn, sentOn, copyOn)) {
            d.setLocale(Locale.UK);
        }
        resolution.setItems(EarlyResolution.AGREED, EarlyResolution.RESOLVED, EarlyResolution.DECLINED);
        resolution.setItemLabelGenerator(EarlyResolution::label);
        resolutionNote.setMaxLength(Complaint.NOTE_MAX);
        newPoint.setMaxLength(ComplaintPoint.DESCRIPTION_MAX);
        newPointCategory.setItemLabelGenerator(Category::getName);
        officer.setItemLabelGenerator(Person::getFullName);
        restartAgreedBy.setItemLabelGenerator(Person::getFullName);
        extensionReason.setMaxLength(Complaint.REASON_MAX);
        restartReason.setMaxLength(Complaint.REASON_MAX);
        learning.setMaxLength(Complaint.NOTE_MAX);
        restart.addValueChangeListener(e -> {
            restartOn.setVisible(e.getValue());
            restartAgreedBy.setVisible(e.getValue());
            restartReason.setVisible(e.getValue());
        });
        listen();
    }

    private void listen() {
        allocate.addClickListener(e -> steps.act(() -> stage1.allocate(steps.id(), steps.version(),
                officer.getValue() == null ? null : officer.getValue().getId(), allocatedOn.getValue()), "Allocated.",
                Map.of("officer", officer, "allocatedOn", allocatedOn)));
        saveContact.addClickListener(e -> steps.act(() -> stage1.recordContact(steps.id(), steps.version(), contactedOn.getValue(),
                meetingOn.getValue(), officerAttends.getValue()), "Contact recorded.", Map.of("contactedOn", contactedOn, "meetingOn", meetingOn)));
        saveAdvocate.addClickListener(e -> steps.act(() -> stage1.offerAdvocate(steps.id(), steps.version(), advocateOn.getValue(),
                ageLetter.getValue()), "Advocate offer recorded.", Map.of("advocateOn", advocateOn)));
        saveResolution.addClickListener(e -> steps.act(() -> stage1.earlyResolution(steps.id(), steps.version(), resolution.getValue(),
                resolutionOn.getValue(), resolutionNote.getValue()), "Early resolution recorded.",
                Map.of("earlyResolution", resolution, "resolutionOn", resolutionOn, "resolutionNote", resolutionNote)));
        addNewPoint.addClickListener(e -> steps.act(() -> stage1.addPoint(steps.id(), steps.version(), new NewPoint(newPoint.getValue(),
                        newPointCategory.getValue() == null ? null : newPointCategory.getValue().getId()), restart.getValue(),
                restartOn.getValue(), restartAgreedBy.getValue() == null ? null : restartAgreedBy.getValue().getFullName(),
                restartReason.getValue()), "Point added.",
                Map.of("points", newPoint, "restartOn", restartOn, "restartAgreedBy", restartAgreedBy, "restartReason", restartReason)));
        extend.addClickListener(e -> steps.act(() -> stage1.extend(steps.id(), steps.version(), extendedDue.getValue(),
                extensionReason.getValue(), extensionAgreedOn.getValue()), "Extension recorded.",
                Map.of("extendedDue", extendedDue, "extensionReason", extensionReason, "extensionAgreedOn", extensionAgreedOn)));
        sendForQa.addClickListener(e -> steps.act(() -> stage1.sendForQualityAssurance(steps.id(), steps.version()),
                "Sent for quality assurance.", Map.of()));
        approve.addClickListener(e -> steps.act(() -> stage1.qualityAssure(steps.id(), steps.version()), "Quality assurance recorded.",
                Map.of()));
        respond.addClickListener(e -> {
            Map<Long, Outcome> chosen = new HashMap<>();
            outcomes.forEach((pid, box) -> chosen.put(pid, box.getValue()));
            Map<String, HasValidation> fields = new HashMap<>(Map.of("sentOn", sentOn, "learning", learning));
            outcomes.forEach((pid, box) -> fields.put("point-" + pid, box));
            steps.act(() -> stage1.respond(steps.id(), steps.version(), sentOn.getValue(), chosen, learning.getValue()),
                    "Response recorded.", fields);
        });
        saveCopy.addClickListener(e -> steps.act(() -> stage1.copyOnFile(steps.id(), steps.version(), copyOn.getValue()), "Recorded.",
                Map.of("copyOn", copyOn)));
    }

    /** Shows the steps still to do on {@code c}; {@code workflow} is whether this user runs the complaint, not only signs it off. */
    void show(Complaint c, boolean workflow) {
        getContent().removeAll();
        LocalDate today = complaints.today();
        if (workflow && c.isStage1Open()) {
            opening(c, today);
            changes(c, today);
            response(c, today);
        }
        if (c.isStage1Open() && c.getResponse().getDraftForQaOn() != null && c.getResponse().getQaOn() == null && complaints.mayQualityAssure()) {
            box("Quality assurance", "Check the investigation is thorough, the rationale robust, outcomes proportionate and "
                    + "recommendations achievable.", approve);
        }
        if (workflow && c.getResponse().getResponseSentOn() != null && c.getCaseRecord() != null && c.getResponse().getCopyOnFileOn() == null) {
            today(copyOn, today);
            box("Copy on the child's file", "Labelled \"stage 1 complaint response\" and dated.", copyOn, saveCopy);
        }
    }

    private void opening(Complaint c, LocalDate today) {
        if (c.getOfficer() == null) {
            officer.setItems(complaints.officers());
            today(allocatedOn, today);
            box("Allocate", "Due " + Formats.date(complaints.days().add(c.getReceivedOn(), Timeline.ALLOCATE)) + ".",
                    officer, allocatedOn, allocate);
        }
        if (c.getContact().getContactedOn() == null) {
            today(contactedOn, today);
            box("Contact the complainant", "Within 2 working days; arrange the initial meeting with the QA officer.",
                    contactedOn, meetingOn, officerAttends, saveContact);
        }
        if (c.isChild() && c.getContact().getAdvocateOfferedOn() == null) {
            today(advocateOn, today);
            box("Offer an advocate", "The complainant is a child or young person: offer an advocate and a face-to-face meeting, "
                    + "and write to them in a way they will understand.", advocateOn, ageLetter, saveAdvocate);
        }
        if (c.getContact().getEarlyResolution() == EarlyResolution.NOT_YET || c.getContact().getEarlyResolution() == EarlyResolution.AGREED) {
            resolution.setValue(null);
            today(resolutionOn, today);
            box("Early resolution", "At the initial meeting the QA officer explores whether it can be resolved with the team.",
                    resolution, resolutionOn, resolutionNote, saveResolution);
        }
    }

    private void changes(Complaint c, LocalDate today) {
        newPoint.clear();
        newPointCategory.setItems(categories.active(CategoryKind.COMPLAINT));
        restartAgreedBy.setItems(complaints.complaintsTeam());
        restart.setValue(false);
        restartOn.setVisible(false);
        restartAgreedBy.setVisible(false);
        restartReason.setVisible(false);
        restartOn.setMax(today);
        box("Add a complaint point", null, newPoint, newPointCategory, restart, restartOn, restartAgreedBy, restartReason, addNewPoint);

        LocalDate due = Timeline.responseDue(c, complaints.days());
        LocalDate latest = Timeline.latestExtension(c, complaints.days());
        extendedDue.setMin(due.plusDays(1));
        extendedDue.setMax(latest);
        extensionAgreedOn.setMax(today);
        box("Extend the response", "Currently due " + Formats.date(due) + "; up to " + Formats.date(latest)
                + " (20 working days) with the complainant's written agreement.", extendedDue, extensionReason, extensionAgreedOn, extend);
        if (c.getResponse().getDraftForQaOn() == null && c.getOfficer() != null) {
            box("Draft response", "Send the draft to the QA service manager or Head of Service by "
                    + Formats.date(complaints.days().add(due, -Timeline.QA_BEFORE)) + ".", sendForQa);
        }
    }

    private void response(Complaint c, LocalDate today) {
        if (c.getResponse().getQaOn() == null) {
            return;
        }
        today(sentOn, today);
        outcomes.clear();
        List<Component> parts = new ArrayList<>(List.of(sentOn));
        for (ComplaintPoint p : c.getPoints()) {
            ComboBox<Outcome> box = new ComboBox<>("Outcome of point " + p.getPosition() + ": " + abbreviate(p.getDescription()));
            box.setItems(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.NOT_UPHELD, Outcome.WITHDRAWN);
            box.setItemLabelGenerator(Outcome::label);
            box.setWidth("min(40rem, 100%)");
            outcomes.put(p.getId(), box);
            parts.add(box);
        }
        parts.add(learning);
        parts.add(respond);
        box("Send the response", "Due " + Formats.date(Timeline.responseDue(c, complaints.days())) + ". Record each point's outcome.",
                parts.toArray(Component[]::new));
    }

    private void box(String heading, String help, Component... parts) {
        getContent().add(StepBox.of(heading, help, parts));
    }

    /** A step done today, or on a day before: never a day to come. */
    static void today(DatePicker d, LocalDate today) {
        d.setValue(today);
        d.setMax(today);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57).strip() + "\u2026";
    }
}
