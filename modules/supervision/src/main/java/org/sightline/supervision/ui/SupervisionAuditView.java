package org.sightline.supervision.ui;

import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.support.ui.RecordRoute;
import static org.sightline.kernel.support.ui.Facts.fact;

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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import org.sightline.kernel.support.ui.GroupError;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.supervision.SupervisionAccess;
import org.sightline.supervision.AuditDraft;
import org.sightline.supervision.AuditStatus;
import org.sightline.supervision.Criterion;
import org.sightline.supervision.CriterionAnswer;
import org.sightline.supervision.SupervisionAudit;
import org.sightline.supervision.SupervisionService;
import org.springframework.security.access.AccessDeniedException;
import org.sightline.kernel.people.RoleGroup;

/** One supervision audit: the auditor's form while a draft, then the record, the discussion and the acknowledgement. */
@Route("supervision/:auditId([0-9]+|new)")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class SupervisionAuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** A criterion's grade and evidence. */
    static final class CriterionFields {
        final RadioButtonGroup<Grade> grade = new RadioButtonGroup<>();
        final TextArea evidence = new TextArea("Evidence");

        CriterionFields(Criterion c) {
            grade.setLabel(c.label());
            grade.setHelperText(c.prompt());
            grade.setItems(Grade.values());
            grade.setItemLabelGenerator(Grade::label);
            grade.setRequiredIndicatorVisible(true);
            evidence.setMaxLength(CriterionAnswer.EVIDENCE_MAX);
            evidence.setWidthFull();
        }
    }

    final ComboBox<Person> supervisor = new ComboBox<>("Supervisor whose supervision you audited");
    final ComboBox<Person> supervisee = new ComboBox<>("Supervisee");
    final DatePicker periodFrom = new DatePicker("Period reviewed: from");
    final DatePicker periodTo = new DatePicker("to");
    final Checkbox sourceFile = new Checkbox("The personal supervision file");
    final Checkbox sourceCases = new Checkbox("Case records with management oversight");
    final GroupError sourcesError;
    final IntegerField sessionsExpected = new IntegerField("Sessions expected in the period");
    final IntegerField sessionsHeld = new IntegerField("Sessions held");
    final Map<Criterion, CriterionFields> criteria = new EnumMap<>(Criterion.class);
    final RadioButtonGroup<Grade> overall = new RadioButtonGroup<>("Overall grade");
    final TextArea strengths = new TextArea("Strengths");
    final TextArea development = new TextArea("Areas for development");
    final Button save = new Button("Save draft");
    final Button complete = new Button("Complete the audit");
    final Paragraph message = new Paragraph();
    final DatePicker discussedOn = new DatePicker("Date of the discussion");
    final TextArea discussionNote = new TextArea("Note of the discussion");
    final Button recordDiscussion = new Button("Record the discussion");
    final Button acknowledge = new Button("I have read this and acknowledge it");
    final com.vaadin.flow.component.textfield.TextField actionTitle = new com.vaadin.flow.component.textfield.TextField("Action for the supervisor");
    final DatePicker actionDue = new DatePicker("Due");
    final Button raise = new Button("Raise the action");

    private final SupervisionService audits;
    private final CurrentUser currentUser;
    private final org.sightline.supervision.SupervisionPdfs pdfs;
    private final org.sightline.kernel.pdf.ExportService exports;
    SupervisionAudit audit;
    private String title = "Supervision audit | Sightline";

    public SupervisionAuditView(SupervisionService audits, CurrentUser currentUser, org.sightline.supervision.SupervisionPdfs pdfs,
                                org.sightline.kernel.pdf.ExportService exports) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        sourcesError = new GroupError(sourceFile);
        for (Criterion c : Criterion.values()) {
            criteria.put(c, new CriterionFields(c));
        }
        overall.setItems(Grade.values());
        overall.setItemLabelGenerator(Grade::label);
        overall.setRequiredIndicatorVisible(true);
        for (DatePicker d : List.of(periodFrom, periodTo, discussedOn)) {
            d.setLocale(Locale.UK);
        }
        supervisor.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : ", " + p.getJobTitle()));
        supervisee.setItemLabelGenerator(Person::getFullName);
        supervisor.addValueChangeListener(e -> {
            supervisee.setItems(e.getValue() == null ? List.of() : audits.superviseesOf(e.getValue().getId()));
            if (e.getValue() == null || supervisee.getValue() != null
                    && !audits.superviseesOf(e.getValue().getId()).contains(supervisee.getValue())) {
                supervisee.clear();
            }
        });
        // Monthly supervision is expected of case-holding staff: suggest one session a month, which
        // the auditor changes for part-time or non-case-holding supervisees.
        periodFrom.addValueChangeListener(e -> suggestSessions());
        periodTo.addValueChangeListener(e -> suggestSessions());
        save.addClickListener(e -> submit(false));
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> Confirm.ask("Complete this supervision audit?",
                "The supervisor is told and asked to discuss it with you. A completed audit cannot be changed.", "Complete", () -> submit(true)));
        recordDiscussion.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordDiscussion.addClickListener(e -> step(() -> audits.recordDiscussion(audit.getId(), audit.getVersion(), discussedOn.getValue(),
                discussionNote.getValue()), "The discussion is recorded; the supervisor is asked to acknowledge it.",
                Map.of("discussedOn", discussedOn, "discussionNote", discussionNote)));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.addClickListener(e -> step(() -> audits.acknowledge(audit.getId(), audit.getVersion()), "Acknowledged.", Map.of()));
        actionDue.setLocale(Locale.UK);
        actionTitle.setMaxLength(org.sightline.kernel.actions.ActionItem.TITLE_MAX);
        actionTitle.setWidth("min(32rem, 100%)");
        raise.addClickListener(e -> step(() -> {
            audits.raiseAction(audit.getId(), actionTitle.getValue(), actionDue.getValue());
            actionTitle.clear();
            actionDue.clear();
            return audits.open(audit.getId());
        }, "Action raised; it is in the action tracker.", Map.of("title", actionTitle, "dueDate", actionDue)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("auditId").orElse("");
        removeAll();
        if (id.equals("new")) {
            if (RoleGroup.MANAGERS.roles().stream().noneMatch(currentUser::hasRole)) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            audit = null;
            title = "New supervision audit | Sightline";
            buildForm();
            return;
        }
        audit = RecordRoute.load(event, () -> audits.open(Long.parseLong(id))).orElse(null);
        if (audit == null) {
            return;
        }
        title = "Supervision audit: " + audit.getSupervisor().getFullName() + " | Sightline";
        if (audit.getStatus() == AuditStatus.DRAFT) {
            buildForm();
        } else {
            buildRecord();
        }
    }

    private void buildForm() {
        add(new RouterLink("← Supervision audits", SupervisionView.class),
                new H1(audit == null ? "New supervision audit" : "Supervision audit: " + audit.getSupervisor().getFullName()));
        Paragraph purpose = new Paragraph("Grade each criterion on the four-point scale and give the evidence. Save a draft as you go; "
                + "complete it when every criterion is graded.");
        purpose.addClassName("page-purpose");
        supervisor.setItems(audits.supervisors());
        periodFrom.setMax(audits.today());
        periodTo.setMax(audits.today());
        if (audit != null) {
            SupervisionAudit a = audit;
            supervisor.setValue(supervisor.getListDataView().getItems().filter(p -> p.equals(a.getSupervisor())).findFirst().orElse(null));
            supervisee.setValue(a.getSupervisee());
            periodFrom.setValue(a.getPeriodFrom());
            periodTo.setValue(a.getPeriodTo());
            sourceFile.setValue(a.isSourcePersonalFile());
            sourceCases.setValue(a.isSourceCaseRecords());
            sessionsExpected.setValue(a.getSessionsExpected());
            sessionsHeld.setValue(a.getSessionsHeld());
            a.getAnswers().forEach((c, ans) -> {
                criteria.get(c).grade.setValue(ans.getGrade());
                criteria.get(c).evidence.setValue(ans.getEvidence() == null ? "" : ans.getEvidence());
            });
            overall.setValue(a.getOverall());
            strengths.setValue(a.getStrengths() == null ? "" : a.getStrengths());
            development.setValue(a.getDevelopment() == null ? "" : a.getDevelopment());
        }
        FormLayout who = new FormLayout(supervisor, supervisee, periodFrom, periodTo);
        who.setMaxWidth("56rem");
        sessionsExpected.setHelperText("Filled in as one a month (case-holding staff); change it if a different interval applies.");
        FormLayout sessions = new FormLayout(sessionsExpected, sessionsHeld);
        sessions.setMaxWidth("56rem");
        add(purpose, message, who, new H2("What you looked at"), sourceFile, sourceCases, sourcesError, sessions, new H2("Criteria"));
        for (Criterion c : Criterion.values()) {
            CriterionFields f = criteria.get(c);
            Div box = new Div(f.grade, f.evidence);
            box.addClassName("criterion");
            box.setMaxWidth("56rem");
            add(box);
        }
        strengths.setWidth("min(56rem, 100%)");
        development.setWidth("min(56rem, 100%)");
        Div buttons = new Div(save, complete);
        buttons.addClassName("form-actions");
        add(new H2("Overall"), overall, strengths, development, buttons);
    }

    private AuditDraft draft() {
        Map<Criterion, CriterionAnswer> answers = new EnumMap<>(Criterion.class);
        criteria.forEach((c, f) -> {
            if (f.grade.getValue() != null || !f.evidence.getValue().isBlank()) {
                answers.put(c, new CriterionAnswer(f.grade.getValue(), f.evidence.getValue().isBlank() ? null : f.evidence.getValue().strip()));
            }
        });
        return new AuditDraft(supervisor.getValue() == null ? null : supervisor.getValue().getId(),
                supervisee.getValue() == null ? null : supervisee.getValue().getId(), periodFrom.getValue(), periodTo.getValue(),
                sourceFile.getValue(), sourceCases.getValue(), sessionsExpected.getValue(), sessionsHeld.getValue(), answers,
                overall.getValue(), blank(strengths.getValue()), blank(development.getValue()), false);
    }

    private void submit(boolean andComplete) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("supervisor", supervisor, "supervisee", supervisee, "periodFrom", periodFrom,
                "periodTo", periodTo, "sources", sourcesError, "sessionsExpected", sessionsExpected, "sessionsHeld", sessionsHeld,
                "overall", overall));
        criteria.forEach((c, f) -> {
            fields.put("grade." + c.name(), f.grade);
            fields.put("evidence." + c.name(), f.evidence);
        });
        FormAction.of("audit", fields, message).get(() -> andComplete
                ? audits.complete(audit == null ? null : audit.getId(), audit == null ? 0 : audit.getVersion(), draft())
                : audits.saveDraft(audit == null ? null : audit.getId(), audit == null ? 0 : audit.getVersion(), draft()))
                .ifPresent(saved -> {
                    audit = saved;
                    FormAction.done(andComplete ? "Completed; " + saved.getSupervisor().getFullName() + " is told." : "Draft saved.");
                    getUI().ifPresent(ui -> ui.navigate(SupervisionAuditView.class,
                            new RouteParameters("auditId", String.valueOf(saved.getId()))));
                });
    }

    private void buildRecord() {
        SupervisionAudit a = audit;
        Person me = currentUser.require();
        add(new RouterLink("← Supervision audits", SupervisionView.class), new H1("Supervision audit: " + a.getSupervisor().getFullName()));
        add(Facts.of(fact("Supervisor", a.getSupervisor().getFullName()), fact("Supervisee", a.getSupervisee().getFullName()),
                fact("Auditor", a.getAuditor().getFullName()),
                fact("Period", Formats.date(a.getPeriodFrom()) + " to " + Formats.date(a.getPeriodTo())),
                fact("Sessions", a.sessionsText()),
                fact("Looked at", String.join(" and ", java.util.stream.Stream.of(a.isSourcePersonalFile() ? "the personal file" : null,
                        a.isSourceCaseRecords() ? "case records" : null).filter(java.util.Objects::nonNull).toList())),
                fact("Overall", a.getOverall() == null ? "" : a.getOverall().label()), fact("Status", a.getStatus().label())));
        add(new H2("Criteria"));
        for (Criterion c : Criterion.values()) {
            CriterionAnswer ans = a.getAnswers().get(c);
            add(new H3(c.label() + ": " + (ans == null || ans.getGrade() == null ? "not graded" : ans.getGrade().label())),
                    new Paragraph(ans == null || ans.getEvidence() == null ? "" : ans.getEvidence()));
        }
        add(new H2("Strengths"), new Paragraph(a.getStrengths() == null ? "None recorded." : a.getStrengths()),
                new H2("Areas for development"), new Paragraph(a.getDevelopment() == null ? "None recorded." : a.getDevelopment()));
        add(message, new H2("Reflective discussion"));
        if (a.getDiscussedOn() != null) {
            add(new Paragraph("Discussed on " + Formats.date(a.getDiscussedOn()) + ": " + a.getDiscussionNote()));
        } else if (SupervisionAccess.mayEdit(me, a)) {
            discussedOn.setMax(audits.today());
            discussionNote.setWidth("min(48rem, 100%)");
            discussionNote.setMaxLength(SupervisionAudit.NOTE_MAX);
            Div buttons = new Div(recordDiscussion);
            buttons.addClassName("form-actions");
            add(discussedOn, discussionNote, buttons);
        } else {
            add(new Paragraph("Not yet discussed with the supervisor."));
        }
        if (a.getStatus() == AuditStatus.ACKNOWLEDGED) {
            Paragraph ack = new Paragraph("Acknowledged by " + a.getSupervisor().getFullName() + " on " + Formats.dateTime(a.getAcknowledgedAt()) + ".");
            ack.addClassName("secondary");
            add(ack);
        } else if (a.getStatus() == AuditStatus.DISCUSSED && SupervisionAccess.mayAcknowledge(me, a)) {
            Div buttons = new Div(acknowledge);
            buttons.addClassName("form-actions");
            add(buttons);
        }
        if (SupervisionAccess.mayRaiseAction(me, a)) {
            add(new H2("Actions"));
            actionDue.setMin(audits.today());
            Div row = new Div(actionTitle, actionDue, raise);
            row.addClassName("filters");
            add(row);
        }
        long id = a.getId();
        add(org.sightline.kernel.support.ui.PdfLink.of("Download this audit (PDF)",
                () -> exports.exportDocument("supervision", "SupervisionAudit", id, pdfs.record(audits.open(id)))));
    }

    private void step(java.util.function.Supplier<SupervisionAudit> action, String done, Map<String, HasValidation> fields) {
        FormAction.of("audit", fields, message).get(action).ifPresent(saved -> {
            audit = saved;
            FormAction.done(done);
            removeAll();
            buildRecord();
        });
    }

    private void suggestSessions() {
        if (sessionsExpected.getValue() == null && periodFrom.getValue() != null && periodTo.getValue() != null
                && !periodTo.getValue().isBefore(periodFrom.getValue())) {
            sessionsExpected.setValue((int) Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(periodFrom.getValue(),
                    periodTo.getValue().plusDays(1))));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
