package org.sightline.audits.ui;

import com.vaadin.flow.component.html.Span;
import org.sightline.kernel.grades.Grade;

/** A grade as a word on its colour; the word is always there, so colour is never the only cue. */
final class GradeBadge {

    private GradeBadge() {
    }

    static Span of(Grade grade) {
        Span s = new Span(grade == null ? "" : grade.label());
        if (grade != null) {
            s.addClassName("grade");
            s.addClassName("grade-" + grade.name().toLowerCase().replace('_', '-'));
        }
        return s;
    }
}
