package org.sightline.audits.reports;

import java.util.EnumSet;
import java.util.Set;
import org.sightline.audits.tracking.TrackingFigures;
import org.sightline.audits.tracking.TrackingFilter;
import org.sightline.audits.tracking.TrackingService;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Role;
import org.springframework.stereotype.Component;

/** The quarterly audit report for the quality and performance board. */
@Component
public class QuarterlyAuditReport implements PdfExporter {

    private final TrackingService tracking;
    private final PdfKit kit;

    QuarterlyAuditReport(TrackingService tracking, PdfKit kit) {
        this.tracking = tracking;
        this.kit = kit;
    }

    @Override
    public String id() {
        return "audits-quarterly-report";
    }

    @Override
    public String title() {
        return "Quarterly case audit report";
    }

    @Override
    public String module() {
        return "audits";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR,
                Role.DIRECTOR, Role.ADMINISTRATOR);
    }

    @Override
    public PdfDocument build(ReportPeriod period) {
        return build(period, true);
    }

    /** In a board pack: figures and findings, not how each named auditor's grades were moderated. */
    @Override
    public PdfDocument buildForMeeting(ReportPeriod period, java.time.LocalDate meetingDay) {
        return build(period, false);
    }

    private PdfDocument build(ReportPeriod period, boolean byAuditor) {
        TrackingFilter filter = new TrackingFilter(period.from(), period.to(), null, null);
        TrackingFigures f = tracking.figures(filter);
        PdfDocument doc = kit.document(title()).subtitle(period.fullLabel())
                .subject("Collaborative case audit findings: grades, completion, moderation, good practice and areas for development")
                .fact("Period", period.label())
                .fact("Audits completed", Long.toString(f.completed()));
        AuditReports.summary(doc, f);
        AuditReports.charts(doc, f);
        AuditReports.byService(doc, f);
        AuditReports.completion(doc, f, byAuditor);
        AuditReports.themes(doc, tracking.themes(filter, 4));
        doc.note("Grades are the final grades: agreed by the lead and peer auditors, or set by a moderator where they differed.");
        return doc;
    }
}
