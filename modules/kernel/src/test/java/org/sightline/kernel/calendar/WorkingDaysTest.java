package org.sightline.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.of(BankHolidays.englandAndWales(), Set.of());

    @Test
    void tenWorkingDaysAfterThursday18December2025IsTuesday6January2026() {
        LocalDate received = LocalDate.of(2025, 12, 18);
        assertThat(received.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(calendar.add(received, 10)).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(calendar.between(received, LocalDate.of(2026, 1, 6))).isEqualTo(10);
    }

    @Test
    void substituteDaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // Boxing Day falls on a Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 12, 28))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 1, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    }

    @Test
    void countsBackwardsForDatesBeforeADeadline() {
        // Quality assurance is due 2 working days before a Tuesday after a bank-holiday Monday.
        assertThat(calendar.add(LocalDate.of(2026, 5, 26), -2)).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(calendar.between(LocalDate.of(2026, 5, 26), LocalDate.of(2026, 5, 21))).isEqualTo(-2);
    }

    @Test
    void dayZeroOnAWeekendMakesMondayDayOne() {
        assertThat(calendar.add(LocalDate.of(2026, 11, 21), 1)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void closureDaysAreSkipped() {
        WorkingDays withClosure = WorkingDays.of(BankHolidays.englandAndWales(), Set.of(LocalDate.of(2026, 12, 24)));
        assertThat(withClosure.add(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Test
    void addAndBetweenAgreeEverywhere() {
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.isBefore(LocalDate.of(2030, 12, 1)); d = d.plusDays(3)) {
            for (int n : new int[] {0, 1, 2, 5, 10, 20}) {
                assertThat(calendar.between(d, calendar.add(d, n))).as("%s + %d", d, n).isEqualTo(n);
            }
        }
    }

    /** The shipped data must match the rules that make the England and Wales calendar. */
    @Test
    void shippedBankHolidaysFollowTheRules() {
        Map<LocalDate, String> expected = new TreeMap<>();
        for (int year = 2024; year <= 2030; year++) {
            LocalDate easter = easterSunday(year);
            expected.put(substitute(LocalDate.of(year, 1, 1), null), "New Year's Day");
            expected.put(easter.minusDays(2), "Good Friday");
            expected.put(easter.plusDays(1), "Easter Monday");
            expected.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "Early May bank holiday");
            expected.put(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Spring bank holiday");
            expected.put(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), "Summer bank holiday");
            LocalDate christmas = substitute(LocalDate.of(year, 12, 25), null);
            expected.put(christmas, "Christmas Day");
            expected.put(substitute(LocalDate.of(year, 12, 26), christmas), "Boxing Day");
        }
        assertThat(BankHolidays.englandAndWales().keySet()).containsExactlyElementsOf(expected.keySet());
        BankHolidays.englandAndWales().forEach((date, name) -> assertThat(name).startsWith(expected.get(date)));
    }

    /** A holiday on a weekend moves to the next weekday not already taken. */
    private static LocalDate substitute(LocalDate day, LocalDate taken) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || d.equals(taken)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    private static LocalDate easterSunday(int y) {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }
}
