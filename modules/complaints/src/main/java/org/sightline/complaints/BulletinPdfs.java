package org.sightline.complaints;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The learning bulletin as a newsletter; as an exporter, the latest published edition for a period. */
@Component
public class BulletinPdfs implements PdfExporter {

    private final PdfKit kit;
    private final BulletinRepository bulletins;
    private final ComplimentRepository compliments;

    public BulletinPdfs(PdfKit kit, BulletinRepository bulletins, ComplimentRepository compliments) {
        this.kit = kit;
        this.bulletins = bulletins;
        this.compliments = compliments;
    }

    @Override
    public String id() {
        return "learning-bulletin";
    }

    @Override
    public String title() {
        return "Learning bulletin";
    }

    @Override
    public String module() {
        return "complaints";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.allOf(Role.class);
    }

    /** The latest published edition of the newest bulletin whose quarter ends within the period. */
    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        return bulletins.published().stream().filter(b -> period.contains(b.getPeriodTo())).findFirst()
                .map(b -> document(title(), b, List.of(b.getSessionsSnapshot() == null || b.getSessionsSnapshot().isBlank() ? new String[0]
                        : b.getSessionsSnapshot().split("\n")), b.getComplimentsCount()))
                .orElseGet(() -> kit.document("Learning bulletin").subtitle(period.fullLabel())
                        .fact("Period", period.label())
                        .paragraph("No learning bulletin has been published for a quarter ending in this period."));
    }

    /** The bulletin, laid out as a newsletter; a draft is marked as such. */
    public PdfDocument document(Bulletin b, List<String> sessions, Integer complimentsCount) {
        return document(b.getTitle(), b, sessions, complimentsCount);
    }

    /** With the document titled {@code title}: a board pack lists it under the exporter's name, with the bulletin's own title below. */
    private PdfDocument document(String title, Bulletin b, List<String> sessions, Integer complimentsCount) {
        int count = complimentsCount != null ? complimentsCount
                : (int) compliments.countByReceivedOnBetween(b.getPeriodFrom(), b.getPeriodTo());
        PdfDocument doc = kit.document(title).newsletter()
                .subtitle(title.equals(b.getTitle()) ? "Quarterly learning from complaints and compliments, for everyone in children's services"
                        : b.getTitle())
                .subject("Learning bulletin, " + Formats.date(b.getPeriodFrom()) + " to " + Formats.date(b.getPeriodTo()))
                .fact("Period", Formats.date(b.getPeriodFrom()) + " to " + Formats.date(b.getPeriodTo()))
                .fact("Edition", b.getEdition() == 1 ? "First edition" : "Edition " + b.getEdition() + " (corrected)")
                .fact("Status", b.isPublished() ? "Published " + Formats.dateTime(b.getPublishedAt())
                        + (b.getPublishedBy() == null ? "" : " by " + b.getPublishedBy().getFullName()) : "Draft, not published");
        // The publisher is named in the status above; "Produced … by" names whoever exports it.
        if (b.getCorrects() != null && b.getCorrectionNote() != null) {
            doc.note("This edition corrects edition " + b.getCorrects().getEdition() + ": " + b.getCorrectionNote());
        }
        if (b.getIntroduction() != null) {
            doc.markup(b.getIntroduction());
        }
        doc.heading("Good practice identified");
        doc.markup(b.getGoodPractice() == null ? "" : b.getGoodPractice());
        doc.heading("Learning from complaints");
        doc.bulletList(b.getLearning().stream()
                .map(l -> l.text() + (l.categories() == null ? "" : " (complaints about: " + l.categories().toLowerCase() + ")")).toList());
        doc.heading("Compliments");
        doc.paragraph("Our compliments evidence our good practice. We received " + count + (count == 1 ? " compliment" : " compliments")
                + " from outside the service this quarter." + (b.getQuotes().isEmpty() ? "" : " Some of them, shared with consent:"));
        for (Bulletin.Quote q : b.getQuotes()) {
            doc.quote(q.words(), q.attribution());
        }
        doc.heading("Resources and training");
        if (b.getResources() != null) {
            doc.markup(b.getResources());
        }
        if (!sessions.isEmpty()) {
            doc.subheading("Workshops coming up");
            doc.bulletList(sessions);
            doc.note("Book on Sightline under Learning workshops.");
        }
        doc.heading("Closing reflection");
        doc.markup(b.getReflection() == null ? "" : b.getReflection());
        return doc;
    }
}
