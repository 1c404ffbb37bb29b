package org.sightline.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The page shown for a route that does not exist or that this user may not open. It never
 * shows a stack trace or the internal reason, only what to do next.
 */
abstract class ErrorView extends Main {

    protected final H1 heading = new H1();
    protected final Paragraph explanation = new Paragraph();

    ErrorView() {
        addClassName("error-page");
        Div card = new Div();
        card.addClassName("error-card");
        card.add(new Wordmark(), heading, explanation, new Anchor("", "Go to the home page"));
        add(card);
    }

    public String headingText() {
        return heading.getText();
    }
}
