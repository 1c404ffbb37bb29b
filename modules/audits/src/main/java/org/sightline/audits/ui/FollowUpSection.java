package org.sightline.audits.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import org.sightline.audits.audit.AuditFollowUp;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;

/**
 * The part of a completed audit's page that comes after the grades: for an inadequate audit the
 * Head of Service's oversight and the six-week review, for a re-audit the grades compared with the
 * first audit, and the practitioner's reflection. Each step has its own field and message line;
 * {@code onSaved} reloads the page once one is saved.
 */
class FollowUpSection extends Composite<Div> {

    private final CaseAudit audit;
    private final AuditService audits;
    private final AuditFollowUp followUps;
    private final Runnable onSaved;

    final TextArea oversight = AuditView.area("Your oversight and comment", CaseAudit.OVERSIGHT_MAX);
    final TextArea review = AuditView.area("What the six-week review found", CaseAudit.REVIEW_NOTE_MAX);
    final TextArea practitionerReflection = AuditView.area("Your reflection on this audit", CaseAudit.REFLECTION_MAX);

    private void build() {
        if (audit.isInadequate()) {
            Div box = new Div(new H2("Inadequate: follow-up"));
            box.addClassName("final-grades");
            box.add(AuditView.fact("Review due", Formats.date(audit.getReviewDue())),
                    AuditView.fact("Re-audit due", Formats.date(audit.getReauditDue())));
            if (audit.getOversight() != null) {
                box.add(AuditView.fact("Head of Service oversight", audit.getOversight() + " (" + audit.getOversightBy().getFullName()
                        + ", " + Formats.dateTime(audit.getOversightAt()) + ")"));
            } else if (followUps.mayRecordOversight(audit)) {
                Paragraph problem = alert();
                Button save = new Button("Record oversight", e -> followUp(() -> followUps.recordOversight(audit.getId(), audit.getVersion(),
                        oversight.getValue()), oversight, "oversight", problem));
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                box.add(oversight, save, problem);
            } else {
                box.add(AuditView.fact("Head of Service oversight", "Not yet recorded"));
            }
            if (audit.getReviewNote() != null) {
                box.add(AuditView.fact("Six-week review", audit.getReviewNote() + " (" + Formats.dateTime(audit.getReviewDoneAt()) + ")"));
            } else if (followUps.mayRecordReview(audit)) {
                Paragraph problem = alert();
                Button save = new Button("Record the review", e -> followUp(() -> followUps.recordReview(audit.getId(), audit.getVersion(),
                        review.getValue()), review, "review", problem));
                box.add(review, save, problem);
            }
            getContent().add(box);
        }
        if (audit.getFollowUpOf() != null) {
            CaseAudit first = audits.open(audit.getFollowUpOf().getId());
            Div box = new Div(new H2("Compared with the first audit (" + Formats.month(first.getMonth()) + ")"));
            box.addClassName("final-grades");
            List<TemplateDomain> domains = audit.getTemplate().getDomains();
            for (int i = 0; i < domains.size(); i++) {
                Grade before = i < first.getFinalDomains().size() ? first.getFinalDomains().get(i) : null;
                Grade now = i < audit.getFinalDomains().size() ? audit.getFinalDomains().get(i) : null;
                Div row = new Div(new Span(domains.get(i).getName()), new Span(label(before) + " then " + label(now)));
                row.addClassName("final-row");
                box.add(row);
            }
            Div overall = new Div(new Span("Overall"), new Span(label(first.getFinalOverall()) + " then " + label(audit.getFinalOverall())));
            overall.addClassNames("final-row", "final-overall");
            box.add(overall);
            getContent().add(box);
        }
        if (audit.getPractitionerReflection() != null) {
            getContent().add(new H2("The practitioner's reflection"), new Paragraph(audit.getPractitionerReflection()));
        } else if (followUps.mayReflect(audit)) {
            Paragraph problem = alert();
            Button save = new Button("Save my reflection", e -> followUp(() -> followUps.reflect(audit.getId(), audit.getVersion(),
                    practitionerReflection.getValue()), practitionerReflection, "reflection", problem));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getContent().add(new H2("Your reflection"), new Paragraph("Read the audit of your case and add your reflection: what you "
                    + "recognise, what you would do differently, what support would help."), practitionerReflection, save, problem);
        }
    }

    private void followUp(java.util.function.Supplier<CaseAudit> action, TextArea field, String key, Paragraph problem) {
        if (FormAction.of("audit", Map.of(key, field), problem).get(action).isPresent()) {
            FormAction.done("Saved");
            onSaved.run();
        }
    }

    private static Paragraph alert() {
        Paragraph p = new Paragraph();
        p.addClassName("error-text");
        p.getElement().setAttribute("role", "alert");
        return p;
    }

    private static String label(Grade g) {
        return g == null ? "not graded" : g.label();
    }

    FollowUpSection(CaseAudit audit, AuditService audits, AuditFollowUp followUps, Runnable onSaved) {
        this.audit = audit;
        this.audits = audits;
        this.followUps = followUps;
        this.onSaved = onSaved;
        build();
    }
}
