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

    /** The calendar quarter holding {@code day}: January to March is quarter 1. */
    public static ReportPeriod quarterOf(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new ReportPeriod(start, start.plusMonths(3).minusDays(1));
    }

    /** The quarter before the one holding {@code today}: what a board meeting usually reviews. */
    public static ReportPeriod previousQuarter(LocalDate today) {
        return quarterOf(quarterOf(today).from().minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public String label() {
        return from.format(UK) + " to " + to.format(UK);
    }
}
