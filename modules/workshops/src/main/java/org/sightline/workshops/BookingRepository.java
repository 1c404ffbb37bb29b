package org.sightline.workshops;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BookingRepository extends JpaRepository<Booking, Long> {

    long countBySessionIdAndStatus(Long sessionId, BookingStatus status);

    Optional<Booking> findBySessionIdAndPersonId(Long sessionId, Long personId);

    /** The longest-waiting person first. */
    @Query("select b from Booking b join fetch b.person where b.session.id = :sessionId "
            + "and b.status = org.sightline.workshops.BookingStatus.WAITING order by b.bookedAt, b.id")
    List<Booking> waiting(Long sessionId);

    @Query("select b from Booking b join fetch b.person where b.session.id = :sessionId "
            + "and b.status <> org.sightline.workshops.BookingStatus.CANCELLED")
    List<Booking> active(Long sessionId);

    /** The person's bookings (booked or waiting) on other sessions that overlap the given times. */
    @Query("""
            select b from Booking b join fetch b.session s join fetch s.workshop
            where b.person.id = :personId and b.status <> org.sightline.workshops.BookingStatus.CANCELLED
              and s.id <> :sessionId and s.cancelledAt is null
              and s.startsAt < :endsAt and s.endsAt > :startsAt
            """)
    List<Booking> overlapping(Long personId, Long sessionId, LocalDateTime startsAt, LocalDateTime endsAt);

    @Query("""
            select b from Booking b join fetch b.session s join fetch s.workshop
            where b.person.id = :personId and b.status <> org.sightline.workshops.BookingStatus.CANCELLED
              and s.endsAt > :now
            order by s.startsAt
            """)
    List<Booking> upcomingFor(Long personId, LocalDateTime now);
}
