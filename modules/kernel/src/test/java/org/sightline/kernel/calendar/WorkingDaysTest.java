package org.sightline.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.englandAndWales(Set.of());

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
        WorkingDays withClosure = WorkingDays.englandAndWales(Set.of(LocalDate.of(2026, 12, 24)));
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

    /** The rules give exactly the list GOV.UK published for 2024 to 2030, names included. */
    @Test
    void theRulesGiveThePublishedList() throws Exception {
        Map<LocalDate, String> published = new TreeMap<>();
        try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("published-bank-holidays-2024-2030.csv"),
                java.nio.charset.StandardCharsets.UTF_8)) {
            var lines = org.sightline.kernel.support.Csv.read(in);
            lines.subList(1, lines.size()).forEach(l -> published.put(LocalDate.parse(l.field(0)), l.field(1)));
        }
        Map<LocalDate, String> computed = new TreeMap<>();
        for (int year = 2024; year <= 2030; year++) {
            computed.putAll(BankHolidays.of(year));
        }
        assertThat(computed).containsExactlyEntriesOf(published);
    }

    /** Years with one-off days: a day added, or a rule day moved to make room for it. */
    @Test
    void oneOffDaysAreAddedAndMovedDaysMoved() {
        assertThat(BankHolidays.of(2022).keySet()).containsExactly(d(2022, 1, 3), d(2022, 4, 15), d(2022, 4, 18), d(2022, 5, 2),
                d(2022, 6, 2), d(2022, 6, 3), d(2022, 8, 29), d(2022, 9, 19), d(2022, 12, 26), d(2022, 12, 27));
        assertThat(BankHolidays.of(2023).keySet()).containsExactly(d(2023, 1, 2), d(2023, 4, 7), d(2023, 4, 10), d(2023, 5, 1),
                d(2023, 5, 8), d(2023, 5, 29), d(2023, 8, 28), d(2023, 12, 25), d(2023, 12, 26));
        assertThat(BankHolidays.of(2020).keySet()).containsExactly(d(2020, 1, 1), d(2020, 4, 10), d(2020, 4, 13), d(2020, 5, 8),
                d(2020, 5, 25), d(2020, 8, 31), d(2020, 12, 25), d(2020, 12, 28));
        assertThat(BankHolidays.of(2022).get(d(2022, 12, 27))).isEqualTo("Christmas Day (substitute day)");
        assertThat(BankHolidays.of(2022).get(d(2022, 12, 26))).isEqualTo("Boxing Day");
    }

    /** Well past the shipped list: 2033 (Christmas on a Sunday) and 2038 (Easter on 25 April). */
    @Test
    void laterYearsAreWorkedOutNotMissing() {
        assertThat(BankHolidays.of(2033)).containsEntry(d(2033, 12, 26), "Boxing Day")
                .containsEntry(d(2033, 12, 27), "Christmas Day (substitute day)").hasSize(8);
        assertThat(BankHolidays.of(2038)).containsEntry(d(2038, 4, 23), "Good Friday").containsEntry(d(2038, 4, 26), "Easter Monday");
        assertThat(calendar.isWorkingDay(d(2031, 12, 25))).isFalse();
        assertThat(calendar.add(d(2035, 12, 24), 1)).isEqualTo(d(2035, 12, 27));
    }

    @Test
    void aYearTheRulesDoNotCoverIsRefusedNotGuessed() {
        assertThatThrownBy(() -> calendar.isWorkingDay(d(2100, 3, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2100");
        assertThatThrownBy(() -> BankHolidays.of(1977)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
