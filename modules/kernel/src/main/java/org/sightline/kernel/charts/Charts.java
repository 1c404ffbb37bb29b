package org.sightline.kernel.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * Draws a {@link ChartSpec} as SVG with JFreeChart and JFreeSVG: vectors on screen and in PDFs,
 * the same picture in both. Vaadin Charts is commercial; this needs nothing in the browser.
 */
public final class Charts {

    /** Series colours when a spec gives none: dark enough for 3:1 against white (WCAG 1.4.11). */
    static final List<Color> PALETTE = List.of(
            new Color(0x0b5563), new Color(0xb35900), new Color(0x5b3f8c), new Color(0x2e6b30),
            new Color(0x9c2f4b), new Color(0x44546a), new Color(0x7a5c00), new Color(0x1f5fa8));

    private static final Color INK = new Color(0x1f2933);
    private static final Color GRID = new Color(0xd0d5dd);

    private Charts() {
    }

    /**
     * The chart as an SVG document with whole-number width and height (openhtmltopdf rejects
     * fractional sizes).
     *
     * @param textAsShapes draw labels as outlines: used in PDFs, where the figure is tagged with
     *                     its text alternative and no chart font needs embedding
     */
    public static String svg(ChartSpec spec, int width, int height, boolean textAsShapes) {
        JFreeChart chart = chart(spec, Font.SANS_SERIF);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        if (textAsShapes) {
            g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        }
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, true, null, null, null);
        return svg.replaceFirst("width='" + width + "\\.0'", "width='" + width + "'")
                .replaceFirst("height='" + height + "\\.0'", "height='" + height + "'");
    }

    /** The JFreeChart for a spec; public so the PDF kit can draw it directly. */
    public static JFreeChart chart(ChartSpec spec, String fontFamily) {
        List<String> categories = spec.categories();
        Font base = new Font(fontFamily, Font.PLAIN, 12);
        CategoryAxis categoryAxis = new CategoryAxis(spec.categoryLabel());
        NumberAxis valueAxis = new NumberAxis(spec.valueLabel());
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (spec.scaleMax() != null) {
            valueAxis.setRange(0, spec.scaleMax());
        }
        CategoryPlot plot = new CategoryPlot(dataset(spec), categoryAxis, valueAxis, renderer(spec));
        // Many long names (workshop titles, teams) read better as horizontal bars with the names
        // at the left, in full, than slanted and cut off under the axis.
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        boolean horizontal = categories.size() > 4 && longest > 18;
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        if (horizontal) {
            plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        for (var axis : List.of(categoryAxis, valueAxis)) {
            axis.setLabelFont(base);
            axis.setTickLabelFont(base.deriveFont(11f));
            axis.setLabelPaint(INK);
            axis.setTickLabelPaint(INK);
            axis.setAxisLinePaint(INK);
        }
        categoryLabels(categoryAxis, categories, horizontal);
        JFreeChart chart = new JFreeChart(spec.title(), base.deriveFont(Font.BOLD, 14f), plot, spec.series().size() > 1);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(INK);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemFont(base.deriveFont(11f));
            legend.setItemPaint(INK);
            legend.setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        }
        return chart;
    }

    private static DefaultCategoryDataset dataset(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<String, Number>> s : spec.series().entrySet()) {
            for (String c : spec.categories()) {
                Number v = s.getValue().get(c);
                data.addValue(v == null && spec.type() != ChartSpec.ChartType.LINE ? 0 : v, s.getKey(), c);
            }
        }
        return data;
    }

    /** Bars, stacked bars or lines, each series in its own colour, or the palette's next. */
    private static CategoryItemRenderer renderer(ChartSpec spec) {
        CategoryItemRenderer renderer = switch (spec.type()) {
            case BAR -> barRenderer(new BarRenderer());
            case STACKED_BAR -> barRenderer(new StackedBarRenderer());
            case LINE -> {
                LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
                line.setDefaultStroke(new BasicStroke(2.5f));
                line.setAutoPopulateSeriesStroke(false);
                yield line;
            }
        };
        int i = 0;
        for (String name : spec.series().keySet()) {
            String hex = spec.colours().get(name);
            Paint paint = hex != null ? Color.decode(hex) : PALETTE.get(i % PALETTE.size());
            renderer.setSeriesPaint(i, paint);
            i++;
        }
        return renderer;
    }

    private static void categoryLabels(CategoryAxis categoryAxis, List<String> categories, boolean horizontal) {
        if (horizontal) {
            categoryAxis.setMaximumCategoryLabelLines(2);
            categoryAxis.setMaximumCategoryLabelWidthRatio(0.4f);
        } else {
            if (categories.size() > 6) {
                categoryAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
            }
            // Long names on few bars (audit domains) wrap onto up to three lines and may use the gap
            // beside their bar; otherwise they are cut to "Assessmen t" or "Effectivene ss ...".
            categoryAxis.setMaximumCategoryLabelLines(3);
            categoryAxis.setMaximumCategoryLabelWidthRatio(1.4f);
        }
    }

    private static BarRenderer barRenderer(BarRenderer bars) {
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.05);
        bars.setMaximumBarWidth(0.12);
        return bars;
    }
}
