package org.sightline.kernel.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK dates and times, Europe/London, the same on every screen and in every PDF. */
public final class Formats {
    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    public static final DateTimeFormatter NUMERIC_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    public static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    public static final DateTimeFormatter MONTH_SHORT = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : SHORT_DATE.format(d);
    }

    /** "November 2026". */
    public static String month(LocalDate d) {
        return d == null ? "" : MONTH.format(d);
    }

    public static String dateTime(Instant i) {
        return i == null ? "" : DATE_TIME.format(i.atZone(UK));
    }
}
