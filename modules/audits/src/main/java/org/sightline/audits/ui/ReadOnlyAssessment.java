package org.sightline.audits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.sightline.audits.audit.Assessment;
import org.sightline.audits.audit.DomainAnswer;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.support.Formats;

/** An assessment as text: for reading after submission and for moderation. */
final class ReadOnlyAssessment {

    private ReadOnlyAssessment() {
    }

    static Component of(List<TemplateDomain> domains, Assessment a) {
        Div box = new Div();
        box.addClassName("read-only-assessment");
        box.add(new Paragraph(a.getRole().label() + ": " + a.getAuditor().getFullName()
                + (a.getSubmittedAt() == null ? " (not submitted)" : ", submitted " + Formats.dateTime(a.getSubmittedAt()))));
        List<DomainAnswer> answers = a.getDomains();
        for (int i = 0; i < domains.size() && i < answers.size(); i++) {
            DomainAnswer d = answers.get(i);
            Div row = new Div(new H3(domains.get(i).getName()), GradeBadge.of(d.getGrade()));
            row.addClassName("domain-read");
            addIfWritten(row, "Evidence", d.getEvidence());
            addIfWritten(row, "Working well", d.getWorkingWell());
            addIfWritten(row, "Worried about", d.getWorries());
            box.add(row);
        }
        Div overall = new Div(new H3("Overall"), GradeBadge.of(a.getOverallGrade()));
        overall.addClassName("domain-read");
        addIfWritten(overall, "Rationale", a.getOverallRationale());
        box.add(overall);
        return box;
    }

    /** A label with nothing after it says nothing: a field left empty is left out. */
    static void addIfWritten(Div row, String label, String text) {
        if (text != null && !text.isBlank()) {
            row.add(labelled(label, text));
        }
    }

    private static Paragraph labelled(String label, String text) {
        Span l = new Span(label + ": ");
        l.addClassName("fact-label");
        return new Paragraph(l, new Span(text));
    }
}
