package org.sightline.thematic;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The terms of reference, and the final report: terms in brief, method, sample, the answers in
 * figures and charts, findings, and recommendations with the status of their actions. As an
 * exporter: every evaluation reported in the period, for board packs. No case-level detail.
 */
@Component
public class ThematicPdfs implements PdfExporter {

    private final PdfKit kit;
    private final EvaluationRepository evaluations;
    private final ThematicReports reports;
    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;

    public ThematicPdfs(PdfKit kit, EvaluationRepository evaluations, ThematicReports reports, RecommendationRepository recommendations,
                        EvidenceRepository evidence) {
        this.kit = kit;
        this.evaluations = evaluations;
        this.reports = reports;
        this.recommendations = recommendations;
        this.evidence = evidence;
    }

    @Override
    public String id() {
        return "thematic-reports";
    }

    @Override
    public String title() {
        return "Thematic evaluations: reports";
    }

    @Override
    public String module() {
        return "thematic";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR,
                Role.SERVICE_MANAGER, Role.BOARD_MEMBER, Role.ADMINISTRATOR);
    }

    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        return build(period, period.to());
    }

    /** Everything reported from the start of the period up to the meeting, newest first, each with the day it was reported. */
    @Override
    @Transactional(readOnly = true)
    public PdfDocument buildForMeeting(ReportPeriod period, LocalDate meetingDay) {
        return build(period, meetingDay.isAfter(period.to()) ? meetingDay : period.to());
    }

    private PdfDocument build(ReportPeriod period, LocalDate upTo) {
        ReportPeriod window = new ReportPeriod(period.from(), upTo);
        List<Evaluation> reported = evaluations.findAllByOrderByReportDueOnDescIdDesc().stream()
                .filter(e -> e.getStatus().isReported() && e.getReportedAt() != null
                        && window.contains(reportedOn(e)))
                .sorted(java.util.Comparator.comparing(Evaluation::getReportedAt).reversed())
                .toList();
        PdfDocument doc = kit.document(title()).subtitle(period.fullLabel()).fact("Period", period.label());
        if (upTo.isAfter(period.to())) {
            doc.fact("Also included", "evaluations reported after the period, up to " + Formats.date(upTo));
        }
        doc.fact("Evaluations reported", String.valueOf(reported.size()));
        if (reported.isEmpty()) {
            doc.paragraph(upTo.isAfter(period.to())
                    ? "No thematic evaluation was reported in this period or since, up to " + Formats.date(upTo) + "."
                    : "No thematic evaluation reported in this period.");
        }
        for (Evaluation e : reported) {
            doc.heading(e.getTitle());
            LocalDate on = reportedOn(e);
            doc.note("Reported on " + Formats.date(on) + (period.contains(on) ? "." : ", after the period ended."));
            body(doc, e, true);
        }
        return doc;
    }

    private static LocalDate reportedOn(Evaluation e) {
        return LocalDate.ofInstant(e.getReportedAt(), Formats.UK);
    }

    /** The final report of one evaluation. */
    @Transactional(readOnly = true)
    public PdfDocument report(Evaluation e) {
        PdfDocument doc = kit.document("Thematic evaluation report: " + e.getTitle()).subtitle(e.getTheme() == null ? null : e.getTheme())
                .fact("Status", e.getStatus().label())
                .fact("Commissioned by", nz(e.getBoard()) + (e.getCommissionedOn() == null ? "" : ", " + Formats.date(e.getCommissionedOn())))
                .fact("Lead", e.getLead() == null ? "" : e.getLead().getFullName())
                .fact("Reported", e.getReportedAt() == null ? "Not yet" : Formats.dateTime(e.getReportedAt()));
        body(doc, e, false);
        return doc;
    }

    private void body(PdfDocument doc, Evaluation e, boolean nested) {
        java.util.function.Consumer<String> h = nested ? doc::subheading : doc::heading;
        h.accept("Terms of reference in brief");
        doc.paragraph(nz(e.getWhy()));
        if (e.getWhyNow() != null) {
            doc.paragraph("Why now: " + e.getWhyNow());
        }
        doc.paragraph("Scope: " + nz(e.getScope()));
        doc.paragraph("Measured against: " + nz(e.getCriteria()));
        h.accept("Method and sample");
        doc.bulletList(e.getMethods().stream().map(Method::label).toList());
        long[] counts = reports.sampleCounts(e);
        doc.paragraph(counts[0] + " cases sampled; " + counts[1] + " reviewed on the template; " + counts[2] + " moderated, "
                + counts[3] + " of them agreed by the moderator.");
        List<Evidence> notes = evidence.findByEvaluationIdOrderByHeldOnAsc(e.getId());
        if (!notes.isEmpty()) {
            doc.paragraph("Other evidence: " + notes.stream().map(n -> n.getMethod().label().toLowerCase() + " (" + Formats.date(n.getHeldOn()) + ")")
                    .collect(Collectors.joining("; ")) + ".");
        }
        h.accept("What the case reviews found");
        for (Aggregates.Result r : reports.resultsOf(e)) {
            doc.subheading(r.question());
            if (r.answered() == 0) {
                doc.paragraph("No answers.");
                continue;
            }
            switch (r.type()) {
                case GRADE, YES_NO_PARTLY, CHOICE -> {
                    doc.chart(r.chart());
                    doc.note(r.headline() + ". " + r.answered() + " cases answered.");
                }
                case NUMBER -> doc.paragraph(r.answered() + " cases: average " + String.format(java.util.Locale.UK, "%.1f", r.average())
                        + ", lowest " + r.min() + ", highest " + r.max() + ".");
                // A case's own words never leave the evaluation: the report, which boards read, counts
                // them and leaves what they say to the lead's findings.
                case TEXT -> doc.paragraph(r.answered() + (r.answered() == 1 ? " case answered" : " cases answered")
                        + " in their own words; what they show is drawn together in the findings below.");
            }
        }
        if (e.getFollowUpOf() != null) {
            h.accept("Compared with the original evaluation");
            PdfTable t = PdfTable.withColumns("Question", e.getFollowUpOf().getTitle(), "This follow-up").rowHeaders();
            Aggregates.compare(reports.resultsOf(e.getFollowUpOf()), reports.resultsOf(e)).forEach(c -> t.row(c.question(), c.before(), c.after()));
            doc.table(t);
        }
        h.accept("Findings");
        doc.subheading("Strengths");
        doc.markup(nz(e.getStrengths()));
        doc.subheading("Weaknesses and risks");
        doc.markup(nz(e.getWeaknesses()));
        h.accept("Recommendations and actions");
        PdfTable recs = PdfTable.withColumns("Recommendation", "Owner", "Due", "Status").widths(8, 3, 2, 2);
        for (Recommendation r : recommendations.findByEvaluationIdOrderByIdAsc(e.getId())) {
            var a = r.getAction();
            recs.row(r.getText(), a == null || a.getOwner() == null ? "" : a.getOwner().getFullName(),
                    a == null || a.getDueDate() == null ? "" : Formats.date(a.getDueDate()), a == null ? "" : a.getStatus().label());
        }
        doc.table(recs);
    }

    /** The terms of reference, for the board that commissions the evaluation. */
    @Transactional(readOnly = true)
    public PdfDocument termsOfReference(Evaluation e) {
        PdfDocument doc = kit.document("Terms of reference: " + e.getTitle()).subtitle(e.getTheme())
                .fact("Commissioned by", nz(e.getBoard()) + (e.getCommissionedOn() == null ? "" : ", " + Formats.date(e.getCommissionedOn())))
                .fact("Status", e.getStatus().label());
        doc.heading("1. Why this evaluation, and why now");
        doc.markup(nz(e.getWhy()));
        doc.markup(nz(e.getWhyNow()));
        doc.heading("2. Scope and evaluation criteria");
        doc.markup(nz(e.getScope()));
        doc.subheading("Measured against");
        doc.markup(nz(e.getCriteria()));
        doc.heading("3. Who");
        doc.paragraph("Lead: " + (e.getLead() == null ? "to be named" : e.getLead().getFullName() + jobTitle(e.getLead())));
        doc.bulletList(e.getAuditors().stream().sorted(java.util.Comparator.comparing(Person::getFullName))
                .map(p -> "Auditor: " + p.getFullName() + jobTitle(p)).toList());
        doc.heading("4. How");
        doc.bulletList(e.getMethods().stream().map(Method::label).toList());
        doc.paragraph(e.getModerationPercent() + "% of the case reviews are moderated by the Principal Social Worker or the Head of QA.");
        doc.heading("5. Timescale");
        PdfTable t = PdfTable.withColumns("Milestone", "Date").rowHeaders();
        t.row("Start", e.getStartOn() == null ? "" : Formats.date(e.getStartOn()));
        t.row("Fieldwork ends", e.getFieldworkEndOn() == null ? "" : Formats.date(e.getFieldworkEndOn()));
        t.row("Report due", e.getReportDueOn() == null ? "" : Formats.date(e.getReportDueOn()));
        doc.table(t);
        return doc;
    }

    private static String jobTitle(Person p) {
        return p.getJobTitle() == null ? "" : ", " + p.getJobTitle();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
