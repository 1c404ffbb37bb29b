package org.sightline.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Working-day arithmetic over a set of non-working dates (bank holidays and closure days).
 * Weekends never count. Pure and immutable: {@link WorkingDayCalendar} builds one with the
 * current closure days from the database.
 */
public final class WorkingDays {

    private final Predicate<LocalDate> closed;

    private WorkingDays(Predicate<LocalDate> closed) {
        this.closed = closed;
    }

    /**
     * England and Wales bank holidays and the service's own closure days. A date in a year the
     * bank-holiday rules do not cover is refused (an {@link IllegalArgumentException}), never
     * silently taken as a working day.
     */
    public static WorkingDays englandAndWales(Set<LocalDate> closures) {
        Set<LocalDate> closed = Set.copyOf(closures);
        return new WorkingDays(d -> BankHolidays.isBankHoliday(d) || closed.contains(d));
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !closed.test(date);
    }

    /**
     * The date {@code n} working days after {@code start} (before it when {@code n} is negative).
     * The start day itself is day 0 and is never counted, whether or not it is a working day:
     * a complaint received on a Saturday has day 1 on Monday.
     */
    public LocalDate add(LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        int left = Math.abs(n);
        LocalDate d = start;
        while (left > 0) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to}
     * is before {@code from}. So {@code between(d, add(d, n)) == n}.
     */
    public int between(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -between(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
