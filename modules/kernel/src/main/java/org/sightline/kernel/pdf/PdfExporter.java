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

    /** The stretch of time one copy of the report covers: what a person is offered to choose. */
    enum Span { QUARTER, MONTH }

    /** A quarter unless the report is for one month (a monthly briefing). */
    default Span span() {
        return Span.QUARTER;
    }

    /**
     * Builds the document for the period; the caller's roles have been checked. A
     * {@link Span#MONTH} exporter is given one calendar month.
     */
    PdfDocument build(ReportPeriod period);

    /**
     * The report as a board pack holds it for a meeting on {@code meetingDay}. A report of things
     * reported one at a time (a thematic evaluation) also takes in what was reported after the
     * period and before the meeting, each with its own date, so a board is not told "none" about
     * a report finished the day after the quarter ended. Figures keep to the period, as here.
     */
    default PdfDocument buildForMeeting(ReportPeriod period, java.time.LocalDate meetingDay) {
        return build(period);
    }
}
