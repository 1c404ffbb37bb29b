package org.sightline.boardpacks;

import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;

/** What a pack section must be: a title, text within its columns, and for a report, a quarterly report this user may include. */
final class SectionCheck {

    private final ExportService exports;

    SectionCheck(ExportService exports) {
        this.exports = exports;
    }

    void check(SectionDraft d, ValidationException.Collector errors, boolean needsReport) {
        if (d.title() == null || d.title().isBlank()) {
            errors.add("sectionTitle", "Give the agenda item a title.");
        } else {
            errors.maxLength("sectionTitle", d.title(), PackSection.TITLE_MAX, "the title");
        }
        errors.maxLength("presenter", d.presenter(), PackSection.PRESENTER_MAX, "this");
        errors.maxLength("coverNote", d.coverNote(), PackSection.COVER_NOTE_MAX, "the cover note");
        if (needsReport) {
            PdfExporter exporter = d.exporterId() == null ? null : exports.find(d.exporterId()).orElse(null);
            if (exporter == null) {
                errors.add("report", "Choose the report for this item.");
            } else if (!exports.mayExport(exporter)) {
                errors.add("report", "You may not include this report.");
            } else if (exporter.span() != PdfExporter.Span.QUARTER) {
                errors.add("report", "This report covers one month; a pack item covers a quarter. Choose a quarterly report.");
            }
            if (d.periodFrom() == null || d.periodTo() == null) {
                errors.add("period", "Choose the period the report covers.");
            } else if (d.periodTo().isBefore(d.periodFrom())) {
                errors.add("period", "The period cannot end before it starts.");
            }
        }
    }

    static SectionDraft clean(SectionDraft d) {
        return new SectionDraft(d.title().strip(), d.presenter() == null || d.presenter().isBlank() ? null : d.presenter().strip(),
                Markup.clean(d.coverNote()), d.exporterId(), d.periodFrom(), d.periodTo());
    }
}
