package org.sightline.kernel.pdf;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.module.ModuleRegistry;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one way to export a report: checks the exporter's roles, renders it with the PDF kit and
 * records the export in the audit trail.
 */
@Service
public class ExportService {

    private final ModuleRegistry modules;
    private final PdfKit kit;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    public ExportService(ModuleRegistry modules, PdfKit kit, CurrentUser currentUser, AuditTrail audit) {
        this.modules = modules;
        this.kit = kit;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /** Every exporter of every module present, whoever may run it. */
    public List<PdfExporter> all() {
        return modules.modules().stream().flatMap(m -> m.pdfExporters().stream())
                .sorted(Comparator.comparing(PdfExporter::title)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<PdfExporter> available() {
        return all().stream().filter(this::mayExport).toList();
    }

    public Optional<PdfExporter> find(String id) {
        return all().stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean mayExport(PdfExporter exporter) {
        return exporter.roles().stream().anyMatch(currentUser::hasRole);
    }

    @PreAuthorize("isAuthenticated()")
    public PdfFile export(String exporterId, ReportPeriod period) {
        PdfExporter exporter = checked(exporterId);
        PdfDocument doc = authored(exporter.build(period));
        PdfFile file = kit.renderFile(doc);
        audit.exported(exporter.module(), exporter.id(), exporter.title() + ", " + period.label());
        return file;
    }

    /** Streams the export, e.g. to a download, without holding the whole file in memory. */
    @PreAuthorize("isAuthenticated()")
    public void export(String exporterId, ReportPeriod period, OutputStream out) {
        PdfExporter exporter = checked(exporterId);
        kit.render(authored(exporter.build(period)), out);
        audit.exported(exporter.module(), exporter.id(), exporter.title() + ", " + period.label());
    }

    /**
     * The document an exporter builds for the period, not yet rendered, for assembling into a larger
     * one (a board pack). The caller's roles are checked and the export is in the audit trail.
     */
    @PreAuthorize("isAuthenticated()")
    public PdfDocument build(String exporterId, ReportPeriod period, LocalDate meetingDay) {
        PdfExporter exporter = checked(exporterId);
        PdfDocument doc = exporter.buildForMeeting(period, meetingDay);
        audit.exported(exporter.module(), exporter.id(), exporter.title() + ", " + period.label()
                + " (assembled into a pack for the meeting of " + meetingDay + ")");
        return doc;
    }

    /** For documents a module builds for one record (an audit, an observation): renders and audits. */
    @PreAuthorize("isAuthenticated()")
    public PdfFile exportDocument(String module, String recordType, Object recordId, PdfDocument document) {
        PdfFile file = kit.renderFile(authored(document));
        audit.exported(module, recordType + " " + recordId, document.title());
        return file;
    }

    private PdfExporter checked(String exporterId) {
        PdfExporter exporter = find(exporterId).orElseThrow(() -> new IllegalArgumentException("No exporter " + exporterId));
        if (!mayExport(exporter)) {
            throw new AccessDeniedException("You may not export " + exporter.title());
        }
        return exporter;
    }

    private PdfDocument authored(PdfDocument doc) {
        currentUser.person().ifPresent(p -> {
            if (doc.author() == null) {
                doc.author(p.getFullName());
            }
        });
        return doc;
    }
}
