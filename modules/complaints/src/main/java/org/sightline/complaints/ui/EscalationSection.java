package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordSteps;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintEscalation;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.Escalation;
import org.sightline.complaints.Outcome;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.support.Formats;

/**
 * Stages 2 and 3 on a complaint's page: the complainant's request to escalate once a response is
 * sent, then the stage 2 investigation's extension and response, or the stage 3 panel, its report
 * and the council's response.
 */
class EscalationSection extends Composite<Div> {

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

    private final ComplaintQueries complaints;
    private final RecordSteps<Complaint> steps;

    EscalationSection(ComplaintQueries complaints, ComplaintEscalation escalation, RecordSteps<Complaint> steps) {
        this.complaints = complaints;
        this.steps = steps;
        for (DatePicker d : List.of(requestedOn, stage2Due, panelOn, panelReportOn, stageResponseOn)) {
            d.setLocale(Locale.UK);
        }
        leadName.setMaxLength(Escalation.LEAD_NAME_MAX);
        stage2Reason.setMaxLength(Escalation.REASON_MAX);
        stageNote.setMaxLength(Escalation.NOTE_MAX);
        stageOutcome.setItems(Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.NOT_UPHELD, Outcome.WITHDRAWN);
        stageOutcome.setItemLabelGenerator(Outcome::label);
        escalate.addClickListener(e -> steps.act(() -> escalation.escalate(steps.id(), steps.version(), steps.record().getStage() + 1,
                requestedOn.getValue(), leadName.getValue()), "Escalated.", Map.of("requestedOn", requestedOn, "leadName", leadName)));
        extendStage2.addClickListener(e -> steps.act(() -> escalation.extendStage2(steps.id(), steps.version(), stage2Due.getValue(),
                stage2Reason.getValue()), "Stage 2 extended.", Map.of("stage2Due", stage2Due, "stage2Reason", stage2Reason)));
        savePanel.addClickListener(e -> steps.act(() -> escalation.panelHeld(steps.id(), steps.version(), panelOn.getValue()),
                "Panel recorded.", Map.of("panelOn", panelOn)));
        saveReport.addClickListener(e -> steps.act(() -> escalation.panelReported(steps.id(), steps.version(), panelReportOn.getValue()),
                "Report recorded.", Map.of("panelReportOn", panelReportOn)));
        saveStageResponse.addClickListener(e -> steps.act(() -> escalation.stageResponse(steps.id(), steps.version(),
                steps.record().getStage(), stageResponseOn.getValue(), stageOutcome.getValue(), stageNote.getValue()),
                "Response recorded.", Map.of("stageResponseOn", stageResponseOn, "stageOutcome", stageOutcome, "stageNote", stageNote)));
    }

    void show(Complaint c) {
        getContent().removeAll();
        LocalDate today = complaints.today();
        if (c.nextStage().isPresent()) {
            LocalDate last = Timeline.escalationDeadline(c.lastResponse().orElseThrow(), complaints.days());
            requestedOn.setValue(today.isAfter(last) ? null : today);
            requestedOn.setMax(today);
            escalate.setText(c.getStage() == 1 ? "Escalate to stage 2" : "Escalate to stage 3");
            box(c.getStage() == 1 ? "Stage 2: independent investigation" : "Stage 3: review panel", "The complainant can ask by "
                    + Formats.date(last) + " (20 working days after the response).", requestedOn, leadName, escalate);
        }
        c.escalation(c.getStage()).filter(e -> !e.isDone() && c.getStage() > 1).ifPresent(e -> open(c, e, today));
    }

    private void open(Complaint c, Escalation e, LocalDate today) {
        stageResponseOn.setMax(today);
        if (c.getStage() == 2) {
            stage2Due.setMax(complaints.days().add(e.getRequestedOn(), Timeline.STAGE2_MAX));
            box("Extend stage 2", "25 working days from the request, up to 65.", stage2Due, stage2Reason, extendStage2);
            box("Stage 2 response", null, stageResponseOn, stageOutcome, stageNote, saveStageResponse);
        } else if (e.getPanelOn() == null) {
            panelOn.setMax(today);
            box("Review panel", "Within 30 working days of the request.", panelOn, savePanel);
        } else if (e.getPanelReportOn() == null) {
            panelReportOn.setMax(today);
            box("Panel report", "Within 5 working days of the panel.", panelReportOn, saveReport);
        } else {
            box("The council's response", "Within 15 working days of the panel's report.", stageResponseOn, stageOutcome,
                    stageNote, saveStageResponse);
        }
    }

    private void box(String heading, String help, com.vaadin.flow.component.Component... parts) {
        getContent().add(StepBox.of(heading, help, parts));
    }
}
