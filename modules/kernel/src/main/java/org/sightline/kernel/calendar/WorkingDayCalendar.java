package org.sightline.kernel.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared working-day calendar: England and Wales bank holidays plus the closure days
 * administrators add. Complaint timescales and due dates everywhere are counted with it.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    private final ClosureDayRepository closures;
    private final Clock clock;

    public WorkingDayCalendar(ClosureDayRepository closures, Clock clock) {
        this.closures = closures;
        this.clock = clock;
    }

    /** A snapshot for a run of calculations; closure days are read once. */
    public WorkingDays days() {
        return WorkingDays.englandAndWales(
                closures.findAll().stream().map(ClosureDay::getDate).collect(Collectors.toSet()));
    }

    public LocalDate addWorkingDays(LocalDate start, int n) {
        return days().add(start, n);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return days().between(from, to);
    }

    public boolean isWorkingDay(LocalDate date) {
        return days().isWorkingDay(date);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Bank holidays and closure days in date order, with their names. */
    public Map<LocalDate, String> nonWorkingDays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.putAll(BankHolidays.of(year));
        closures.findAll().stream().filter(c -> c.getDate().getYear() == year)
                .forEach(c -> days.put(c.getDate(), c.getReason()));
        return days;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<ClosureDay> closureDays() {
        return closures.findAllByOrderByDateAsc();
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public ClosureDay addClosureDay(LocalDate date, String reason) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (date == null) {
            errors.add("date", "Enter the date of the closure.");
        } else if (date.getYear() < BankHolidays.FIRST_YEAR || date.getYear() > BankHolidays.LAST_YEAR) {
            errors.add("date", "Enter a date from " + BankHolidays.FIRST_YEAR + " to " + BankHolidays.LAST_YEAR + ".");
        } else if (BankHolidays.isBankHoliday(date)) {
            errors.add("date", "That is already a bank holiday (" + BankHolidays.englandAndWales().get(date) + ").");
        } else if (closures.existsByDate(date)) {
            errors.add("date", "That day is already a closure day.");
        } else if (!days().isWorkingDay(date)) {
            errors.add("date", "That day is a weekend, so it is not a working day anyway.");
        }
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "Say why the service is closed, for example \"Council closure day\".");
        } else {
            errors.maxLength("reason", reason, ClosureDay.REASON_MAX, "the reason");
        }
        errors.throwIfAny();
        return closures.save(new ClosureDay(date, reason.strip()));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public void removeClosureDay(long id) {
        closures.deleteById(id);
    }
}
