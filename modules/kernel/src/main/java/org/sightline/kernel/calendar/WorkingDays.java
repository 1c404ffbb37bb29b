package org.sightline.kernel.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Working-day arithmetic over a set of non-working dates (bank holidays and closure days).
 * Weekends never count. Pure and immutable: {@link WorkingDayCalendar} builds one with the
 * current closure days from the database.
 */
public final class WorkingDays {

    private final Predicate<LocalDate> closed;

    public WorkingDays(Set<LocalDate> nonWorkingDates) {
        Set<LocalDate> dates = Set.copyOf(nonWorkingDates);
        this.closed = dates::contains;
    }

    public static WorkingDays of(Map<LocalDate, String> holidays, Set<LocalDate> closures) {
        java.util.HashSet<LocalDate> all = new java.util.HashSet<>(holidays.keySet());
        all.addAll(closures);
        return new WorkingDays(all);
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
