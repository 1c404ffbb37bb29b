package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.sightline.kernel.support.Markup;

/** Formatted text ({@link Markup}) as paragraphs and lists, built from text nodes only. */
public final class MarkupView {

    private MarkupView() {
    }

    public static Div of(String text) {
        Div d = new Div();
        d.addClassName("markup");
        for (Markup.Block b : Markup.blocks(text)) {
            switch (b) {
                case Markup.Paragraph p -> d.add(new Paragraph(p.text()));
                case Markup.Bullets l -> {
                    UnorderedList ul = new UnorderedList();
                    l.items().forEach(i -> ul.add(new ListItem(i)));
                    d.add(ul);
                }
            }
        }
        return d;
    }
}
