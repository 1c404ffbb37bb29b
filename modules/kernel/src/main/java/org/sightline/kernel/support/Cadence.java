package org.sightline.kernel.support;

import java.time.LocalDate;

/**
 * "At least every N months" expectations (observations, supervision audits): when the next one
 * is due and whether it is overdue, due soon or up to date. Never done counts as overdue.
 */
public final class Cadence {

    /** "Due soon" means due within this many days. */
    public static final int DUE_WITHIN_DAYS = 30;

    public enum Status {
        OVERDUE("Overdue"), DUE_SOON("Due within 30 days"), UP_TO_DATE("Up to date");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private Cadence() {
    }

    public static LocalDate dueOn(LocalDate last, int intervalMonths, LocalDate today) {
        return last == null ? today : last.plusMonths(intervalMonths);
    }

    public static Status status(LocalDate last, LocalDate due, LocalDate today) {
        if (last == null || due.isBefore(today)) {
            return Status.OVERDUE;
        }
        return due.isAfter(today.plusDays(DUE_WITHIN_DAYS)) ? Status.UP_TO_DATE : Status.DUE_SOON;
    }
}
