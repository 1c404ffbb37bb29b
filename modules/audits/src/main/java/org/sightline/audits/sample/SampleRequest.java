package org.sightline.audits.sample;

import java.time.LocalDate;
import java.util.Map;

/**
 * How to draw a month's sample.
 *
 * @param month            the first day of the audit month
 * @param sizes            service area id to number of cases
 * @param exclusionMonths  leave out cases audited in this many months before {@code month}
 * @param seed             the random seed; the same seed gives the same sample
 */
public record SampleRequest(LocalDate month, Map<Long, Integer> sizes, int exclusionMonths, long seed) {

    public SampleRequest {
        month = month.withDayOfMonth(1);
        sizes = Map.copyOf(sizes);
    }
}
