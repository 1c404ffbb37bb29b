package org.sightline.kernel.calendar;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.sightline.kernel.support.Csv;

/**
 * England and Wales bank holidays, worked out by the rules of the Banking and Financial Dealings
 * Act as applied since 1978 (New Year's Day, Good Friday, Easter Monday, the first and last Mondays
 * in May, the last Monday in August, Christmas and Boxing Day, with substitute days when they fall
 * at a weekend), plus the one-off days proclaimed for jubilees, royal weddings and the like, which
 * are data ({@code bank-holidays-one-off.csv}): add a line there when a new one is announced.
 *
 * <p>A date outside {@link #FIRST_YEAR}–{@link #LAST_YEAR} is refused rather than answered wrongly.
 */
public final class BankHolidays {

    public static final int FIRST_YEAR = 1978;
    public static final int LAST_YEAR = 2099;

    private static final List<OneOff> ONE_OFFS = loadOneOffs();
    private static final NavigableMap<LocalDate, String> ALL = computeAll();

    private record OneOff(LocalDate date, String name, LocalDate insteadOf) {
    }

    private BankHolidays() {
    }

    /** Every bank holiday from {@link #FIRST_YEAR} to {@link #LAST_YEAR}, in date order, with its name. */
    public static Map<LocalDate, String> englandAndWales() {
        return ALL;
    }

    /** The bank holidays of one year, in date order, with their names. */
    public static Map<LocalDate, String> of(int year) {
        requireCovered(year);
        return ALL.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true);
    }

    public static boolean isBankHoliday(LocalDate date) {
        requireCovered(date.getYear());
        return ALL.containsKey(date);
    }

    /** Fails loudly for a year the rules are not known to hold for. */
    public static void requireCovered(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Bank holidays are known only for " + FIRST_YEAR + " to " + LAST_YEAR
                    + "; " + year + " is outside that range.");
        }
    }

    private static NavigableMap<LocalDate, String> computeAll() {
        TreeMap<LocalDate, String> days = new TreeMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            days.putAll(byRule(year));
        }
        for (OneOff o : ONE_OFFS) {
            if (o.insteadOf() != null && days.remove(o.insteadOf()) == null) {
                throw new IllegalStateException(o.insteadOf() + " in bank-holidays-one-off.csv is not a bank holiday by rule");
            }
            days.put(o.date(), o.name());
        }
        return Collections.unmodifiableNavigableMap(days);
    }

    static Map<LocalDate, String> byRule(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        LocalDate newYearObserved = nextWeekday(newYear);
        days.put(newYearObserved, newYearObserved.equals(newYear) ? "New Year's Day" : "New Year's Day (substitute day)");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
        days.put(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
        days.put(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday");
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate boxingDay = christmas.plusDays(1);
        LocalDate christmasObserved = christmas;
        LocalDate boxingObserved = boxingDay;
        switch (christmas.getDayOfWeek()) {
            case FRIDAY -> boxingObserved = christmas.plusDays(3);
            case SATURDAY -> {
                christmasObserved = christmas.plusDays(2);
                boxingObserved = christmas.plusDays(3);
            }
            case SUNDAY -> christmasObserved = christmas.plusDays(2); // Boxing Day keeps its Monday
            default -> { }
        }
        days.put(christmasObserved, christmasObserved.equals(christmas) ? "Christmas Day" : "Christmas Day (substitute day)");
        days.put(boxingObserved, boxingObserved.equals(boxingDay) ? "Boxing Day" : "Boxing Day (substitute day)");
        return days;
    }

    private static LocalDate nextWeekday(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }

    private static List<OneOff> loadOneOffs() {
        var in = BankHolidays.class.getResourceAsStream("bank-holidays-one-off.csv");
        if (in == null) {
            throw new IllegalStateException("bank-holidays-one-off.csv is missing from the kernel jar");
        }
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Csv.Line> lines = Csv.read(reader);
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank())
                    .map(l -> new OneOff(LocalDate.parse(l.field(0)), l.field(1),
                            l.field(2).isEmpty() ? null : LocalDate.parse(l.field(2))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
