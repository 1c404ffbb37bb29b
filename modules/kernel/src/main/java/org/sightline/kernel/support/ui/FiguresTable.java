package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.util.List;

/** A small table of figures with a caption and headers, and the key-figure tiles, in the portal's style. */
public final class FiguresTable {

    private FiguresTable() {
    }

    /** The first cell of each row is its header. */
    public static Div of(String caption, List<String> headers, List<List<String>> rows) {
        Element table = new Element("table");
        table.getClassList().add("figures-table");
        table.appendChild(new Element("caption").setText(caption));
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setAttribute("scope", "col").setText(h)));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (List<String> row : rows) {
            Element tr = new Element("tr");
            for (int i = 0; i < row.size(); i++) {
                tr.appendChild(i == 0 ? new Element("th").setAttribute("scope", "row").setText(row.get(i)) : new Element("td").setText(row.get(i)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        return wrap;
    }

    /** A row of headline figures. */
    public static Div keyFigures(Component... figures) {
        Div d = new Div(figures);
        d.addClassName("key-figures");
        return d;
    }

    public static Div keyFigure(String value, String label) {
        Span v = new Span(value);
        v.addClassName("key-figure-value");
        Span l = new Span(label);
        l.addClassName("key-figure-label");
        Div d = new Div(v, l);
        d.addClassName("key-figure");
        return d;
    }
}
