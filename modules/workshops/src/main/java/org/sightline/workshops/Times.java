package org.sightline.workshops;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

public final class Times {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Times() {
    }

    public static String day(LocalDateTime t) {
        return DAY.format(t);
    }

    public static String span(LocalDateTime start, LocalDateTime end) {
        return TIME.format(start) + "–" + TIME.format(end);
    }

    public static String time(LocalDateTime t) {
        return t.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm", java.util.Locale.UK));
    }
}
