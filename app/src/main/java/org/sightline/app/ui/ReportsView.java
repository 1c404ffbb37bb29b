package org.sightline.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.people.Role;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.AccessibleName;
import org.sightline.kernel.support.ui.MonthSelect;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.PdfFile;
import org.sightline.kernel.pdf.ReportPeriod;

/**
 * Reports as accessible PDFs: every exporter of every module present that the signed-in
 * person may run, for a quarter they choose (a monthly report, for a month). Each download is in the audit trail. Board
 * members read reports in their packs instead.
 */
@Route("reports")
@PageTitle("Reports | Sightline")
@RolesAllowed({Role.PRACTITIONER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_, Role.HEAD_OF_SERVICE_,
        Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.QA_OFFICER_, Role.ADMINISTRATOR_})
public class ReportsView extends Main {

    final Select<ReportPeriod> period = new Select<>();
    final List<Anchor> downloads = new ArrayList<>();
    final Map<String, MonthSelect> months = new HashMap<>();
    private final Map<String, Supplier<ReportPeriod>> choices = new HashMap<>();

    public ReportsView(ExportService exports, Clock clock) {
        addClassName("page");
        Paragraph purpose = new Paragraph("Download a report for a quarter. Every report is a tagged, accessible PDF "
                + "marked with its protective marking; downloads are recorded in the audit trail.");
        purpose.addClassName("page-purpose");
        add(new Div(new H1("Reports"), purpose));

        LocalDate today = LocalDate.now(clock);
        List<ReportPeriod> quarters = new ArrayList<>();
        ReportPeriod q = ReportPeriod.quarterOf(today);
        for (int i = 0; i < 8; i++) {
            quarters.add(q);
            q = ReportPeriod.quarterOf(q.from().minusDays(1));
        }
        period.setLabel("Quarter");
        period.setItems(quarters);
        period.setItemLabelGenerator(p -> p.label() + (p.contains(today) ? " (this quarter, so far)" : ""));
        period.setValue(ReportPeriod.previousQuarter(today));
        add(period);

        List<PdfExporter> available = exports.available();
        if (available.isEmpty()) {
            Paragraph none = new Paragraph("There are no reports for your role.");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        Div list = new Div();
        list.addClassName("panels");
        for (PdfExporter exporter : available) {
            // A monthly report is chosen by month in its own panel; the page's quarter is not for it.
            MonthSelect month = exporter.span() == PdfExporter.Span.MONTH ? new MonthSelect(today, 12, 1) : null;
            Supplier<ReportPeriod> chosen = month == null ? period::getValue : month::getValue;
            choices.put(exporter.id(), chosen);
            Anchor download = new Anchor((DownloadEvent event) -> {
                ReportPeriod p = chosen.get();
                event.setFileName(fileName(exporter, p));
                event.setContentType("application/pdf");
                try (OutputStream out = event.getOutputStream()) {
                    exports.export(exporter.id(), p, out);
                }
            }, "Download PDF");
            AccessibleName.withContext(download, exporter.title());
            download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            download.addClassName("download-link");
            downloads.add(download);
            Div panel = new Div(new H2(exporter.title()));
            if (month != null) {
                month.setId("month-" + exporter.id());
                months.put(exporter.id(), month);
                panel.add(month);
            }
            panel.add(download);
            panel.addClassName("panel");
            list.add(panel);
        }
        add(list);
    }

    /** The period a download of this report would cover now: the page's quarter, or its panel's month. */
    ReportPeriod periodFor(String exporterId) {
        return choices.get(exporterId).get();
    }

    /** Named for what it covers: "Monthly case audit briefing for managers October 2026.pdf". */
    static String fileName(PdfExporter exporter, ReportPeriod p) {
        return PdfFile.fileNameFor(exporter.title() + " "
                + (p.isMonth() ? Formats.month(p.from()) : p.isQuarter() ? p.quarterName() : p.from() + " to " + p.to()));
    }
}
