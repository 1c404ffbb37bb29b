package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled facts ("Due: 4 Dec 2026") in the portal's fact-list style. */
public final class Facts {

    private Facts() {
    }

    public static Div fact(String label, String value) {
        return fact(label, new Span(value == null ? "" : value));
    }

    public static Div fact(String label, Component value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div d = new Div(l, value);
        d.addClassName("fact");
        return d;
    }

    /** A block of facts laid out as a grid. */
    public static Div of(Component... facts) {
        Div d = new Div(facts);
        d.addClassName("facts");
        return d;
    }
}
