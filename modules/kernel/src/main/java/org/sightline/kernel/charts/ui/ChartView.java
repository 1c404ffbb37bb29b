package org.sightline.kernel.charts.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.charts.Charts;

/**
 * A chart on screen: the same SVG the PDFs embed, with its text alternative as the image's
 * {@code alt}, and the figures in a real table under "Show the figures" for anyone who
 * cannot see the picture or wants the numbers.
 */
public class ChartView extends Composite<Div> {

    private final Image image = new Image();
    private final Details figures = new Details("Show the figures");
    private final Paragraph empty = new Paragraph();
    private ChartSpec spec;

    public ChartView() {
        getContent().addClassName("chart");
        image.addClassName("chart-image");
        figures.addClassName("chart-figures");
        empty.addClassName("chart-empty");
        empty.setVisible(false);
        getContent().add(image, empty, figures);
    }

    public ChartView(ChartSpec spec) {
        this();
        show(spec);
    }

    public void show(ChartSpec spec) {
        this.spec = spec;
        String svg = Charts.svg(spec, 720, 320, false);
        image.setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
        image.setAlt(spec.textAlternative());
        figures.removeAll();
        empty.setText(spec.textAlternative());
        // Empty axes say nothing: say in words that there is nothing to show.
        image.setVisible(!spec.isEmpty());
        figures.setVisible(!spec.isEmpty());
        empty.setVisible(spec.isEmpty());
        if (!spec.isEmpty()) {
            Div holder = new Div();
            holder.getElement().appendChild(table(spec));
            figures.add(holder);
        }
    }

    public ChartSpec spec() {
        return spec;
    }

    public String alt() {
        return image.getAlt().orElse("");
    }

    static Element table(ChartSpec spec) {
        List<String> series = new ArrayList<>(spec.series().keySet());
        boolean total = spec.hasTotals();
        Element table = new Element("table");
        table.getClassList().add("figures-table");
        table.appendChild(new Element("caption").setText(spec.title()));
        Element headRow = new Element("tr");
        headRow.appendChild(th("col", spec.categoryLabel().isBlank() ? "Category" : spec.categoryLabel()));
        series.forEach(s -> headRow.appendChild(th("col", s)));
        if (total) {
            headRow.appendChild(th("col", "Total"));
        }
        table.appendChild(new Element("thead").appendChild(headRow));
        Element body = new Element("tbody");
        for (String c : spec.categories()) {
            Element row = new Element("tr");
            row.appendChild(th("row", c));
            series.forEach(s -> row.appendChild(new Element("td").setText(ChartSpec.format(spec.value(s, c)))));
            if (total) {
                row.appendChild(new Element("td").setText(ChartSpec.format(spec.total(c))));
            }
            body.appendChild(row);
        }
        table.appendChild(body);
        return table;
    }

    private static Element th(String scope, String text) {
        Element th = new Element("th").setText(text);
        th.setAttribute("scope", scope);
        return th;
    }

}
