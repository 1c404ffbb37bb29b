package org.sightline.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Names and words in other scripts, and emoji, print as written: never as '#', and still PDF/UA-1. */
class ScriptsTest {

    static final String CHINESE = "王小明的妈妈说谢谢";
    static final String JAPANESE = "ありがとう";
    static final String KOREAN = "감사합니다";
    static final String CYRILLIC = "Олександра Шевченко";
    static final String GREEK = "Ελένη";
    static final String EMOJI = "\uD83D\uDE00\uD83D\uDC4D";

    @Test
    void otherScriptsAndEmojiPrintAsWritten() throws Exception {
        PdfKit kit = new PdfKit(new PdfSettings(null, "Test Council", null, null), Clock.fixed(Instant.parse("2026-11-20T10:15:00Z"), ZoneId.of("Europe/London")));
        byte[] pdf = kit.render(kit.document("Words as written").heading("Compliments")
                .paragraph("From " + CHINESE + " (" + JAPANESE + ", " + KOREAN + ")")
                .paragraph("From " + CYRILLIC + " and " + GREEK + ": great work " + EMOJI)
                .table(PdfTable.withColumns("Name", "Words").row(CHINESE, "Thank you " + EMOJI)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(CHINESE, JAPANESE, KOREAN, CYRILLIC, GREEK, EMOJI).doesNotContain("#");
        }
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/scripts.pdf"), pdf);
    }
}
