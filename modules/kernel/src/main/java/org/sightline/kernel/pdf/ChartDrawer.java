package org.sightline.kernel.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.charts.Charts;
import org.w3c.dom.Element;

/**
 * Draws a document's charts straight onto the PDF page through PDFBox's Graphics2D bridge:
 * vectors, as the SVG on screen, without serialising and re-parsing an SVG per chart.
 */
final class ChartDrawer implements FSObjectDrawer {

    static final String TYPE = "application/x-sightline-chart";

    private final List<PdfDocument.Chart> charts;

    ChartDrawer(PdfDocument document) {
        this.charts = document.blocks().stream()
                .filter(PdfDocument.Chart.class::isInstance).map(PdfDocument.Chart.class::cast).toList();
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        PdfDocument.Chart chart = charts.get(Integer.parseInt(e.getAttribute("data-chart")));
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        outputDevice.drawWithGraphics((float) x, (float) y, (float) width, (float) height,
                g2 -> Charts.chart(chart.spec(), PdfKit.FONT_FAMILY).draw(g2, new Rectangle2D.Float(0, 0, w, h)));
        return null;
    }
}
