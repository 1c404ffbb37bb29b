package org.sightline.kernel.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** England and Wales bank holidays 2024–2030, substitute days included, shipped as data. */
public final class BankHolidays {

    public static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2030, 12, 31);

    private static final Map<LocalDate, String> ENGLAND_AND_WALES = load();

    private BankHolidays() {
    }

    public static Map<LocalDate, String> englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    private static Map<LocalDate, String> load() {
        var in = BankHolidays.class.getResourceAsStream("bank-holidays-england-and-wales.csv");
        if (in == null) {
            throw new IllegalStateException("bank-holidays-england-and-wales.csv is missing from the kernel jar");
        }
        Map<LocalDate, String> days = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    int comma = line.indexOf(',');
                    days.put(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(days);
    }
}
