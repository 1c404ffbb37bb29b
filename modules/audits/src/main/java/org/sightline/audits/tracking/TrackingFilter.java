package org.sightline.audits.tracking;

import java.time.LocalDate;

/** Months {@code from} to {@code to} (first days of months, inclusive), optionally one service area or team. */
public record TrackingFilter(LocalDate from, LocalDate to, Long areaId, Long teamId) {

    public TrackingFilter {
        from = from.withDayOfMonth(1);
        to = to.withDayOfMonth(1);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** The twelve months up to and including the month of {@code today}. */
    public static TrackingFilter lastTwelveMonths(LocalDate today) {
        return new TrackingFilter(today.withDayOfMonth(1).minusMonths(11), today.withDayOfMonth(1), null, null);
    }

    public TrackingFilter within(Long area, Long team) {
        return new TrackingFilter(from, to, area, team);
    }
}
