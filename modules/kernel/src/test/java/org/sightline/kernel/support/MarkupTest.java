package org.sightline.kernel.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfSettings;

/** Text is kept as typed: nothing between angle brackets is lost, and nothing typed is ever run as markup. */
class MarkupTest {

    static final String WITHHELD = "Mother wrote that <name withheld> never called back.";
    static final String MATHS = "(a < b > c) & 5 > 3";
    static final String SCRIPT = "<script>alert('x')</script> and <img src=x onerror=alert(1)> typed by someone";

    @Test
    void textBetweenAngleBracketsIsKeptExactly() {
        assertThat(Markup.clean(WITHHELD)).isEqualTo(WITHHELD);
        assertThat(Markup.clean(MATHS)).isEqualTo(MATHS);
        assertThat(Markup.clean(SCRIPT)).isEqualTo(SCRIPT);
        assertThat(Markup.clean("Email <dawn@example.org> please")).isEqualTo("Email <dawn@example.org> please");
    }

    @Test
    void lineEndingsAndControlCharactersAreTidiedOnly() {
        assertThat(Markup.clean("  one\r\ntwo\rthree\u0007\tfour  ")).isEqualTo("one\ntwo\nthree\tfour");
        assertThat(Markup.clean(null)).isNull();
    }

    @Test
    void aPdfPrintsTheTextAsTypedAndRunsNothing() throws Exception {
        PdfKit kit = new PdfKit(new PdfSettings(null, "Test Council", null, null),
                Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneId.of("Europe/London")));
        byte[] pdf = kit.render(kit.document("Escaping").heading("Typed").markup(WITHHELD + "\n\n- " + MATHS + "\n- " + SCRIPT));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(WITHHELD).contains(MATHS).contains("<script>alert('x')</script>")
                    .contains("<img src=x onerror=alert(1)>");
            assertThat(doc.getDocumentCatalog().getNames()).isNull();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
        }
    }
}
