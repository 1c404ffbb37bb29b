package org.sightline.kernel.learning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Training on offer, for modules that point staff to it (the learning bulletin's "resources and
 * training"). The workshops module provides it when present; callers take it as an
 * {@code ObjectProvider} and carry on without it, so no module depends on another.
 */
public interface UpcomingLearning {

    /** A session people can still book. */
    record Session(String title, LocalDateTime startsAt, LocalDateTime endsAt, String venue, long placesLeft,
                   List<String> themes, String link) {
    }

    /** Sessions that are not cancelled and still take bookings, starting between the dates (inclusive), soonest first. */
    List<Session> between(LocalDate from, LocalDate to);
}
