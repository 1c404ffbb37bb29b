package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.util.function.Supplier;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfFile;
import org.sightline.kernel.pdf.ReportPeriod;

/**
 * Download links for PDFs. The document is built when the link is followed, not when the page
 * is drawn, and goes through {@link ExportService}, so each download is checked and audited.
 */
public final class PdfLink {

    private PdfLink() {
    }

    /** A link to a document built for one record, e.g. {@code exports.exportDocument(...)}. */
    public static Anchor of(String text, Supplier<PdfFile> file) {
        Anchor link = new Anchor((DownloadEvent event) -> {
            PdfFile pdf = file.get();
            event.setFileName(pdf.fileName());
            event.setContentType("application/pdf");
            try (var out = event.getOutputStream()) {
                out.write(pdf.content());
            }
        }, text);
        link.addClassName("download-link");
        return link;
    }

    /** A link to a module's report for the period chosen at the moment of download. */
    public static Anchor report(String text, ExportService exports, String exporterId, Supplier<ReportPeriod> period) {
        return of(text, () -> exports.export(exporterId, period.get()));
    }
}
