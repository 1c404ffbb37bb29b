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
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;

/**
 * The monthly briefing for managers: one calendar month, chosen as a month (not taken silently
 * from the end of a quarter).
 */
@Component
public class MonthlyManagersBriefing implements PdfExporter {

    private final TrackingService tracking;
    private final PdfKit kit;

    MonthlyManagersBriefing(TrackingService tracking, PdfKit kit) {
        this.tracking = tracking;
        this.kit = kit;
    }

    @Override
    public String id() {
        return "audits-monthly-briefing";
    }

    @Override
    public String title() {
        return "Monthly case audit briefing for managers";
    }

    @Override
    public String module() {
        return "audits";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR,
                Role.DIRECTOR, Role.ADMINISTRATOR, Role.SERVICE_MANAGER, Role.TEAM_MANAGER);
    }

    @Override
    public Span span() {
        return Span.MONTH;
    }

    @Override
    public PdfDocument build(ReportPeriod period) {
        if (!period.isMonth()) {
            throw new IllegalArgumentException("The monthly briefing covers one calendar month, not " + period.label());
        }
        TrackingFilter month = new TrackingFilter(period.from(), period.to(), null, null);
        TrackingFigures f = tracking.figures(month);
        String label = Formats.month(period.from());
        PdfDocument doc = kit.document(title()).subtitle(label)
                .subject("What last month's case audits found, for team and service managers")
                .fact("Month", label)
                .fact("Audits completed", Long.toString(f.completed()));
        AuditReports.summary(doc, f);
        doc.heading("Grade overview");
        doc.chart(f.domains());
        AuditReports.byService(doc, f);
        AuditReports.completion(doc, f);
        AuditReports.themes(doc, tracking.themes(month, 3));
        return doc;
    }
}
