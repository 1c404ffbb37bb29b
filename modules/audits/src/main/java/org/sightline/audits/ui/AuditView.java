package org.sightline.audits.ui;

import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.audits.audit.Assessment;
import org.sightline.audits.audit.AssessmentDraft;
import org.sightline.audits.audit.AuditFollowUp;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.AuditStatus;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.audit.DomainAnswer;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.cases.CaseService;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import org.springframework.security.access.AccessDeniedException;
import org.sightline.kernel.people.RoleGroup;

/**
 * One case audit. An auditor who has not yet submitted gets the form, saved as they go; everyone
 * else allowed to see the audit reads it. The other auditor's grades stay hidden until both
 * have submitted.
 */
@Route("audits/:auditId")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class AuditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final List<DomainFields> domainFields = new ArrayList<>();
    final RadioButtonGroup<Grade> overallGrade = gradeChoice("Overall grade");
    final TextArea overallRationale = area("Rationale for the overall grade", Assessment.RATIONALE_MAX);
    final TextArea reflection = area("The practitioner's reflective discussion", Assessment.REFLECTION_MAX);
    final TextArea childFeedback = area("Feedback from the child", Assessment.FEEDBACK_MAX);
    final TextField childReason = new TextField("If it was not possible, why");
    final TextArea parentFeedback = area("Feedback from the parent or carer", Assessment.FEEDBACK_MAX);
    final TextField parentReason = new TextField("If it was not possible, why");
    final TextArea proposedActions = area("Proposed actions", Assessment.PROPOSED_ACTIONS_MAX);
    final Span saveState = new Span();
    final Paragraph formError = new Paragraph();
    final Button submit = new Button("Submit my audit");

    private final AuditService audits;
    private final AuditFollowUp followUps;
    private final CaseService cases;
    private final org.sightline.kernel.pdf.ExportService exports;
    private final org.sightline.audits.reports.AuditPdf auditPdf;
    private CaseAudit audit;
    private Assessment mine;
    private long version;
    private String title = "Case audit | Sightline";
    /** The inadequate follow-up, the comparison with a first audit and the practitioner's reflection, once complete. */
    FollowUpSection followUpSection;

    /** The fields for one domain. */
    static final class DomainFields {
        final RadioButtonGroup<Grade> grade;
        final TextArea evidence = area("Evidence", DomainAnswer.EVIDENCE_MAX);
        final TextArea workingWell = area("What is working well", DomainAnswer.NOTE_MAX);
        final TextArea worries = area("What are we worried about", DomainAnswer.NOTE_MAX);

        DomainFields(String domain) {
            grade = gradeChoice("Grade for " + domain);
        }
    }

    public AuditView(AuditService audits, AuditFollowUp followUps, CaseService cases,
                     org.sightline.kernel.pdf.ExportService exports,
                     org.sightline.audits.reports.AuditPdf auditPdf) {
        this.audits = audits;
        this.followUps = followUps;
        this.cases = cases;
        this.exports = exports;
        this.auditPdf = auditPdf;
        addClassName("page");
        addClassName("audit-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("auditId").orElse(""));
            audit = audits.open(id);
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
            return;
        }
        title = "Case audit " + audit.getCaseRecord().getReference() + " | Sightline";
        removeAll();
        build();
    }

    private void build() {
        var summary = cases.find(audit.getCaseRecord().getId()).orElseThrow();
        String child = summary.childInitials().map(i -> " (" + i + ")").orElse("");
        add(new RouterLink("← Case audits", AuditsView.class), new H1("Case audit: " + summary.reference() + child));
        Div facts = new Div(
                fact("Month", Formats.month(audit.getMonth())),
                fact("Team", audit.getTeam().getName()),
                fact("Practitioner", audit.getPractitioner() == null ? "" : audit.getPractitioner().getFullName()),
                fact("Level of need", summary.levelOfNeed().label()),
                fact("Lead auditor", audit.getLeadAuditor().getFullName()),
                fact("Peer auditor", audit.getPeerAuditor().getFullName()),
                fact("Due", Formats.date(audit.getDueDate())),
                fact("Status", audit.getStatus().label()),
                fact("Template", "Version " + audit.getTemplate().getNumber()));
        facts.addClassName("audit-facts");
        add(facts);

        mine = audits.myAssessment(audit).orElse(null);
        if (audits.mayModerate(audit)) {
            Button moderate = new Button("Moderate this audit", e -> getUI().ifPresent(ui -> ui.navigate(ModerationView.class,
                    new RouteParameters("auditId", String.valueOf(audit.getId())))));
            moderate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph("The auditors' grades differ. As a moderator you set the final grades."), moderate);
        }
        if (audit.getStatus() == AuditStatus.COMPLETE) {
            followUpSection = new FollowUpSection(audit, audits, followUps, this::reload);
            add(finalGrades(), pdfLink(summary), followUpSection);
        }
        if (mine != null && !mine.isSubmitted()) {
            form();
        } else if (mine == null && audit.getStatus() != AuditStatus.COMPLETE && !audits.mayModerate(audit)) {
            // Not an auditor: say why the grades are not here rather than leave a bare header.
            Paragraph hidden = new Paragraph(audit.getStatus() == AuditStatus.AWAITING_MODERATION
                    ? "The two auditors' grades differ, so the audit is with a moderator. The auditors' grades and notes stay with "
                    + "them and the moderator; the final grades show here once moderation is done."
                    : "The auditors' grades and notes are private to them while they work, so neither sees the other's first. "
                    + "The final grades show here once the audit is complete.");
            hidden.setId("why-hidden");
            hidden.addClassName("page-purpose");
            add(hidden);
        } else if (mine != null) {
            add(new H2("Your audit"), ReadOnlyAssessment.of(audit.getTemplate().getDomains(), mine));
            audits.otherAssessment(audit).ifPresentOrElse(
                    other -> add(new H2("The " + other.getRole().label().toLowerCase() + "'s audit"),
                            ReadOnlyAssessment.of(audit.getTemplate().getDomains(), other)),
                    () -> add(new Paragraph("You have submitted. The other auditor's grades show here once they submit too.")));
        }
    }

    /** After a follow-up step is saved: the audit as it now stands. */
    private void reload() {
        audit = audits.open(audit.getId());
        removeAll();
        domainFields.clear();
        build();
    }

    /** The completed audit as a PDF for the child's file; the download is in the audit trail. */
    private Component pdfLink(org.sightline.kernel.cases.CaseSummary summary) {
        long auditId = audit.getId();
        var link = org.sightline.kernel.support.ui.PdfLink.of("Download this audit as a PDF",
                () -> exports.exportDocument("audits", "CaseAudit", auditId, auditPdf.build(audits.open(auditId), summary)));
        return link;
    }

    private Component finalGrades() {
        Div box = new Div(new H2("Final grades"));
        box.addClassName("final-grades");
        List<TemplateDomain> domains = audit.getTemplate().getDomains();
        List<Grade> grades = audit.getFinalDomains();
        for (int i = 0; i < domains.size() && i < grades.size(); i++) {
            Div row = new Div(new Span(domains.get(i).getName()), GradeBadge.of(grades.get(i)));
            row.addClassName("final-row");
            box.add(row);
        }
        Div overall = new Div(new Span("Overall"), GradeBadge.of(audit.getFinalOverall()));
        overall.addClassNames("final-row", "final-overall");
        box.add(overall, new Paragraph(audit.getFinalRationale() == null ? "" : audit.getFinalRationale()),
                new Paragraph(Boolean.TRUE.equals(audit.getAgreed()) ? "The lead and peer auditors agreed."
                        : "Moderated by " + (audit.getModerator() == null ? "" : audit.getModerator().getFullName()) + "."));
        return box;
    }

    private void form() {
        version = mine.getVersion();
        AssessmentDraft draft = mine.toDraft();
        add(new Paragraph("You are the " + mine.getRole().label().toLowerCase() + ". Your work is saved as you go; "
                + "the other auditor cannot see your grades until you have both submitted."));
        List<TemplateDomain> domains = audit.getTemplate().getDomains();
        for (int i = 0; i < domains.size(); i++) {
            TemplateDomain d = domains.get(i);
            DomainFields f = new DomainFields(d.getName());
            DomainAnswer a = i < draft.domains().size() ? draft.domains().get(i) : DomainAnswer.blank();
            f.grade.setValue(a.getGrade());
            f.evidence.setValue(nz(a.getEvidence()));
            f.workingWell.setValue(nz(a.getWorkingWell()));
            f.worries.setValue(nz(a.getWorries()));
            domainFields.add(f);
            Div fields = new Div(f.grade, f.evidence, f.workingWell, f.worries);
            fields.addClassName("domain-fields");
            Div section = new Div(new H3((i + 1) + ". " + d.getName()), new Div(fields, descriptors(d)));
            section.addClassName("domain");
            section.getChildren().skip(1).findFirst().ifPresent(c -> c.addClassName("domain-body"));
            add(section);
            autosave(f.grade, f.evidence, f.workingWell, f.worries);
        }
        overallGrade.setValue(draft.overallGrade());
        overallRationale.setValue(nz(draft.overallRationale()));
        reflection.setValue(nz(draft.practitionerReflection()));
        childFeedback.setValue(nz(draft.childFeedback()));
        childReason.setValue(nz(draft.childFeedbackReason()));
        parentFeedback.setValue(nz(draft.parentFeedback()));
        parentReason.setValue(nz(draft.parentFeedbackReason()));
        proposedActions.setValue(nz(draft.proposedActions()));
        childReason.setMaxLength(Assessment.REASON_MAX);
        parentReason.setMaxLength(Assessment.REASON_MAX);
        childReason.setWidthFull();
        parentReason.setWidthFull();
        Div overall = new Div(new H3("Overall"), overallGrade, overallRationale);
        overall.addClassName("domain");
        Div rest = new Div(new H3("Reflection and feedback"), reflection, childFeedback, childReason, parentFeedback, parentReason,
                proposedActions);
        rest.addClassName("domain");
        add(overall, rest);
        autosave(overallGrade, overallRationale, reflection, childFeedback, childReason, parentFeedback, parentReason, proposedActions);

        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        saveState.addClassName("secondary");
        saveState.getElement().setAttribute("role", "status");
        saveState.setText(mine.getLastSavedAt() == null ? "Not saved yet" : "Draft saved " + Formats.dateTime(mine.getLastSavedAt()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> Confirm.ask("Submit your audit of case " + audit.getCaseRecord().getReference() + "?",
                "You cannot change it after submitting. When both auditors have submitted, the grades are compared; if they "
                        + "differ, the audit goes to moderation.", "Submit", this::submit));
        Div actions = new Div(submit, saveState);
        actions.addClassName("form-actions");
        add(formError, actions);
    }

    private Component descriptors(TemplateDomain d) {
        Div box = new Div(new Span("What each grade looks like"));
        box.addClassName("descriptors");
        box.getChildren().findFirst().ifPresent(c -> c.addClassName("descriptors-title"));
        for (Grade g : Grade.values()) {
            Div one = new Div(GradeBadge.of(g), new Paragraph(d.descriptor(g)));
            one.addClassName("descriptor");
            box.add(one);
        }
        return box;
    }

    AssessmentDraft draft() {
        List<DomainAnswer> answers = domainFields.stream()
                .map(f -> new DomainAnswer(f.grade.getValue(), f.evidence.getValue(), f.workingWell.getValue(), f.worries.getValue()))
                .toList();
        return new AssessmentDraft(answers, overallGrade.getValue(), overallRationale.getValue(), reflection.getValue(),
                childFeedback.getValue(), childReason.getValue(), parentFeedback.getValue(), parentReason.getValue(),
                proposedActions.getValue());
    }

    void saveDraft() {
        FormAction.of("audit", fields(), formError).get(() -> audits.saveDraft(mine.getId(), version, draft())).ifPresentOrElse(saved -> {
            version = saved;
            saveState.setText("Draft saved " + Formats.dateTime(java.time.Instant.now()));
        }, () -> saveState.setText("Not saved"));
    }

    void submit() {
        FormAction.of("audit", fields(), formError).get(() -> audits.submit(mine.getId(), version, draft())).ifPresent(result -> {
            FormAction.done(result.getStatus() == AuditStatus.COMPLETE ? "Submitted. You agreed: the audit is complete."
                    : result.getStatus() == AuditStatus.AWAITING_MODERATION ? "Submitted. Your grades differ, so the audit goes to moderation."
                    : "Submitted. The audit completes when the other auditor submits.");
            getUI().ifPresent(ui -> ui.navigate(AuditView.class, new RouteParameters("auditId", String.valueOf(audit.getId()))));
        });
    }

    /** The form's fields by the names the service's messages use, in the order they appear. */
    private Map<String, com.vaadin.flow.component.HasValidation> fields() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < domainFields.size(); i++) {
            fields.put("domain." + i + ".grade", domainFields.get(i).grade);
            fields.put("domain." + i + ".evidence", domainFields.get(i).evidence);
            fields.put("domain." + i + ".workingWell", domainFields.get(i).workingWell);
            fields.put("domain." + i + ".worries", domainFields.get(i).worries);
        }
        fields.put("overallGrade", overallGrade);
        fields.put("overallRationale", overallRationale);
        fields.put("reflection", reflection);
        fields.put("childFeedback", childFeedback);
        fields.put("childFeedbackReason", childReason);
        fields.put("parentFeedback", parentFeedback);
        fields.put("parentFeedbackReason", parentReason);
        fields.put("proposedActions", proposedActions);
        return fields;
    }

    private void autosave(com.vaadin.flow.component.AbstractField<?, ?>... fields) {
        for (com.vaadin.flow.component.AbstractField<?, ?> f : fields) {
            f.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
        }
    }

    static RadioButtonGroup<Grade> gradeChoice(String label) {
        RadioButtonGroup<Grade> g = new RadioButtonGroup<>(label);
        g.setItems(Grade.values());
        g.setItemLabelGenerator(Grade::label);
        g.addClassName("grade-choice");
        return g;
    }

    static TextArea area(String label, int max) {
        TextArea t = new TextArea(label);
        t.setMaxLength(max);
        t.setWidthFull();
        t.setValueChangeMode(ValueChangeMode.ON_BLUR);
        return t;
    }

    static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div d = new Div(l, new Span(value == null ? "" : value));
        d.addClassName("fact");
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
