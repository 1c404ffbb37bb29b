package org.sightline.kernel.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportPeriodTest {

    @Test
    void quartersAreNamedByTheFinancialYearThatStartsInApril() {
        // The council's own bulletin: "quarter 1 (1st April 2025 – 30th June 2025)".
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2025, 5, 14)).quarterName()).isEqualTo("Q1 2025/26");
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2025, 9, 30)).quarterName()).isEqualTo("Q2 2025/26");
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2025, 10, 1)).quarterName()).isEqualTo("Q3 2025/26");
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2026, 2, 1)).quarterName()).isEqualTo("Q4 2025/26");
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2099, 12, 31)).quarterName()).isEqualTo("Q3 2099/00");
        assertThat(ReportPeriod.quarterOf(LocalDate.of(2026, 11, 23)).fullLabel()).isEqualTo("Q3 2026/27: 1 Oct 2026 to 31 Dec 2026");
    }

    @Test
    void theFinancialYearRunsAprilToMarch() {
        assertThat(ReportPeriod.financialYearOf(LocalDate.of(2027, 3, 31)))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)));
        assertThat(ReportPeriod.financialYearOf(LocalDate.of(2026, 4, 1)).from()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ReportPeriod.financialYearName(2026)).isEqualTo("2026/27");
    }

    @Test
    void otherPeriodsKeepTheirDates() {
        ReportPeriod month = new ReportPeriod(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(month.isQuarter()).isFalse();
        assertThat(month.fullLabel()).isEqualTo("1 Oct 2026 to 31 Oct 2026");
        assertThat(month.quarterName()).isEqualTo("1 Oct 2026 to 31 Oct 2026");
        assertThat(ReportPeriod.previousQuarter(LocalDate.of(2026, 1, 5)).quarterName()).isEqualTo("Q3 2025/26");
    }
}
