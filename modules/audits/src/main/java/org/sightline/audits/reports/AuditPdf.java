package org.sightline.audits.reports;

import java.util.List;
import org.sightline.audits.audit.Assessment;
import org.sightline.audits.audit.AuditorRole;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.audit.DomainAnswer;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.cases.CaseSummary;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;

/** One completed case audit as a PDF for the child's file. */
@Component
public class AuditPdf {

    private final PdfKit kit;

    AuditPdf(PdfKit kit) {
        this.kit = kit;
    }

    public PdfDocument build(CaseAudit audit, CaseSummary summary) {
        List<TemplateDomain> domains = audit.getTemplate().getDomains();
        PdfDocument doc = kit.document("Case audit " + summary.reference())
                .childLevel()
                .subtitle(Formats.month(audit.getMonth()))
                .fact("Case", summary.reference() + summary.childInitials().map(i -> " (" + i + ")").orElse(""))
                .fact("Level of need", summary.levelOfNeed().label())
                .fact("Team", audit.getTeam().getName())
                .fact("Practitioner", audit.getPractitioner() == null ? "" : audit.getPractitioner().getFullName())
                .fact("Lead auditor", audit.getLeadAuditor().getFullName())
                .fact("Peer auditor", audit.getPeerAuditor().getFullName())
                .fact("Status", audit.getStatus().label())
                .fact("Template", "Version " + audit.getTemplate().getNumber());
        doc.heading("Final grades");
        PdfTable grades = PdfTable.withColumns("Domain", "Lead auditor", "Peer auditor", "Final").widths(4, 2, 2, 2).rowHeaders();
        Assessment lead = audit.assessment(AuditorRole.LEAD).orElseThrow();
        Assessment peer = audit.assessment(AuditorRole.PEER).orElseThrow();
        List<Grade> finals = audit.getFinalDomains();
        for (int i = 0; i < domains.size(); i++) {
            grades.row(domains.get(i).getName(), label(grade(lead, i)), label(grade(peer, i)), label(i < finals.size() ? finals.get(i) : null));
        }
        grades.row("Overall", label(lead.getOverallGrade()), label(peer.getOverallGrade()), label(audit.getFinalOverall()));
        doc.table(grades);
        if (audit.getFinalRationale() != null) {
            doc.subheading("Rationale");
            doc.paragraph(audit.getFinalRationale());
        }
        doc.paragraph(Boolean.TRUE.equals(audit.getAgreed()) ? "The lead and peer auditors agreed every grade."
                : audit.getModerator() == null ? "" : "Moderated by " + audit.getModerator().getFullName() + ".");
        findings(doc, "Lead auditor's findings", domains, lead);
        findings(doc, "Peer auditor's findings", domains, peer);
        return doc;
    }

    private static void findings(PdfDocument doc, String title, List<TemplateDomain> domains, Assessment a) {
        doc.heading(title);
        List<DomainAnswer> answers = a.getDomains();
        for (int i = 0; i < domains.size() && i < answers.size(); i++) {
            DomainAnswer d = answers.get(i);
            doc.subheading(domains.get(i).getName() + ": " + label(d.getGrade()));
            if (d.getEvidence() != null) {
                doc.paragraph("Evidence: " + d.getEvidence());
            }
            if (d.getWorkingWell() != null) {
                doc.paragraph("What is working well: " + d.getWorkingWell());
            }
            if (d.getWorries() != null) {
                doc.paragraph("What we are worried about: " + d.getWorries());
            }
        }
    }

    private static Grade grade(Assessment a, int i) {
        return i < a.getDomains().size() ? a.getDomains().get(i).getGrade() : null;
    }

    private static String label(Grade g) {
        return g == null ? "Not graded" : g.label();
    }
}
