package org.sightline.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDF kit's layout rules, on every exporter of every module present, read back page by page
 * with PDFBox: no page ends on a heading (it goes over with what it introduces) and no page is
 * empty (no blank last page, no forced break with nothing after it).
 */
class PdfLayoutRulesTest extends AbstractKaribuTest {

    @Autowired
    ExportService exports;
    @Autowired
    PdfKit kit;

    @Test
    void noPageEndsOnAHeadingAndNoPageIsEmpty() throws Exception {
        List<String> problems = new ArrayList<>();
        ReportPeriod year = new ReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
        int pages = 0;
        for (PdfExporter exporter : exports.all()) {
            signIn(exporter.roles().contains(org.sightline.kernel.people.Role.ADMINISTRATOR) ? "admin"
                    : exporter.roles().contains(org.sightline.kernel.people.Role.QA_OFFICER) ? "qa" : "psw");
            for (ReportPeriod period : exporter.span() == PdfExporter.Span.MONTH ? List.of(ReportPeriod.monthOf(LocalDate.of(2026, 10, 1)))
                    : List.of(year, ReportPeriod.quarterOf(LocalDate.of(2026, 7, 1)))) {
                PdfDocument doc = exports.build(exporter.id(), period, period.to().plusWeeks(3));
                byte[] pdf = kit.render(doc);
                int before = problems.size();
                pages += check(exporter.id() + " " + period.label(), doc, pdf, problems);
                if (problems.size() > before) {
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
                    java.nio.file.Files.write(java.nio.file.Path.of("target/pdf", "layout-" + exporter.id() + "-" + period.from() + ".pdf"), pdf);
                }
            }
        }
        System.out.println("Layout rules checked on " + pages + " pages");
        assertThat(problems).as(problems.size() + " problems").isEmpty();
        assertThat(pages).isGreaterThan(20);
    }

    /** Checks one rendered document; returns its page count. */
    static int check(String what, PdfDocument doc, byte[] pdf, List<String> problems) throws Exception {
        List<String> headings = doc.headingTexts().stream().map(PdfLayoutRulesTest::squash).toList();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int n = d.getNumberOfPages();
            for (int page = 1; page <= n; page++) {
                // Each line with the largest type on it: a heading is set at 11.5 pt or more, a chart's labels smaller.
                List<String> texts = new ArrayList<>();
                List<Float> sizes = new ArrayList<>();
                PDFTextStripper text = new PDFTextStripper() {
                    @Override
                    protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> glyphs) throws java.io.IOException {
                        texts.add(squash(line));
                        sizes.add((float) glyphs.stream().mapToDouble(org.apache.pdfbox.text.TextPosition::getFontSizeInPt).max().orElse(0));
                        super.writeString(line, glyphs);
                    }
                };
                // In reading position, top to bottom: a chart's labels are drawn after the page's text.
                text.setSortByPosition(true);
                text.setStartPage(page);
                text.setEndPage(page);
                text.getText(d);
                List<Integer> content = new ArrayList<>();
                for (int i = 0; i < texts.size(); i++) {
                    // The running header (the marking) and footer (title, marking, page number) are not content.
                    if (!texts.get(i).isEmpty() && !texts.get(i).matches(".*Page \\d+ of \\d+$") && !texts.get(i).matches("OFFICIAL(-SENSITIVE)?")) {
                        content.add(i);
                    }
                }
                if (content.isEmpty()) {
                    problems.add(what + ": page " + page + " of " + n + " is empty");
                    continue;
                }
                int lastIndex = content.getLast();
                String last = texts.get(lastIndex);
                boolean headingType = sizes.get(lastIndex) >= 11f;
                if (page < n && headingType && headings.stream().anyMatch(hd -> hd.equals(last) || hd.endsWith(last) && last.length() >= 12)) {
                    problems.add(what + ": page " + page + " ends on the heading \"" + last + "\"");
                }
            }
            return n;
        }
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
