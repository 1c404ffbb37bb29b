package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import org.sightline.kernel.support.Counters;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Complaint references, CMP-year-number: the number comes from the year's counter row in the
 * database, locked until the complaint is saved, so complaints arriving together — through the
 * web form or logged by staff, on one node or several — never share one.
 */
@Component
public class ComplaintReferences {

    private final Counters counters;
    private final ComplaintRepository complaints;
    private final Clock clock;

    ComplaintReferences(Counters counters, ComplaintRepository complaints, Clock clock) {
        this.counters = counters;
        this.complaints = complaints;
        this.clock = clock;
    }

    /** The next reference for a complaint received on that day; call inside the transaction that saves it. */
    String next(LocalDate receivedOn) {
        int year = receivedOn.getYear();
        return prefix(year) + String.format("%04d", counters.next(counter(year), () -> highestUsed(year)));
    }

    /** This year's and next year's counters exist before the first complaint needs one. */
    @EventListener(ApplicationReadyEvent.class)
    public void prepare() {
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y <= year + 1; y++) {
            int forYear = y;
            counters.prepare(counter(forYear), () -> highestUsed(forYear));
        }
    }

    private static String counter(int year) {
        return "complaint-" + year;
    }

    private static String prefix(int year) {
        return "CMP-" + year + "-";
    }

    /** The highest number among references already stored for the year: where a new counter starts. */
    private long highestUsed(int year) {
        String prefix = prefix(year);
        return complaints.referencesStartingWith(prefix).stream().map(r -> r.substring(prefix.length()))
                .filter(r -> r.matches("[0-9]{1,9}")).mapToLong(Long::parseLong).max().orElse(0);
    }
}
