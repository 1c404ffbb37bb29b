package org.sightline.complaints.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.sightline.kernel.support.ui.RecordBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Channel;
import org.sightline.complaints.ComplainantType;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintDetails;
import org.sightline.complaints.ComplaintIntake;
import org.sightline.complaints.ComplaintPoint;
import org.sightline.complaints.NewPoint;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.ui.FormAction;

/**
 * The form that logs a complaint: its details, bound to {@link ComplaintDetails} by a
 * {@link RecordBinder}, and its points, each a row that can be added or taken out before saving. The
 * service checks everything; its messages appear beside the fields.
 */
class LogComplaintForm extends Composite<Div> {

    /** One complaint point being logged. */
    static final class PointRow {
        final TextArea description = new TextArea();
        final ComboBox<Category> category = new ComboBox<>();
        final Button remove = new Button();
        Div line;
    }

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

    private final RecordBinder<ComplaintDetails> binder = new RecordBinder<>(ComplaintDetails.class);
    private final ComplaintIntake intake;
    private final Categories categories;
    private final Paragraph message;

    LogComplaintForm(ComplaintIntake intake, Categories categories, TeamService teams, java.time.LocalDate today, Paragraph message) {
        this.intake = intake;
        this.categories = categories;
        this.message = message;
        receivedOn.setLocale(Locale.UK);
        receivedOn.setMax(today);
        receivedOn.setValue(today);
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(Channel::label);
        complainantType.setItems(ComplainantType.values());
        complainantType.setItemLabelGenerator(ComplainantType::label);
        complainantType.setHelperText("A child or young person is offered an advocate.");
        complainantName.setMaxLength(Complaint.NAME_MAX);
        complainantContact.setMaxLength(Complaint.CONTACT_MAX);
        complainantContact.setHelperText("Email, telephone or address, as the complainant prefers.");
        caseReference.setMaxLength(CaseRecord.REFERENCE_MAX);
        team.setItems(teams.activeTeams());
        team.setItemLabelGenerator(Team::getName);
        team.setHelperText("Filled from the case when you give a case reference.");
        summary.setMaxLength(Complaint.SUMMARY_MAX);
        summary.setMinHeight("7rem");
        for (HasValidation required : List.of(receivedOn, channel, complainantType, complainantName, summary)) {
            ((com.vaadin.flow.component.HasValue<?, ?>) required).setRequiredIndicatorVisible(true);
        }
        bind();
        fillTeamFromCase();
        addPointRow.addClickListener(e -> addPointRow());
        save.addClickListener(e -> logComplaint());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addPointRow();

        FormLayout form = new FormLayout(receivedOn, channel, complainantType, complainantName, complainantContact, caseReference, team, summary);
        form.setColspan(summary, 2);
        form.setMaxWidth("60rem");
        Div buttons = new Div(save);
        buttons.addClassName("form-actions");
        getContent().add(form, new H2("Complaint points"), pointsBox, addPointRow, buttons);
    }

    /** The service owns every rule, so the form and the web intake refuse the same things in the same words. */
    private void bind() {
        binder.forField(receivedOn).bind("receivedOn");
        binder.forField(channel).bind("channel");
        binder.forField(complainantType).bind("complainantType");
        binder.forField(complainantName).bind("complainantName");
        binder.forField(complainantContact).bind("complainantContact");
        binder.forField(caseReference).bind("caseReference");
        binder.forField(team).withConverter(t -> t == null ? null : t.getId(), id -> id == null ? null
                : team.getListDataView().getItems().filter(t -> t.getId().equals(id)).findFirst().orElse(null)).bind("teamId");
        binder.forField(summary).bind("summary");
    }

    private void fillTeamFromCase() {
        caseReference.setValueChangeMode(ValueChangeMode.ON_CHANGE);
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
        FormAction.of("complaint", fields, message).get(() -> intake.register(binder.record(), points)).ifPresent(saved -> {
            FormAction.done("Complaint " + saved.getReference() + " logged.");
            getUI().ifPresent(ui -> ui.navigate(ComplaintView.class, new RouteParameters("complaintId", String.valueOf(saved.getId()))));
        });
    }
}
