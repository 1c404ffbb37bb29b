package org.sightline.supervision;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The single supervision audit, and the quarterly summary (an exporter, for board packs). */
@Component
public class SupervisionPdfs implements PdfExporter {

    public static final Set<Role> READERS = EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE,
            Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.ADMINISTRATOR);

    private final PdfKit kit;
    private final SupervisionAuditRepository audits;
    private final ChainService chain;

    public SupervisionPdfs(PdfKit kit, SupervisionAuditRepository audits, ChainService chain) {
        this.kit = kit;
        this.audits = audits;
        this.chain = chain;
    }

    @Override
    public String id() {
        return "supervision-summary";
    }

    @Override
    public String title() {
        return "Supervision audits: quarterly summary";
    }

    @Override
    public String module() {
        return "supervision";
    }

    @Override
    public Set<Role> roles() {
        return READERS;
    }

    /** Grades given to each criterion in the audits completed in the period. */
    public static ChartSpec criteriaChart(List<SupervisionAudit> completed) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Grades by criterion").axes("Criterion", "Audits");
        for (Grade g : Grade.values()) {
            c.series(g.label(), g.colour());
        }
        for (Criterion cr : Criterion.values()) {
            Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
            completed.forEach(a -> {
                CriterionAnswer ans = a.getAnswers().get(cr);
                if (ans != null && ans.getGrade() != null) {
                    counts.merge(ans.getGrade(), 1, Integer::sum);
                }
            });
            for (Grade g : Grade.values()) {
                c.value(g.label(), cr.label(), counts.getOrDefault(g, 0));
            }
        }
        return c.build();
    }

    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        List<SupervisionAudit> completed = audits.completed().stream()
                .filter(a -> a.getCompletedOn() != null && period.contains(a.getCompletedOn())).toList();
        var rows = chain.all();
        long overdue = rows.stream().filter(r -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE).count();
        PdfDocument doc = kit.document(title()).subtitle(period.fullLabel())
                .fact("Period", period.label())
                .fact("Audits completed", String.valueOf(completed.size()))
                .fact("ASYE dip-sample audits", String.valueOf(completed.stream().filter(SupervisionAudit::isDipSample).count()))
                .fact("The audit chain today", (rows.size() - overdue) + " of " + rows.size() + " supervisors audited within a year ("
                        + overdue + " overdue)");
        doc.heading("Grades by criterion");
        ChartSpec chart = criteriaChart(completed);
        if (completed.isEmpty()) {
            doc.paragraph("No supervision audits were completed in this period.");
        } else {
            doc.chart(chart);
        }
        doc.heading("Overall grades");
        PdfTable t = PdfTable.withColumns("Overall grade", "Audits").widths(4, 1).rowHeaders();
        for (Grade g : Grade.values()) {
            t.row(g.label(), String.valueOf(completed.stream().filter(a -> a.getOverall() == g).count()));
        }
        doc.table(t.caption("Audits completed in the period by overall grade"));
        doc.heading("Areas for development");
        doc.bulletList(completed.stream().map(SupervisionAudit::getDevelopment).filter(java.util.Objects::nonNull).distinct().limit(12).toList());
        doc.note("Names are left out: the summary is about supervision practice across the service, not individuals.");
        return doc;
    }

    /** One audit, for the supervisor's file. */
    public PdfDocument record(SupervisionAudit a) {
        PdfDocument doc = kit.document("Supervision audit: " + a.getSupervisor().getFullName())
                .subtitle("Supervision of " + a.getSupervisee().getFullName())
                .fact("Supervisor", a.getSupervisor().getFullName())
                .fact("Supervisee", a.getSupervisee().getFullName())
                .fact("Auditor", a.getAuditor().getFullName())
                .fact("Period reviewed", Formats.date(a.getPeriodFrom()) + " to " + Formats.date(a.getPeriodTo()))
                .fact("Sessions", a.sessionsText())
                .fact("Overall grade", a.getOverall() == null ? "Not graded" : a.getOverall().label())
                .fact("Status", a.getStatus().label());
        doc.heading("Criteria");
        PdfTable t = PdfTable.withColumns("Criterion", "Grade", "Evidence").widths(4, 3, 9).rowHeaders();
        for (Criterion c : Criterion.values()) {
            CriterionAnswer ans = a.getAnswers().get(c);
            t.row(c.label(), ans == null || ans.getGrade() == null ? "Not graded" : ans.getGrade().label(),
                    ans == null || ans.getEvidence() == null ? "" : ans.getEvidence());
        }
        doc.table(t.caption("Each criterion on the four-point scale"));
        doc.heading("Strengths");
        doc.paragraph(a.getStrengths() == null ? "None recorded." : a.getStrengths());
        doc.heading("Areas for development");
        doc.paragraph(a.getDevelopment() == null ? "None recorded." : a.getDevelopment());
        doc.heading("Reflective discussion");
        doc.paragraph(a.getDiscussedOn() == null ? "Not yet discussed." : "Discussed on " + Formats.date(a.getDiscussedOn()) + ": "
                + a.getDiscussionNote());
        if (a.getAcknowledgedAt() != null) {
            doc.note("Acknowledged by " + a.getSupervisor().getFullName() + " on " + Formats.dateTime(a.getAcknowledgedAt()) + ".");
        }
        return doc;
    }
}
