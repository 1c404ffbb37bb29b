package org.sightline.app.ui;

import com.vaadin.flow.component.html.Span;

/** The Sightline wordmark: a small sight-line glyph and the name. */
public class Wordmark extends Span {
    public Wordmark() {
        addClassName("wordmark");
        Span glyph = new Span();
        glyph.addClassName("wordmark-glyph");
        glyph.getElement().setAttribute("aria-hidden", "true");
        Span name = new Span("Sightline");
        name.addClassName("wordmark-name");
        add(glyph, name);
    }
}
