package org.sightline.app.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK date formats used across the shell's screens. */
public final class Formats {
    public static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    public static String date(LocalDate d) {
        return d == null ? "" : SHORT_DATE.format(d);
    }
}
