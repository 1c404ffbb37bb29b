package org.sightline.kernel.pdf;

import java.util.Set;
import org.sightline.kernel.people.Role;

/**
 * A report a module can produce as a PDF for any period: the actions report, a quarterly
 * audit report, a bulletin. Modules contribute exporters through
 * {@code SightlineModule#pdfExporters()}; board packs assemble them, and a test renders every
 * exporter present and validates it against PDF/UA-1.
 *
 * <p>Call exporters through {@link ExportService}, which checks {@link #roles()} and writes
 * the export to the audit trail.
 */
public interface PdfExporter {

    /** Unique, stable id, e.g. {@code actions-report}. */
    String id();

    /** What a person picks from a list, e.g. "Actions report". */
    String title();

    /** The module that owns it. */
    String module();

    /** Who may export it (any one of). */
    Set<Role> roles();

    /** Builds the document for the period; the caller's roles have been checked. */
    PdfDocument build(ReportPeriod period);
}
