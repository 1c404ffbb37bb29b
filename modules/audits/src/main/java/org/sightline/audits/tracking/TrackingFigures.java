package org.sightline.audits.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.grades.Grade;

/** Everything the tracking page and the audit reports show, for one filter. */
public record TrackingFigures(TrackingFilter filter, Map<Grade, Long> overall, long completed, ChartSpec trend,
                              ChartSpec domains, List<GradeRow> byService, List<GradeRow> byTeam,
                              List<GradeRow> byPractitioner, List<CompletionRow> completion, List<CaseAudit> overdue,
                              long moderated, List<ShiftRow> shifts) {

    /** Counts of final overall grades for one service, team or practitioner. */
    public record GradeRow(String name, Map<Grade, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Good or better, as a whole percentage. */
        public long goodOrBetterPercent() {
            long t = total();
            return t == 0 ? 0 : Math.round(100.0 * (counts.getOrDefault(Grade.OUTSTANDING, 0L) + counts.getOrDefault(Grade.GOOD, 0L)) / t);
        }
    }

    /** One month's completion against allocation. */
    public record CompletionRow(LocalDate month, long allocated, long complete, long overdue, long moderated) {
        public long percentComplete() {
            return allocated == 0 ? 0 : Math.round(100.0 * complete / allocated);
        }
    }

    /**
     * How far moderation moved one auditor's overall grades. {@code meanShift} is in grade steps:
     * above 0 means the auditor graded better than the moderated grade (optimistic).
     */
    public record ShiftRow(String auditor, long moderated, long optimistic, long pessimistic, double meanShift) {
    }

    public long goodOrBetterPercent() {
        return completed == 0 ? 0 : Math.round(100.0 * (overall.getOrDefault(Grade.OUTSTANDING, 0L)
                + overall.getOrDefault(Grade.GOOD, 0L)) / completed);
    }

    public long moderationPercent() {
        return completed == 0 ? 0 : Math.round(100.0 * moderated / completed);
    }
}
