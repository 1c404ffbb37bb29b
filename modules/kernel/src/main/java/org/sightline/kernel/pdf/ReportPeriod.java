package org.sightline.kernel.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/** The dates a report covers, both inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    /** The quarter holding {@code day}: January to March, April to June, July to September or October to December. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /** The calendar month holding {@code day}. */
    public static ReportPeriod monthOf(LocalDate day) {
        LocalDate start = day.withDayOfMonth(1);
        return new ReportPeriod(start, start.plusMonths(1).minusDays(1));
    }

    /** Whether the period is exactly one calendar month. */
    public boolean isMonth() {
        return equals(monthOf(from));
    }

    /** The quarter before the one holding {@code today}: what a board meeting usually reviews. */
    public static ReportPeriod previousQuarter(LocalDate today) {
        return quarterOf(quarterOf(today).from().minusDays(1));
    }

    /** The council's financial year holding {@code day}: 1 April to 31 March. */
    public static ReportPeriod financialYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new ReportPeriod(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
    }

    /** "2026/27" for the financial year starting in April 2026. */
    public static String financialYearName(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public String label() {
        return from.format(UK) + " to " + to.format(UK);
    }

    /** Whether the period is exactly one calendar quarter (the same boundaries as the financial year's quarters). */
    public boolean isQuarter() {
        return equals(quarterOf(from));
    }

    /**
     * The council's name for a quarter: financial years start on 1 April, so April to June 2025 is
     * "Q1 2025/26" and January to March 2026 is "Q4 2025/26". Other periods have no such name.
     */
    public String quarterName() {
        if (!isQuarter()) {
            return label();
        }
        int q = ((from.getMonthValue() - 4 + 12) % 12) / 3 + 1;
        return "Q" + q + " " + financialYearName(financialYearOf(from).from().getYear());
    }

    /** "Q3 2026/27: 1 Oct 2026 to 31 Dec 2026" for a quarter; the dates alone otherwise. */
    public String fullLabel() {
        return isQuarter() ? quarterName() + ": " + label() : label();
    }
}
