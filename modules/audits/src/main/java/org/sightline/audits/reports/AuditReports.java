package org.sightline.audits.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.audits.tracking.TrackingFigures;
import org.sightline.audits.tracking.TrackingService;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.support.Formats;

/** Sections the audit reports share: key figures, charts and tables from the tracking figures. */
final class AuditReports {

    private AuditReports() {
    }

    static void summary(PdfDocument doc, TrackingFigures f) {
        doc.heading("Summary");
        long allocated = f.completion().stream().mapToLong(TrackingFigures.CompletionRow::allocated).sum();
        long complete = f.completion().stream().mapToLong(TrackingFigures.CompletionRow::complete).sum();
        doc.paragraph(allocated + " case audits were allocated and " + complete + " completed ("
                + (allocated == 0 ? 0 : Math.round(100.0 * complete / allocated)) + "%). Of the completed audits, "
                + f.goodOrBetterPercent() + "% were graded good or better and " + f.overall().get(Grade.INADEQUATE)
                + " inadequate. " + f.moderationPercent() + "% needed moderation because the auditors' grades differed.");
        PdfTable grades = PdfTable.withColumns("Final overall grade", "Audits", "Share").rowHeaders().caption("Final overall grades");
        for (Grade g : Grade.values()) {
            long n = f.overall().get(g);
            grades.row(g.label(), Long.toString(n), (f.completed() == 0 ? 0 : Math.round(100.0 * n / f.completed())) + "%");
        }
        doc.table(grades);
    }

    static void charts(PdfDocument doc, TrackingFigures f) {
        doc.heading("Grades over time and by domain");
        doc.chart(f.trend());
        doc.chart(f.domains());
    }

    static void byService(PdfDocument doc, TrackingFigures f) {
        doc.heading("By service and team");
        doc.table(gradeTable("Service", f.byService()).caption("Final overall grades by service"));
        doc.table(gradeTable("Team", f.byTeam()).caption("Final overall grades by team"));
    }

    /** Completion, and moderation in aggregate: how many moderated and which way grades moved, naming no auditor. */
    static void completion(PdfDocument doc, TrackingFigures f) {
        completion(doc, f, false);
    }

    /**
     * As {@link #completion(PdfDocument, TrackingFigures)}; {@code byAuditor} adds how moderation
     * moved each named auditor's grades, which is for the QA team's own report, never a board's.
     */
    static void completion(PdfDocument doc, TrackingFigures f, boolean byAuditor) {
        doc.heading("Completion and moderation");
        PdfTable t = PdfTable.withColumns("Month", "Allocated", "Complete", "Complete %", "Overdue", "Moderated").rowHeaders()
                .caption("Completion against allocation");
        for (TrackingFigures.CompletionRow r : f.completion()) {
            t.row(Formats.month(r.month()), Long.toString(r.allocated()), Long.toString(r.complete()), r.percentComplete() + "%",
                    Long.toString(r.overdue()), Long.toString(r.moderated()));
        }
        doc.table(t);
        if (!f.shifts().isEmpty()) {
            long moderated = f.shifts().stream().mapToLong(TrackingFigures.ShiftRow::moderated).sum();
            long higher = f.shifts().stream().mapToLong(TrackingFigures.ShiftRow::optimistic).sum();
            long lower = f.shifts().stream().mapToLong(TrackingFigures.ShiftRow::pessimistic).sum();
            doc.paragraph("Moderators looked at " + moderated + " auditors' assessments where the two auditors' grades differed: "
                    + higher + " had graded above the final grade and " + lower + " below it.");
        }
        if (byAuditor && !f.shifts().isEmpty()) {
            PdfTable s = PdfTable.withColumns("Auditor", "Moderated audits", "Graded higher", "Graded lower", "Average shift")
                    .rowHeaders().caption("How moderation moved each auditor's overall grade");
            f.shifts().forEach(r -> s.row(r.auditor(), Long.toString(r.moderated()), Long.toString(r.optimistic()),
                    Long.toString(r.pessimistic()), String.format(java.util.Locale.UK, "%+.2f", r.meanShift())));
            doc.table(s);
            doc.note("Average shift is in grade steps: above zero, the auditor graded more generously than the moderated grade.");
        }
    }

    static void themes(PdfDocument doc, TrackingService.Themes themes) {
        doc.heading("Good practice");
        bullets(doc, themes.goodPractice(), "No good practice was recorded in this period.");
        doc.heading("Areas for development");
        bullets(doc, themes.development(), "No areas for development were recorded in this period.");
    }

    private static void bullets(PdfDocument doc, Map<String, List<String>> byDomain, String none) {
        if (byDomain.isEmpty()) {
            doc.paragraph(none);
        }
        byDomain.forEach((domain, items) -> {
            doc.subheading(domain);
            doc.bulletList(new ArrayList<>(items));
        });
    }

    private static PdfTable gradeTable(String what, List<TrackingFigures.GradeRow> rows) {
        PdfTable t = PdfTable.withColumns(what, "Outstanding", "Good", "Requires improvement", "Inadequate", "Total", "Good or better")
                .widths(4, 2, 2, 2, 2, 1, 2).rowHeaders();
        for (TrackingFigures.GradeRow r : rows) {
            t.row(r.name(), n(r, Grade.OUTSTANDING), n(r, Grade.GOOD), n(r, Grade.REQUIRES_IMPROVEMENT), n(r, Grade.INADEQUATE),
                    Long.toString(r.total()), r.goodOrBetterPercent() + "%");
        }
        return t;
    }

    private static String n(TrackingFigures.GradeRow r, Grade g) {
        return Long.toString(r.counts().getOrDefault(g, 0L));
    }
}
