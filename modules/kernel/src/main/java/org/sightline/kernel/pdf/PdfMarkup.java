package org.sightline.kernel.pdf;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.kernel.charts.ChartSpec;

/**
 * Writes a {@link PdfDocument} as the XHTML {@link PdfKit} lays out: the title block with the
 * protective marking, the blocks in order (a heading kept on the page with what it introduces),
 * bookmarks from the headings, and the print style sheet with the running footer. Every text is
 * escaped here, once.
 */
final class PdfMarkup {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);

    private final PdfSettings settings;
    private final Clock clock;

    PdfMarkup(PdfSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    String xhtml(PdfDocument d) {
        String marking = d.marking() != null ? d.marking() : d.isChildLevel() ? settings.childLevelMarking() : settings.protectiveMarking();
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>");
        h.append("<title>").append(esc(d.title())).append("</title>");
        if (d.author() != null) {
            h.append("<meta name=\"author\" content=\"").append(esc(d.author())).append("\"/>");
        }
        h.append("<meta name=\"subject\" content=\"").append(esc(d.subject() != null ? d.subject() : d.title())).append("\"/>");
        bookmarks(h, d.blocks());
        h.append("<style>").append(esc(css(marking, footerTitle(d.title())) + (d.isNewsletter() ? NEWSLETTER_CSS : ""))).append("</style></head><body>");

        h.append(d.isNewsletter() ? "<div class=\"title-block masthead\"><p class=\"marking-line\">"
                : d.isCoverPage() ? "<div class=\"title-block cover\"><p class=\"marking-line\">" : "<div class=\"title-block\"><p class=\"marking-line\">").append(esc(marking)).append("</p>");
        h.append("<h1>").append(esc(d.title())).append("</h1>");
        if (d.subtitle() != null) {
            h.append("<p class=\"subtitle\">").append(esc(d.subtitle())).append("</p>");
        }
        for (Map.Entry<String, String> f : d.facts().entrySet()) {
            h.append("<p class=\"fact\"><b>").append(esc(f.getKey())).append(":</b> ").append(esc(f.getValue())).append("</p>");
        }
        h.append("<p class=\"fact\"><b>Produced:</b> ")
                .append(esc(ZonedDateTime.now(clock).format(GENERATED)))
                .append(d.author() != null ? " by " + esc(d.author()) : "");
        h.append("</p>");
        List<PdfDocument.Block> blocks = withoutTrailingBreaks(d.blocks());
        if (d.isCoverPage() && !blocks.isEmpty() && blocks.getFirst() instanceof PdfDocument.Contents onCover) {
            block(h, onCover);
            blocks = blocks.subList(1, blocks.size());
        }
        h.append("</div>");

        for (int i = 0; i < blocks.size(); i++) {
            PdfDocument.Block block = blocks.get(i);
            PdfDocument.Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            // A heading goes onto the page with what it introduces: with a chart, the picture (its
            // figures table follows, whole if short); with anything else that fits on a page, all of it.
            if (block instanceof PdfDocument.Heading && next instanceof PdfDocument.Chart c && !c.spec().isEmpty()) {
                h.append("<div class=\"keep\">");
                block(h, block);
                chartFigure(h, c);
                h.append("</div>");
                chartFigures(h, c);
                i++;
                continue;
            }
            boolean keepWithNext = block instanceof PdfDocument.Heading && next != null && fitsOnAPage(next);
            boolean keepWhole = !keepWithNext && fitsOnAPage(block) && !(block instanceof PdfDocument.Paragraph)
                    && !(block instanceof PdfDocument.Chart);
            if (keepWithNext || keepWhole) {
                h.append("<div class=\"keep\">");
            }
            block(h, block);
            if (keepWithNext) {
                block(h, next);
                i++;
            }
            if (keepWithNext || keepWhole) {
                h.append("</div>");
            }
        }
        h.append("</body></html>");
        return h.toString();
    }

    /** The title as the running footer carries it: short enough to leave the marking alone in the centre. */
    static String footerTitle(String title) {
        if (title == null || title.length() <= 48) {
            return title;
        }
        String cut = title.substring(0, 47);
        int space = cut.lastIndexOf(' ');
        return (space > 24 ? cut.substring(0, space) : cut).replaceAll("[,:;\\s\u2014-]+$", "") + "\u2026";
    }

    /** Rows a table may have and still be kept on one page rather than split. */
    static final int KEEP_TOGETHER_ROWS = 15;

    private static boolean fitsOnAPage(PdfDocument.Block b) {
        return switch (b) {
            case PdfDocument.Table t -> t.table().rows().size() <= KEEP_TOGETHER_ROWS;
            case PdfDocument.Chart c -> c.spec().categories().size() <= KEEP_TOGETHER_ROWS;
            case PdfDocument.BulletList l -> l.items().size() <= KEEP_TOGETHER_ROWS;
            case PdfDocument.Paragraph p -> p.text() == null || p.text().length() < 1200;
            case PdfDocument.Quote q -> true;
            default -> false;
        };
    }

    /** A break with nothing after it would only print a blank last page. */
    private static List<PdfDocument.Block> withoutTrailingBreaks(List<PdfDocument.Block> blocks) {
        int end = blocks.size();
        while (end > 0 && blocks.get(end - 1) instanceof PdfDocument.PageBreak) {
            end--;
        }
        return blocks.subList(0, end);
    }

    private void block(StringBuilder h, PdfDocument.Block block) {
            switch (block) {
                case PdfDocument.Heading hd -> h.append("<h").append(hd.level()).append(" id=\"").append(hd.anchor()).append("\">")
                        .append(esc(hd.text())).append("</h").append(hd.level()).append(">");
                case PdfDocument.Paragraph p -> h.append(p.note() ? "<p class=\"note\">" : "<p>").append(esc(p.text())).append("</p>");
                case PdfDocument.BulletList l -> {
                    h.append("<ul>");
                    l.items().forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
                    h.append("</ul>");
                }
                case PdfDocument.Table t -> table(h, t.table());
                case PdfDocument.Chart c -> chart(h, c);
                case PdfDocument.PageBreak ignored -> h.append("<div class=\"page-break\"></div>");
                case PdfDocument.Contents c -> {
                    h.append("<h2 id=\"contents\" class=\"contents-heading\">").append(esc(c.heading())).append("</h2><ol class=\"contents\">");
                    for (String[] entry : c.entries()) {
                        // An item with no paper (taken verbally) is listed, without a page.
                        if (entry[1] == null) {
                            h.append("<li>").append(esc(entry[0])).append("</li>");
                        } else {
                            h.append("<li><a class=\"toc\" href=\"#").append(esc(entry[1])).append("\">").append(esc(entry[0])).append("</a></li>");
                        }
                    }
                    h.append("</ol>");
                }
                case PdfDocument.Section sec -> {
                    h.append("<h2 class=\"section-start\" id=\"").append(esc(sec.anchor())).append("\">").append(esc(sec.title())).append("</h2>");
                    if (sec.presenter() != null && !sec.presenter().isBlank()) {
                        h.append("<p class=\"presenter\"><b>Presented by:</b> ").append(esc(sec.presenter())).append("</p>");
                    }
                    if (!sec.note().isEmpty()) {
                        h.append("<div class=\"cover-note\">");
                        sec.note().forEach(n -> h.append("<p>").append(esc(n)).append("</p>"));
                        h.append("</div>");
                    }
                }
                case PdfDocument.Quote q -> h.append("<blockquote><p>“").append(esc(q.text())).append("”</p>")
                        .append(q.attribution() == null || q.attribution().isBlank() ? ""
                                : "<p class=\"attribution\">" + esc(q.attribution()) + "</p>")
                        .append("</blockquote>");
            }
    }

    private static void bookmarks(StringBuilder h, List<PdfDocument.Block> blocks) {
        List<PdfDocument.Heading> headings = new ArrayList<>();
        for (PdfDocument.Block b : blocks) {
            if (b instanceof PdfDocument.Heading hd && hd.level() <= 3) {
                headings.add(hd);
            } else if (b instanceof PdfDocument.Section sec) {
                headings.add(new PdfDocument.Heading(2, sec.title(), sec.anchor()));
            } else if (b instanceof PdfDocument.Contents c) {
                headings.add(new PdfDocument.Heading(2, c.heading(), "contents"));
            }
        }
        if (headings.isEmpty()) {
            return;
        }
        h.append("<bookmarks>");
        boolean open = false;
        for (PdfDocument.Heading hd : headings) {
            String mark = "<bookmark name=\"" + esc(hd.text()) + "\" href=\"#" + hd.anchor() + "\"";
            if (hd.level() == 2) {
                if (open) {
                    h.append("</bookmark>");
                }
                h.append(mark).append(">");
                open = true;
            } else if (open) {
                h.append(mark).append("/>");
            } else {
                h.append(mark).append("/>");
            }
        }
        if (open) {
            h.append("</bookmark>");
        }
        h.append("</bookmarks>");
    }

    private static void table(StringBuilder h, PdfTable t) {
        h.append("<table>");
        if (t.caption() != null) {
            h.append("<caption>").append(esc(t.caption())).append("</caption>");
        }
        int[] widths = t.widths();
        if (widths != null) {
            int sum = java.util.Arrays.stream(widths).sum();
            h.append("<colgroup>");
            for (int w : widths) {
                h.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", 100.0 * w / sum)).append("%\"/>");
            }
            h.append("</colgroup>");
        }
        h.append("<thead><tr>");
        t.headers().forEach(c -> h.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
        h.append("</tr></thead><tbody>");
        if (t.rows().isEmpty()) {
            h.append("<tr><td colspan=\"").append(t.headers().size()).append("\">None.</td></tr>");
        }
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            String height = t.rowHeightMm() > 0 ? " style=\"height:" + t.rowHeightMm() + "mm\"" : "";
            for (int i = 0; i < row.size(); i++) {
                boolean th = i == 0 && t.firstColumnIsHeader();
                String alert = t.isAlert(row.get(i)) ? " class=\"alert\"" : "";
                h.append(th ? "<th scope=\"row\"" + height + alert + ">" : "<td" + height + alert + ">").append(esc(row.get(i)))
                        .append(th ? "</th>" : "</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table>");
    }

    private static void chart(StringBuilder h, PdfDocument.Chart c) {
        chartFigure(h, c);
        chartFigures(h, c);
    }

    /** The picture, or in words that there is nothing to show: empty axes say nothing. */
    private static void chartFigure(StringBuilder h, PdfDocument.Chart c) {
        ChartSpec spec = c.spec();
        if (spec.isEmpty()) {
            h.append("<p class=\"note\">").append(esc(spec.textAlternative())).append("</p>");
            return;
        }
        h.append("<div class=\"figure\"><object type=\"").append(ChartDrawer.TYPE).append("\" class=\"chart\" data-chart=\"")
                .append(c.index()).append("\" alt=\"").append(esc(spec.textAlternative())).append("\"></object></div>");
    }

    /** The chart's figures as a table, kept whole when it is short. */
    private static void chartFigures(StringBuilder h, PdfDocument.Chart c) {
        ChartSpec spec = c.spec();
        if (spec.isEmpty()) {
            return;
        }
        List<String> series = new ArrayList<>(spec.series().keySet());
        PdfTable figures = PdfTable.withColumns(concat(spec.categoryLabel().isBlank() ? "Category" : spec.categoryLabel(), series,
                        spec.hasTotals()))
                .caption("Figures for the chart: " + spec.title()).rowHeaders();
        for (String cat : spec.categories()) {
            List<String> row = new ArrayList<>();
            row.add(cat);
            series.forEach(s -> row.add(ChartSpec.format(spec.value(s, cat))));
            if (spec.hasTotals()) {
                row.add(ChartSpec.format(spec.total(cat)));
            }
            figures.row(row);
        }
        boolean whole = figures.rows().size() <= KEEP_TOGETHER_ROWS;
        h.append(whole ? "<div class=\"keep\">" : "");
        table(h, figures);
        h.append(whole ? "</div>" : "");
    }

    private static String[] concat(String first, List<String> rest, boolean total) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        if (total) {
            all.add("Total");
        }
        return all.toArray(String[]::new);
    }


    private static String css(String marking, String title) {
        return """
                @page { size: A4; margin: 22mm 16mm 20mm 16mm;
                  @top-center { content: "%1$s"; font-family: 'DejaVu Sans', 'Symbola', 'Droid Sans Fallback', 'Nanum Gothic'; font-size: 9pt; font-weight: bold; color: #1f2933; }
                  @bottom-left { content: "%2$s"; font-family: 'DejaVu Sans', 'Symbola', 'Droid Sans Fallback', 'Nanum Gothic'; font-size: 8pt; color: #3e4c59; }
                  @bottom-center { content: "%1$s"; font-family: 'DejaVu Sans', 'Symbola', 'Droid Sans Fallback', 'Nanum Gothic'; font-size: 8pt; font-weight: bold; color: #1f2933; }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', 'Symbola', 'Droid Sans Fallback', 'Nanum Gothic'; font-size: 8pt; color: #1f2933; }
                }
                @page :first { @top-center { content: ""; } }
                body { font-family: 'DejaVu Sans', 'Symbola', 'Droid Sans Fallback', 'Nanum Gothic'; font-size: 10pt; line-height: 1.4; color: #1f2933; }
                .title-block { border-bottom: 2pt solid #0b5563; margin-bottom: 12pt; padding-bottom: 6pt; }
                .marking-line { font-size: 8pt; font-weight: bold; letter-spacing: 1pt; margin: 0 0 4pt 0; }
                h1 { font-size: 20pt; color: #0b5563; margin: 0 0 4pt 0; }
                h2 { font-size: 14pt; color: #0b5563; margin: 16pt 0 6pt 0; page-break-after: avoid; -fs-page-break-min-height: 45mm; }
                h3 { font-size: 11.5pt; color: #1f2933; margin: 12pt 0 4pt 0; page-break-after: avoid; -fs-page-break-min-height: 35mm; }
                .keep { page-break-inside: avoid; }
                td.alert, th.alert { color: #a4262c; font-weight: bold; }
                p { margin: 0 0 6pt 0; }
                .subtitle { font-size: 12pt; color: #3e4c59; }
                .fact { margin: 0 0 2pt 0; font-size: 9.5pt; }
                .note { font-size: 8.5pt; color: #3e4c59; }
                ul { margin: 0 0 8pt 0; padding-left: 14pt; }
                li { margin-bottom: 2pt; }
                table { width: 100%%; margin: 4pt 0 10pt 0; -fs-table-paginate: paginate; font-size: 9pt; }
                caption { text-align: left; font-weight: bold; padding: 0 0 3pt 0; caption-side: top; }
                thead { display: table-header-group; }
                tr { page-break-inside: avoid; }
                th { background-color: #e3eef0; color: #1f2933; text-align: left; font-weight: bold; }
                th, td { border-bottom: 0.5pt solid #9aa5b1; padding: 3pt 4pt; vertical-align: top; }
                tbody th { background-color: #f4f7f8; }
                .figure { page-break-inside: avoid; margin: 6pt 0; }
                object.chart { display: block; width: 160mm; height: 80mm; }
                .page-break { page-break-after: always; }
                h4 { font-size: 10.5pt; color: #1f2933; margin: 10pt 0 4pt 0; page-break-after: avoid; -fs-page-break-min-height: 30mm; }
                h5 { font-size: 10pt; color: #1f2933; margin: 8pt 0 3pt 0; page-break-after: avoid; -fs-page-break-min-height: 30mm; }
                .cover { border-bottom: 0; padding-top: 60mm; page-break-after: always; }
                .cover h1 { font-size: 26pt; }
                .cover .subtitle { font-size: 15pt; }
                .cover .fact { font-size: 11pt; margin-bottom: 4pt; }
                .cover { padding-top: 30mm; }
                .cover h2.contents-heading { margin-top: 14pt; font-size: 13pt; }
                h2.contents-heading { margin-top: 0; }
                ol.contents { padding-left: 0; list-style-type: none; }
                ol.contents li { margin-bottom: 6pt; font-size: 11pt; }
                a.toc { color: #1f2933; text-decoration: none; }
                a.toc::after { content: " \\2014  page " target-counter(attr(href), page); }
                h2.section-start { page-break-before: always; font-size: 16pt; margin-top: 0; }
                .presenter { font-size: 10pt; }
                .cover-note { border-left: 3pt solid #0b5563; background-color: #eef6f7; padding: 6pt 10pt; margin: 6pt 0 12pt 0; }
                blockquote { margin: 6pt 0 8pt 12pt; font-style: italic; }
                blockquote p.attribution { font-style: normal; font-size: 9pt; }
                """.formatted(cssString(marking), cssString(title));
    }

    // Contrast: white on #0b5563 is 7.9:1; #0b5563 on #eef6f7 is 7.2:1.
    private static final String NEWSLETTER_CSS = """
            .masthead { background-color: #0b5563; color: #ffffff; border-bottom: 0; padding: 10pt 12pt 8pt 12pt; }
            .masthead h1 { color: #ffffff; font-size: 22pt; }
            .masthead .subtitle { color: #ffffff; }
            .masthead .marking-line { color: #ffffff; }
            h2 { border-bottom: 1.5pt solid #0b5563; padding-bottom: 2pt; }
            blockquote { margin: 6pt 0 10pt 0; padding: 6pt 10pt; background-color: #eef6f7; border-left: 3pt solid #0b5563;
              page-break-inside: avoid; }
            blockquote p { font-size: 10.5pt; font-style: italic; color: #0b5563; margin: 0; }
            blockquote p.attribution { font-size: 9pt; font-style: normal; color: #1f2933; margin-top: 3pt; }
            """;

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML; drop them rather than fail the export.
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
