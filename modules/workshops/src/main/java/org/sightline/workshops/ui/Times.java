package org.sightline.workshops.ui;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

final class Times {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private Times() {
    }

    static String day(LocalDateTime t) {
        return DAY.format(t);
    }

    static String span(LocalDateTime start, LocalDateTime end) {
        return TIME.format(start) + "–" + TIME.format(end);
    }
}
