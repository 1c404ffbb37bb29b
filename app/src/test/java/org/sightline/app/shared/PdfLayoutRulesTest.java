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
                PDFTextStripper text = new PDFTextStripper();
                // In reading position, top to bottom: a chart's labels are drawn after the page's text.
                text.setSortByPosition(true);
                text.setStartPage(page);
                text.setEndPage(page);
                List<String> lines = text.getText(d).lines().map(PdfLayoutRulesTest::squash).filter(l -> !l.isEmpty())
                        // The running header (the marking) and footer (title, marking, page number) are not content.
                        .filter(l -> !l.matches(".*Page \\d+ of \\d+$")).toList();
                List<String> content = lines.size() > 1 ? lines.subList(1, lines.size()) : List.of();
                if (content.isEmpty()) {
                    problems.add(what + ": page " + page + " of " + n + " is empty");
                    continue;
                }
                String last = content.getLast();
                if (page < n && headings.stream().anyMatch(hd -> hd.equals(last) || hd.endsWith(last) && last.length() >= 12)) {
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
