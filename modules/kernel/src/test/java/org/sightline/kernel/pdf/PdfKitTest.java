package org.sightline.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.charts.ChartSpec;

class PdfKitTest {

    private final PdfKit kit = new PdfKit(new PdfSettings(null, "Test Council", null, null),
            Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneId.of("Europe/London")));

    static PdfDocument sample(PdfKit kit, int rows) {
        PdfTable table = PdfTable.withColumns("Action", "Owner", "Due", "Status").widths(4, 2, 2, 1).caption("Open actions");
        for (int i = 1; i <= rows; i++) {
            table.row("Follow up the plan for case " + i + " & check <progress>", "Owner " + (i % 7), "0" + (1 + i % 9) + "/12/2026", i % 3 == 0 ? "Done" : "Open");
        }
        ChartSpec bars = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Grades by team")
                .axes("Team", "Audits")
                .series("Outstanding", "#2e6b30").series("Good", "#0b5563")
                .value("Outstanding", "Team A", 3).value("Good", "Team A", 5)
                .value("Outstanding", "Team B", 1).value("Good", "Team B", 7)
                .build();
        return kit.document("Sample report — “quarter” 3")
                .subtitle("1 Jul 2026 to 30 Sep 2026")
                .author("Test Author")
                .fact("Period", "Quarter 3")
                .heading("Summary")
                .paragraph("Some text with an apostrophe's worth and a pound sign £.")
                .bulletList(List.of("First point", "Second point"))
                .subheading("Detail")
                .table(table)
                .heading("Charts")
                .chart(bars);
    }

    @Test
    void rendersTaggedPdfUaThatVeraPdfAccepts() throws Exception {
        byte[] pdf = kit.render(sample(kit, 120));

        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Sample report — “quarter” 3");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Test Author");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();

            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Follow up the plan for case 120 & check <progress>");
            assertThat(text).contains("Page 1 of " + doc.getNumberOfPages());
            assertThat(text).contains("Page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages());
            assertThat(text).contains("OFFICIAL");
            assertThat(text).contains("Produced: 20 Nov 2026 at 10:15 by Test Author");

            // The table header row is repeated on the pages the table continues onto.
            PDFTextStripper page2 = new PDFTextStripper();
            page2.setStartPage(2);
            page2.setEndPage(2);
            assertThat(page2.getText(doc)).contains("Action").contains("Owner").contains("Due").contains("Status");

            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                item.children().forEach(c -> bookmarks.add("  " + c.getTitle()));
            }
            assertThat(bookmarks).containsExactly("Summary", "  Detail", "Charts");

            List<String> figures = new java.util.ArrayList<>();
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), figures);
            assertThat(figures).containsExactly(
                    "Stacked bar chart: Grades by team. Audits by team, in 2 series (Outstanding, Good). Totals: Team A 8, Team B 8.");

            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    private static void collectFigures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement el) {
                if ("Figure".equals(el.getStructureType())) {
                    alts.add(el.getAlternateDescription());
                }
                collectFigures(el.getKids(), alts);
            }
        }
    }

    @Test
    void protectiveMarkingIsConfigurableAndPerDocument() throws Exception {
        PdfKit sensitive = new PdfKit(new PdfSettings("OFFICIAL-SENSITIVE", null, null, null), Clock.systemUTC());
        try (PDDocument doc = Loader.loadPDF(sensitive.render(sensitive.document("Marked").paragraph("Body")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("OFFICIAL-SENSITIVE");
        }
        try (PDDocument doc = Loader.loadPDF(kit.render(kit.document("Marked").marking("OFFICIAL: PERSONAL").paragraph("Body")))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("OFFICIAL: PERSONAL");
        }
    }

    @Test
    void veraPdfReallyChecks() {
        // A plain, untagged PDF must fail, or the test above proves nothing.
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            assertThat(PdfUaValidator.failures(out.toByteArray())).isNotEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aBreakWithNothingAfterItPrintsNoBlankPageAndAShortTableStaysWhole() throws Exception {
        PdfDocument doc = kit.document("Layout rules").paragraph("One paragraph.").pageBreak().pageBreak();
        try (PDDocument pdf = Loader.loadPDF(kit.render(doc))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
        // Enough text to leave a few lines on page one, then a heading and a 15-row table: both go over together.
        PdfDocument filled = kit.document("Layout rules");
        for (int i = 0; i < FILLER; i++) {
            filled.paragraph("Filler line " + i + " of the first page, long enough to be a line of its own.");
        }
        PdfTable t = PdfTable.withColumns("Row", "Value");
        for (int i = 1; i <= 15; i++) {
            t.row("Row " + i, "Value " + i);
        }
        filled.heading("Kept with its table").table(t);
        try (PDDocument pdf = Loader.loadPDF(kit.render(filled))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(pdf);
            assertThat(second).contains("Kept with its table", "Row 1 Value 1", "Row 15");
            text.setStartPage(1);
            text.setEndPage(1);
            // Page one had room for the heading and a few rows, but not the whole table.
            assertThat(text.getText(pdf)).contains("Filler line " + (FILLER - 1)).doesNotContain("Kept with its table");
        }
    }

    /** Leaves about 60 mm at the foot of page one. */
    private static final int FILLER = 23;

    @Test
    void aLongTitleIsShortenedInTheFooterAndAnAlertWordIsKept() throws Exception {
        assertThat(PdfMarkup.footerTitle("Monthly case audit briefing for managers and service leads, October 2026"))
                .isEqualTo("Monthly case audit briefing for managers and\u2026");
        assertThat(PdfMarkup.footerTitle("Actions report")).isEqualTo("Actions report");
        PdfTable t = PdfTable.withColumns("Action", "Status").alert("Overdue").row("Call back", "Overdue").row("Visit", "Open");
        String xhtml = kit.xhtml(kit.document("Alerts").table(t));
        assertThat(xhtml).contains("<td class=\"alert\">Overdue</td>").contains("<td>Open</td>");
    }

    @Test
    void whereverTheHeadingFallsItIsOnThePageOfWhatItIntroduces() throws Exception {
        for (int filler = 14; filler <= 40; filler += 2) {
            PdfDocument doc = kit.document("Layout rules");
            for (int i = 0; i < filler; i++) {
                doc.paragraph("Filler line " + i + " of the first page, long enough to be a line of its own.");
            }
            PdfTable t = PdfTable.withColumns("Row", "Value");
            for (int i = 1; i <= 30; i++) {
                t.row("Row " + i, "Value " + i);
            }
            doc.heading("Introduces a long table").table(t);
            doc.heading("Introduces a chart").chart(ChartSpec.builder(ChartSpec.ChartType.BAR, "Chart").axes("Team", "Audits")
                    .series("Audits", "#0b5563").value("Audits", "Team A", 3).value("Audits", "Team B", 5).build());
            try (PDDocument pdf = Loader.loadPDF(kit.render(doc))) {
                assertThat(pageOf(pdf, "Introduces a long table")).as(filler + " filler lines").isEqualTo(pageOf(pdf, "Row 1 Value 1"));
                assertThat(pageOf(pdf, "Introduces a chart")).as(filler + " filler lines").isEqualTo(pageOf(pdf, "Team A"));
            }
        }
    }

    private static int pageOf(PDDocument pdf, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            if (stripper.getText(pdf).contains(text)) {
                return p;
            }
        }
        return -1;
    }
}
