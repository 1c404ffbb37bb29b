package org.sightline.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfFile;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finds every PDF exporter contributed by any module in this build, renders each on the demo
 * data and validates it with veraPDF's PDF/UA-1 profile. A module's exporters are checked
 * here as soon as the module is added to the build.
 */
class EveryExporterIsAccessibleTest extends AbstractKaribuTest {

    private static final java.util.Map<Role, String> LOGINS = new java.util.EnumMap<>(java.util.Map.of(
            Role.ADMINISTRATOR, "admin", Role.QA_OFFICER, "qa", Role.PRINCIPAL_SOCIAL_WORKER, "psw", Role.DIRECTOR, "director",
            Role.HEAD_OF_SERVICE, "headofservice", Role.SERVICE_MANAGER, "servicemanager", Role.TEAM_MANAGER, "manager",
            Role.PRACTITIONER, "practitioner", Role.BOARD_MEMBER, "board"));

    @Autowired
    ExportService exports;

    @Test
    void everyExporterRendersTaggedPdfUaWithRealText() throws Exception {
        List<PdfExporter> all = exports.all();
        assertThat(all).extracting(PdfExporter::id).contains("actions-report");
        ReportPeriod period = new ReportPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 11, 30));
        for (PdfExporter exporter : all) {
            signIn(exporter.roles().stream().map(LOGINS::get).filter(java.util.Objects::nonNull).findFirst()
                    .orElseThrow(() -> new AssertionError("No demo login may run " + exporter.id())));
            PdfFile pdf = exports.export(exporter.id(), exporter.span() == PdfExporter.Span.MONTH
                    ? ReportPeriod.monthOf(LocalDate.of(2026, 10, 1)) : period);
            // Kept for people to look at: CI keeps target/ for a failed build.
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/pdf", exporter.id() + ".pdf"), pdf.content());
            assertThat(PdfUaValidator.failures(pdf.content())).as(exporter.id()).isEmpty();
            try (PDDocument doc = Loader.loadPDF(pdf.content())) {
                assertThat(doc.getDocumentInformation().getTitle()).as(exporter.id()).isEqualTo(exporter.title());
                assertThat(new PDFTextStripper().getText(doc)).as(exporter.id()).contains(exporter.title());
            }
        }
    }
}
