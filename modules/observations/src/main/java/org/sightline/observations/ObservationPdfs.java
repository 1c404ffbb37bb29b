package org.sightline.observations;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The observation record and the quarterly summary (an exporter, so board packs can use it). */
@Component
public class ObservationPdfs implements PdfExporter {

    private final PdfKit kit;
    private final ObservationSummary summary;

    public ObservationPdfs(PdfKit kit, ObservationSummary summary) {
        this.kit = kit;
        this.summary = summary;
    }

    @Override
    public String id() {
        return "observations-summary";
    }

    @Override
    public String title() {
        return "Practice observations: quarterly summary";
    }

    @Override
    public String module() {
        return "observations";
    }

    @Override
    public Set<Role> roles() {
        return ObservationSummary.READERS;
    }

    @Override
    @Transactional(readOnly = true)
    public PdfDocument build(ReportPeriod period) {
        var f = summary.figures(period);
        PdfDocument doc = kit.document(title())
                .subtitle(period.fullLabel())
                .fact("Period", period.label())
                .fact("Observations carried out", String.valueOf(f.total()))
                .fact("Cadence compliance today", Math.round(f.complianceRate()) + "% of " + f.expectations() + " expectations up to date ("
                        + f.overdue() + " overdue)")
                .fact("Good-practice examples", String.valueOf(f.goodPractice().size()));
        doc.heading("Observations by nature of practice");
        var chart = ObservationSummary.natureChart(f);
        if (chart.isEmpty()) {
            doc.paragraph("No observations were carried out in this period.");
        } else {
            doc.chart(chart);
        }
        doc.heading("Themes");
        var themes = ObservationSummary.themeChart(f);
        if (!themes.isEmpty()) {
            doc.chart(themes);
        }
        excerpts(doc, "Strengths, by theme", f.strengthsByTheme());
        excerpts(doc, "Areas for development, by theme", f.developmentByTheme());
        doc.heading("Examples of good practice");
        if (f.goodPractice().isEmpty()) {
            doc.paragraph("The QA team has not chosen examples of good practice for this period yet.");
        }
        for (Observation o : f.goodPractice()) {
            doc.subheading(o.natureLabel() + ", " + Formats.date(o.getObservedOn()) + " (" + ObservationSummary.service(o) + ")");
            doc.paragraph(o.getStrengths() == null ? "" : o.getStrengths());
        }
        doc.note("Counts are observations shared with the practitioner in the period. Compliance is measured against the cadence "
                + "rules on the day the summary is produced. Excerpts name no practitioner or child.");
        return doc;
    }

    private static void excerpts(PdfDocument doc, String heading, Map<String, List<ObservationSummary.Excerpt>> byTheme) {
        doc.subheading(heading);
        if (byTheme.isEmpty()) {
            doc.paragraph("None recorded.");
            return;
        }
        byTheme.forEach((theme, list) -> {
            doc.paragraph(theme + " (" + list.size() + ")");
            doc.bulletList(ObservationSummary.lines(list, 8));
        });
    }

    /** One observation, for the practitioner's file and supervision. */
    public PdfDocument record(Observation o) {
        PdfDocument doc = kit.document("Observation of practice: " + o.getObserved().getFullName())
                .subtitle(o.natureLabel() + ", " + Formats.date(o.getObservedOn()))
                .fact("Practitioner", o.getObserved().getFullName())
                .fact("Team", o.getTeam() == null ? "" : o.getTeam().getName())
                .fact("Observer", o.getObserver().getFullName())
                .fact("Date", Formats.date(o.getObservedOn()))
                .fact("Nature of practice", o.natureLabel())
                .fact("Case", o.getCaseRecord() == null ? "Not recorded" : o.getCaseRecord().getReference())
                .fact("Level of need", o.getLevelOfNeed() == null ? "Not recorded" : o.getLevelOfNeed().label())
                .fact("Status", o.getStatus().label());
        if (o.getCaseRecord() != null) {
            doc.childLevel();
        }
        section(doc, "Identified strengths", o.getStrengths(), o.getStrengthThemes());
        section(doc, "Areas for development", o.getDevelopment(), o.getDevelopmentThemes());
        section(doc, "Reflections with the practitioner", o.getReflections(), Set.of());
        section(doc, "Other comments", o.getOtherComments(), Set.of());
        doc.heading("The practitioner's reflection");
        doc.paragraph(o.getPractitionerReflection() == null ? "Not yet added." : o.getPractitionerReflection());
        if (o.getAcknowledgedAt() != null) {
            doc.note("Acknowledged " + Formats.dateTime(o.getAcknowledgedAt()) + ".");
        }
        if (o.getSupervisionNote() != null) {
            doc.heading("Supervision");
            doc.paragraph(o.getSupervisionNote());
        }
        return doc;
    }

    private static void section(PdfDocument doc, String heading, String text, Set<LearningTheme> themes) {
        doc.heading(heading);
        doc.paragraph(text == null ? "None recorded." : text);
        if (!themes.isEmpty()) {
            doc.note("Themes: " + String.join(", ", themes.stream().map(LearningTheme::getName).sorted().toList()));
        }
    }

}
