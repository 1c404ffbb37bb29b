package org.sightline.app.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.ui.AccessibleName;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports page: quarterly reports by quarter, the monthly briefing by month, each named for what it covers. */
class ReportsTest extends AbstractKaribuTest {

    @Autowired
    ExportService exports;

    @Test
    void theMonthlyBriefingIsChosenByMonthAndNamedAfterIt() throws Exception {
        signIn("manager");
        navigate("reports");
        ReportsView view = _get(ReportsView.class);
        // Quarterly reports follow the page's quarter; the briefing has its own month, last month at first.
        assertThat(view.periodFor("learning-bulletin")).isEqualTo(ReportPeriod.quarterOf(LocalDate.of(2026, 7, 1)));
        var month = view.months.get("audits-monthly-briefing");
        assertThat(month.getLabel()).isEqualTo("Month");
        assertThat(month.getValue()).isEqualTo(ReportPeriod.monthOf(LocalDate.of(2026, 10, 1)));
        assertThat(view.months).containsOnlyKeys("audits-monthly-briefing");

        ReportPeriod september = ReportPeriod.monthOf(LocalDate.of(2026, 9, 1));
        month.setValue(september);
        assertThat(view.periodFor("audits-monthly-briefing")).isEqualTo(september);
        PdfExporter briefing = exports.find("audits-monthly-briefing").orElseThrow();
        assertThat(ReportsView.fileName(briefing, september)).isEqualTo("monthly-case-audit-briefing-for-managers-september-2026.pdf");
        String text = new PDFTextStripper().getText(Loader.loadPDF(exports.export("audits-monthly-briefing", september).content()));
        assertThat(text).contains("September 2026").doesNotContain("October 2026");

        // Given a quarter, the briefing refuses rather than quietly taking its last month.
        assertThatThrownBy(() -> exports.export("audits-monthly-briefing", ReportPeriod.quarterOf(LocalDate.of(2026, 7, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDownloadLinkIsNamedByItsVisibleTextFirst() {
        signIn("psw");
        navigate("reports");
        ReportsView view = _get(ReportsView.class);
        assertThat(view.downloads).isNotEmpty().allSatisfy(a -> {
            String name = a.getElement().getAttribute("aria-label");
            assertThat(name).startsWith("Download PDF: ");
            assertThat(AccessibleName.startsWithVisibleText(a.getText(), name)).isTrue();
        });
    }
}
