package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordRoute;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Channel;
import org.sightline.complaints.ComplainantType;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintDetails;
import org.sightline.complaints.ComplaintPdfs;
import org.sightline.complaints.ComplaintPoint;
import org.sightline.complaints.ComplaintEscalation;
import org.sightline.complaints.ComplaintIntake;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.NewPoint;
import org.sightline.complaints.Stage1Workflow;
import org.sightline.complaints.EarlyResolution;
import org.sightline.complaints.Escalation;
import org.sightline.complaints.Outcome;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;

/**
 * One complaint: the form to log it, then its record — points, the dated steps with what is
 * overdue, and the next things to do at each stage.
 */
@Route("complaints/:complaintId([0-9]+|new)")
@RolesAllowed({Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_,
        Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_})
public class ComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** One complaint point being logged. */
    static final class PointRow {
        final TextArea description = new TextArea();
        final ComboBox<Category> category = new ComboBox<>();
        final Button remove = new Button();
        Div line;
    }

    // Logging
    final DatePicker receivedOn = new DatePicker("Date received (day 0)");
    final ComboBox<Channel> channel = new ComboBox<>("How it was received");
    final ComboBox<ComplainantType> complainantType = new ComboBox<>("Complainant");
    final TextField complainantName = new TextField("Complainant's name");
    final TextField complainantContact = new TextField("Contact details (optional)");
    final TextField caseReference = new TextField("Case reference (optional)");
    final ComboBox<Team> team = new ComboBox<>("Team the complaint is about");
    final TextArea summary = new TextArea("Summary of the complaint");
    final List<PointRow> pointRows = new ArrayList<>();
    final Div pointsBox = new Div();
    final Button addPointRow = new Button("Add another point");
    final Button save = new Button("Log the complaint");

    // Stage 1
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

    // Escalation
    final DatePicker requestedOn = new DatePicker("Requested on");
    final TextField leadName = new TextField("Investigator or panel chair (optional)");
    final Button escalate = new Button("Escalate");
    final DatePicker stage2Due = new DatePicker("New stage 2 response date");
    final TextField stage2Reason = new TextField("Reason");
    final Button extendStage2 = new Button("Extend stage 2");
    final DatePicker panelOn = new DatePicker("Panel met on");
    final Button savePanel = new Button("Record the panel");
    final DatePicker panelReportOn = new DatePicker("Panel report received on");
    final Button saveReport = new Button("Record the report");
    final DatePicker stageResponseOn = new DatePicker("Response sent on");
    final ComboBox<Outcome> stageOutcome = new ComboBox<>("Outcome");
    final TextArea stageNote = new TextArea("Summary of the findings");
    final Button saveStageResponse = new Button("Record the response");

    // Recommendations
    final TextField actionTitle = new TextField("Recommendation");
    final ComboBox<Person> actionOwner = new ComboBox<>("Owner");
    final DatePicker actionDue = new DatePicker("Due");
    final Button raise = new Button("Raise as an action");

    final Paragraph message = new Paragraph();

    private final ComplaintQueries complaints;
    private final ComplaintIntake intake;
    private final Stage1Workflow stage1;
    private final ComplaintEscalation escalation;
    private final Categories categories;
    private final TeamService teams;
    private final ComplaintPdfs pdfs;
    private final ExportService exports;
    Complaint complaint;
    private String title = "Complaint | Sightline";

    public ComplaintView(ComplaintQueries complaints, ComplaintIntake intake, Stage1Workflow stage1, ComplaintEscalation escalation,
                         Categories categories, TeamService teams, ComplaintPdfs pdfs, ExportService exports) {
        this.complaints = complaints;
        this.intake = intake;
        this.stage1 = stage1;
        this.escalation = escalation;
        this.categories = categories;
        this.teams = teams;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        for (DatePicker d : List.of(receivedOn, allocatedOn, contactedOn, meetingOn, advocateOn, resolutionOn, restartOn, extendedDue,
                extensionAgreedOn, sentOn, copyOn, requestedOn, stage2Due, panelOn, panelReportOn, stageResponseOn, actionDue)) {
            d.setLocale(Locale.UK);
        }
        // Listeners once, here: the page rebuilds its content on every visit and after each step.
        addPointRow.addClickListener(e -> addPointRow());
        save.addClickListener(e -> logComplaint());
        restart.addValueChangeListener(e -> {
            restartOn.setVisible(e.getValue());
            restartAgreedBy.setVisible(e.getValue());
            restartReason.setVisible(e.getValue());
        });
        allocate.addClickListener(e -> act(() -> stage1.allocate(id(), version(), officer.getValue() == null ? null : officer.getValue().getId(),
                allocatedOn.getValue()), "Allocated.", Map.of("officer", officer, "allocatedOn", allocatedOn)));
        saveContact.addClickListener(e -> act(() -> stage1.recordContact(id(), version(), contactedOn.getValue(), meetingOn.getValue(),
                officerAttends.getValue()), "Contact recorded.", Map.of("contactedOn", contactedOn, "meetingOn", meetingOn)));
        saveAdvocate.addClickListener(e -> act(() -> stage1.offerAdvocate(id(), version(), advocateOn.getValue(), ageLetter.getValue()),
                "Advocate offer recorded.", Map.of("advocateOn", advocateOn)));
        saveResolution.addClickListener(e -> act(() -> stage1.earlyResolution(id(), version(), resolution.getValue(),
                resolutionOn.getValue(), resolutionNote.getValue()), "Early resolution recorded.",
                Map.of("earlyResolution", resolution, "resolutionOn", resolutionOn, "resolutionNote", resolutionNote)));
        addNewPoint.addClickListener(e -> act(() -> stage1.addPoint(id(), version(), new NewPoint(newPoint.getValue(),
                        newPointCategory.getValue() == null ? null : newPointCategory.getValue().getId()), restart.getValue(), restartOn.getValue(),
                restartAgreedBy.getValue() == null ? null : restartAgreedBy.getValue().getFullName(), restartReason.getValue()),
                "Point added.", Map.of("points", newPoint, "restartOn", restartOn, "restartAgreedBy", restartAgreedBy, "restartReason", restartReason)));
        extend.addClickListener(e -> act(() -> stage1.extend(id(), version(), extendedDue.getValue(), extensionReason.getValue(),
                extensionAgreedOn.getValue()), "Extension recorded.",
                Map.of("extendedDue", extendedDue, "extensionReason", extensionReason, "extensionAgreedOn", extensionAgreedOn)));
        sendForQa.addClickListener(e -> act(() -> stage1.sendForQualityAssurance(id(), version()),
                "Sent for quality assurance.", Map.of()));
        approve.addClickListener(e -> act(() -> stage1.qualityAssure(id(), version()), "Quality assurance recorded.", Map.of()));
        respond.addClickListener(e -> {
            Map<Long, Outcome> chosen = new HashMap<>();
            outcomes.forEach((pid, box) -> chosen.put(pid, box.getValue()));
            Map<String, HasValidation> fields = new HashMap<>(Map.of("sentOn", sentOn, "learning", learning));
            outcomes.forEach((pid, box) -> fields.put("point-" + pid, box));
            act(() -> stage1.respond(id(), version(), sentOn.getValue(), chosen, learning.getValue()), "Response recorded.", fields);
        });
        saveCopy.addClickListener(e -> act(() -> stage1.copyOnFile(id(), version(), copyOn.getValue()), "Recorded.", Map.of("copyOn", copyOn)));
        escalate.addClickListener(e -> act(() -> escalation.escalate(id(), version(), complaint.getStage() + 1, requestedOn.getValue(),
                leadName.getValue()), "Escalated.", Map.of("requestedOn", requestedOn, "leadName", leadName)));
        extendStage2.addClickListener(e -> act(() -> escalation.extendStage2(id(), version(), stage2Due.getValue(), stage2Reason.getValue()),
                "Stage 2 extended.", Map.of("stage2Due", stage2Due, "stage2Reason", stage2Reason)));
        savePanel.addClickListener(e -> act(() -> escalation.panelHeld(id(), version(), panelOn.getValue()), "Panel recorded.",
                Map.of("panelOn", panelOn)));
        saveReport.addClickListener(e -> act(() -> escalation.panelReported(id(), version(), panelReportOn.getValue()), "Report recorded.",
                Map.of("panelReportOn", panelReportOn)));
        saveStageResponse.addClickListener(e -> act(() -> escalation.stageResponse(id(), version(), complaint.getStage(),
                stageResponseOn.getValue(), stageOutcome.getValue(), stageNote.getValue()), "Response recorded.",
                Map.of("stageResponseOn", stageResponseOn, "stageOutcome", stageOutcome, "stageNote", stageNote)));
        raise.addClickListener(e -> {
            boolean raised = FormAction.of("complaint", Map.of("title", actionTitle, "owner", actionOwner, "dueDate", actionDue), message)
                    .run(() -> stage1.raiseAction(id(), actionTitle.getValue(),
                            actionOwner.getValue() == null ? null : actionOwner.getValue().getId(), actionDue.getValue()));
            if (raised) {
                FormAction.done("Action raised; it is in the action tracker.");
                actionTitle.clear();
                actionDue.clear();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private long id() {
        return complaint.getId();
    }

    private long version() {
        return complaint.getVersion();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("complaintId").orElse("");
        removeAll();
        message.setText("");
        if (id.equals("new")) {
            complaint = null;
            title = "Log a complaint | Sightline";
            buildForm();
            return;
        }
        complaint = RecordRoute.load(event, () -> complaints.open(Long.parseLong(id))).orElse(null);
        if (complaint == null) {
            return;
        }
        title = "Complaint " + complaint.getReference() + " | Sightline";
        buildRecord();
    }

    // ------------------------------------------------------------------ logging a complaint

    private void buildForm() {
        add(new RouterLink("← Complaints", ComplaintsView.class), new H1("Log a complaint"));
        Paragraph purpose = new Paragraph("Day 0 is the day the council received it. Record each thing the complainant is unhappy "
                + "about as a separate point: each gets its own outcome.");
        purpose.addClassName("page-purpose");
        add(purpose, message);
        receivedOn.setMax(complaints.today());
        receivedOn.setValue(complaints.today());
        receivedOn.setRequiredIndicatorVisible(true);
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        channel.setRequiredIndicatorVisible(true);
        complainantType.setItems(ComplainantType.values());
        complainantType.setItemLabelGenerator(ComplainantType::label);
        complainantType.setRequiredIndicatorVisible(true);
        complainantType.setHelperText("A child or young person is offered an advocate.");
        complainantName.setMaxLength(Complaint.NAME_MAX);
        complainantName.setRequiredIndicatorVisible(true);
        complainantContact.setMaxLength(Complaint.CONTACT_MAX);
        complainantContact.setHelperText("Email, telephone or address, as the complainant prefers.");
        caseReference.setMaxLength(40);
        team.setItems(teams.activeTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setHelperText("Filled from the case when you give a case reference.");
        caseReference.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        caseReference.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            caseReference.setInvalid(false);
            if (e.getValue() == null || e.getValue().isBlank()) {
                return;
            }
            intake.teamOfCase(e.getValue()).ifPresentOrElse(team::setValue, () -> {
                caseReference.setErrorMessage("No case has the reference \"" + e.getValue().strip() + "\". Check it, or leave it empty.");
                caseReference.setInvalid(true);
            });
        });
        summary.setMaxLength(Complaint.SUMMARY_MAX);
        summary.setMinHeight("7rem");
        summary.setRequiredIndicatorVisible(true);
        pointRows.clear();
        pointsBox.removeAll();
        addPointRow();
        FormLayout form = new FormLayout(receivedOn, channel, complainantType, complainantName, complainantContact, caseReference, team, summary);
        form.setColspan(summary, 2);
        form.setMaxWidth("60rem");
        H2 points = new H2("Complaint points");
        Div buttons = new Div(save);
        buttons.addClassName("form-actions");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, points, pointsBox, addPointRow, buttons);
    }

    private void addPointRow() {
        PointRow row = new PointRow();
        row.description.setMaxLength(ComplaintPoint.DESCRIPTION_MAX);
        row.description.setWidth("min(40rem, 100%)");
        row.category.setWidth("min(22rem, 100%)");
        row.category.setItems(categories.active(CategoryKind.COMPLAINT));
        row.category.setItemLabelGenerator(Category::getName);
        row.remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row.remove.addClickListener(e -> removePointRow(row));
        pointRows.add(row);
        row.line = new Div(row.description, row.category, row.remove);
        row.line.addClassName("filters");
        pointsBox.add(row.line);
        numberPointRows();
    }

    /** A point added by mistake is taken out before saving; the rest keep their order and are renumbered. */
    private void removePointRow(PointRow row) {
        pointRows.remove(row);
        pointsBox.remove(row.line);
        numberPointRows();
        if (!pointRows.isEmpty()) {
            pointRows.getLast().description.focus();
        }
    }

    private void numberPointRows() {
        for (int i = 0; i < pointRows.size(); i++) {
            PointRow r = pointRows.get(i);
            int n = i + 1;
            r.description.setLabel("Point " + n);
            r.category.setLabel("Category of point " + n);
            r.remove.setText("Remove point " + n);
            // The one point left cannot go: a complaint has at least one.
            r.remove.setVisible(pointRows.size() > 1);
        }
    }

    private void logComplaint() {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("receivedOn", receivedOn, "channel", channel, "complainantType",
                complainantType, "complainantName", complainantName, "complainantContact", complainantContact, "caseReference",
                caseReference, "team", team, "summary", summary));
        if (!pointRows.isEmpty()) {
            fields.put("points", pointRows.getFirst().description);
        }
        List<NewPoint> points = pointRows.stream()
                .filter(r -> !r.description.getValue().isBlank() || r.category.getValue() != null || pointRows.size() == 1)
                .map(r -> new NewPoint(r.description.getValue(), r.category.getValue() == null ? null
                        : r.category.getValue().getId())).toList();
        FormAction.of("complaint", fields, message).get(() -> intake.register(new ComplaintDetails(receivedOn.getValue(),
                channel.getValue(), complainantType.getValue(), complainantName.getValue(), complainantContact.getValue(),
                caseReference.getValue(), team.getValue() == null ? null : team.getValue().getId(), summary.getValue()), points))
                .ifPresent(saved -> {
                    FormAction.done("Complaint " + saved.getReference() + " logged.");
                    getUI().ifPresent(ui -> ui.navigate(ComplaintView.class, new RouteParameters("complaintId", String.valueOf(saved.getId()))));
                });
    }

    // ------------------------------------------------------------------ the record

    private void buildRecord() {
        Complaint c = complaint;
        boolean workflow = complaints.runsWorkflow();
        add(new RouterLink("← Complaints", ComplaintsView.class));
        Div actions = new Div(PdfLink.of("Chronology (PDF)", () -> exports.exportDocument("complaints", "Complaint", c.getId(),
                pdfs.chronology(c, complaints.steps(c), complaints.days(), complaints.today()))));
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1("Complaint " + c.getReference())), actions);
        header.addClassName("page-header");
        add(header);
        add(Facts.of(Facts.fact("Status", c.statusLabel()), Facts.fact("Received", Formats.date(c.getReceivedOn()) + " ("
                        + c.getChannel().label().toLowerCase() + (c.getSource().equals("intake") ? ", from the web form" : "") + ")"),
                Facts.fact("Complainant", c.getComplainantName() + " (" + c.getComplainantType().label().toLowerCase() + ")"),
                Facts.fact("Contact", c.getComplainantContact() == null ? "Not recorded" : c.getComplainantContact()),
                Facts.fact("Case", c.getCaseRecord() != null ? c.getCaseRecord().getReference()
                        : c.getGivenCaseReference() != null ? "Not matched: the complainant gave \"" + c.getGivenCaseReference()
                        + "\", which is no case's reference" : "Not recorded"),
                Facts.fact("Team", c.getTeam() == null ? "Not recorded" : c.getTeam().getName()),
                Facts.fact("QA officer", c.getOfficer() == null ? "Not allocated" : c.getOfficer().getFullName())));
        add(message);
        add(new H2("Summary"), new Paragraph(c.getSummary()));

        add(new H2("Complaint points"));
        Element list = new Element("ol");
        for (ComplaintPoint p : c.getPoints()) {
            list.appendChild(new Element("li").setText(p.getDescription() + " — " + (p.getCategory() == null ? "not categorised"
                    : p.getCategory().getName()) + "; " + (p.getOutcome() == null ? "outcome to come" : p.getOutcome().label().toLowerCase())));
        }
        Div pointsList = new Div();
        pointsList.getElement().appendChild(list);
        add(pointsList);

        add(new H2("Steps and deadlines"));
        add(stepsTable(complaints.steps(c)));

        if (workflow || complaints.mayQualityAssure()) {
            add(new H2("What to do next"));
            buildNextSteps(c, workflow);
        }
    }

    private Div stepsTable(List<Timeline.Entry> steps) {
        LocalDate today = complaints.today();
        Element table = new Element("table");
        table.getClassList().add("moderation-table");
        table.setAttribute("id", "complaint-steps");
        table.appendChild(new Element("caption").setText("Each step, its deadline in working days, and when it was done"));
        Element head = new Element("tr");
        for (String h : List.of("Step", "Due", "Done", "Status", "Owner")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Timeline.Entry e : steps) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(e.step().label()));
            tr.appendChild(new Element("td").setText(Formats.date(e.due())));
            tr.appendChild(new Element("td").setText(e.doneOn() == null ? "" : Formats.date(e.doneOn())));
            Element status = new Element("td").setText(e.isDone() ? (e.wasLate() ? "Done late" : "Done on time")
                    : e.isOverdue(today) ? "Overdue" : "Open");
            if (e.isOverdue(today)) {
                status.getClassList().add("error-text");
            }
            tr.appendChild(status);
            tr.appendChild(new Element("td").setText(e.owner() == null ? "The QA officer, once allocated" : e.owner().getFullName()));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div d = new Div();
        d.getElement().appendChild(table);
        return d;
    }

    private void buildNextSteps(Complaint c, boolean workflow) {
        LocalDate today = complaints.today();
        boolean stage1Open = c.isStage1Open();
        if (workflow && stage1Open) {
            if (c.getOfficer() == null) {
                officer.setItems(complaints.officers());
                officer.setItemLabelGenerator(Person::getFullName);
                allocatedOn.setValue(today);
                allocatedOn.setMax(today);
                section("Allocate", "Due " + Formats.date(complaints.days().add(c.getReceivedOn(), Timeline.ALLOCATE)) + ".",
                        officer, allocatedOn, allocate);
            }
            if (c.getContactedOn() == null) {
                contactedOn.setValue(today);
                contactedOn.setMax(today);
                section("Contact the complainant", "Within 2 working days; arrange the initial meeting with the QA officer.",
                        contactedOn, meetingOn, officerAttends, saveContact);
            }
            if (c.isChild() && c.getAdvocateOfferedOn() == null) {
                advocateOn.setValue(today);
                advocateOn.setMax(today);
                section("Offer an advocate", "The complainant is a child or young person: offer an advocate and a face-to-face meeting, "
                        + "and write to them in a way they will understand.", advocateOn, ageLetter, saveAdvocate);
            }
            if (c.getEarlyResolution() == EarlyResolution.NOT_YET || c.getEarlyResolution() == EarlyResolution.AGREED) {
                resolution.setItems(EarlyResolution.AGREED, EarlyResolution.RESOLVED, EarlyResolution.DECLINED);
                resolution.setItemLabelGenerator(EarlyResolution::label);
                resolution.setValue(null);
                resolutionOn.setValue(today);
                resolutionOn.setMax(today);
                resolutionNote.setMaxLength(Complaint.NOTE_MAX);
                section("Early resolution", "At the initial meeting the QA officer explores whether it can be resolved with the team.",
                        resolution, resolutionOn, resolutionNote, saveResolution);
            }
            newPoint.setMaxLength(ComplaintPoint.DESCRIPTION_MAX);
            newPoint.clear();
            newPointCategory.setItems(categories.active(CategoryKind.COMPLAINT));
            newPointCategory.setItemLabelGenerator(Category::getName);
            restartAgreedBy.setItems(complaints.complaintsTeam());
            restartAgreedBy.setItemLabelGenerator(Person::getFullName);
            restart.setValue(false);
            restartOn.setVisible(false);
            restartAgreedBy.setVisible(false);
            restartReason.setVisible(false);
            restartOn.setMax(today);
            section("Add a complaint point", null, newPoint, newPointCategory, restart, restartOn, restartAgreedBy, restartReason, addNewPoint);

            LocalDate due = Timeline.responseDue(c, complaints.days());
            extendedDue.setMin(due.plusDays(1));
            extendedDue.setMax(Timeline.latestExtension(c, complaints.days()));
            extensionAgreedOn.setMax(today);
            section("Extend the response", "Currently due " + Formats.date(due) + "; up to " + Formats.date(Timeline.latestExtension(c,
                    complaints.days())) + " (20 working days) with the complainant's written agreement.",
                    extendedDue, extensionReason, extensionAgreedOn, extend);
            if (c.getDraftForQaOn() == null && c.getOfficer() != null) {
                section("Draft response", "Send the draft to the QA service manager or Head of Service by "
                        + Formats.date(complaints.days().add(due, -Timeline.QA_BEFORE)) + ".", sendForQa);
            }
            if (c.getQaOn() != null) {
                sentOn.setValue(today);
                sentOn.setMax(today);
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
                learning.setMaxLength(Complaint.NOTE_MAX);
                parts.add(learning);
                parts.add(respond);
                section("Send the response", "Due " + Formats.date(due) + ". Record each point's outcome.", parts.toArray(Component[]::new));
            }
        }
        if (stage1Open && c.getDraftForQaOn() != null && c.getQaOn() == null && complaints.mayQualityAssure()) {
            section("Quality assurance", "Check the investigation is thorough, the rationale robust, outcomes proportionate and "
                    + "recommendations achievable.", approve);
        }
        if (!workflow) {
            return;
        }
        if (c.getResponseSentOn() != null && c.getCaseRecord() != null && c.getCopyOnFileOn() == null) {
            copyOn.setValue(today);
            copyOn.setMax(today);
            section("Copy on the child's file", "Labelled \"stage 1 complaint response\" and dated.", copyOn, saveCopy);
        }
        if (c.nextStage().isPresent()) {
            LocalDate last = Timeline.escalationDeadline(c.lastResponse().orElseThrow(), complaints.days());
            requestedOn.setValue(today.isAfter(last) ? null : today);
            requestedOn.setMax(today);
            escalate.setText(c.getStage() == 1 ? "Escalate to stage 2" : "Escalate to stage 3");
            section(c.getStage() == 1 ? "Stage 2: independent investigation" : "Stage 3: review panel",
                    "The complainant can ask by " + Formats.date(last) + " (20 working days after the response).", requestedOn, leadName, escalate);
        }
        c.escalation(c.getStage()).filter(e -> !e.isDone() && c.getStage() > 1).ifPresent(e -> {
            stageOutcome.setItems(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.NOT_UPHELD, Outcome.WITHDRAWN);
            stageOutcome.setItemLabelGenerator(Outcome::label);
            stageResponseOn.setMax(today);
            stageNote.setMaxLength(Escalation.NOTE_MAX);
            if (c.getStage() == 2) {
                stage2Due.setMax(complaints.days().add(e.getRequestedOn(), Timeline.STAGE2_MAX));
                section("Extend stage 2", "25 working days from the request, up to 65.", stage2Due, stage2Reason, extendStage2);
                section("Stage 2 response", null, stageResponseOn, stageOutcome, stageNote, saveStageResponse);
            } else {
                if (e.getPanelOn() == null) {
                    panelOn.setMax(today);
                    section("Review panel", "Within 30 working days of the request.", panelOn, savePanel);
                } else if (e.getPanelReportOn() == null) {
                    panelReportOn.setMax(today);
                    section("Panel report", "Within 5 working days of the panel.", panelReportOn, saveReport);
                } else {
                    section("The council's response", "Within 15 working days of the panel's report.", stageResponseOn, stageOutcome,
                            stageNote, saveStageResponse);
                }
            }
        });
        actionOwner.setItems(complaints.actionOwners(c));
        actionOwner.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
        actionTitle.setMaxLength(200);
        actionTitle.setWidth("min(30rem, 100%)");
        actionDue.setMin(today);
        section("Recommendations", "Each recommendation becomes a tracked action; the QA officer follows it up.", actionTitle, actionOwner,
                actionDue, raise);
    }

    private void section(String heading, String help, Component... parts) {
        Div box = new Div();
        box.addClassName("criterion");
        box.add(new H3(heading));
        if (help != null) {
            Paragraph p = new Paragraph(help);
            p.addClassName("secondary");
            box.add(p);
        }
        FormLayout form = new FormLayout();
        form.setMaxWidth("60rem");
        for (Component part : parts) {
            if (part instanceof Button b) {
                Div row = new Div(b);
                row.addClassName("form-actions");
                form.add(row, 2);
            } else if (part instanceof TextArea || part instanceof Checkbox) {
                form.add(part, 2);
            } else {
                form.add(part);
            }
        }
        box.add(form);
        add(box);
    }

    private void act(Supplier<Complaint> step, String done, Map<String, HasValidation> fields) {
        FormAction.of("complaint", fields, message).get(step).ifPresent(saved -> {
            complaint = saved;
            FormAction.done(done);
            removeAll();
            buildRecord();
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57).strip() + "\u2026";
    }
}
