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

    /** Confirmed places for the person's calendar feed, from the given time on. */
    @Query("""
            select b from Booking b join fetch b.person join fetch b.session s join fetch s.workshop
            where b.person.id = :personId and b.status = org.sightline.workshops.BookingStatus.CONFIRMED
              and s.cancelledAt is null and s.endsAt > :from
            order by s.startsAt
            """)
    List<Booking> feedFor(Long personId, LocalDateTime from);

    /** Everyone with a confirmed place on the session, for the register. */
    @Query("""
            select b from Booking b join fetch b.person p left join fetch p.team
            where b.session.id = :sessionId and b.status = org.sightline.workshops.BookingStatus.CONFIRMED
            order by p.fullName
            """)
    List<Booking> register(Long sessionId);

    /** Attendance the person has on record (attended or partly), newest first: their CPD record. */
    @Query("""
            select b from Booking b join fetch b.session s join fetch s.workshop
            where b.person.id = :personId and b.attendance in (org.sightline.workshops.Attendance.ATTENDED,
                  org.sightline.workshops.Attendance.PARTLY_ATTENDED)
            order by s.startsAt desc
            """)
    List<Booking> cpdFor(Long personId);

    /** Attended places with no feedback yet, for the "tell us how it went" prompts. */
    @Query("""
            select b from Booking b join fetch b.session s join fetch s.workshop
            where b.person.id = :personId and b.attendance in (org.sightline.workshops.Attendance.ATTENDED,
                  org.sightline.workshops.Attendance.PARTLY_ATTENDED)
              and s.endsAt > :since
              and not exists (select f from Feedback f where f.booking = b)
            order by s.startsAt desc
            """)
    List<Booking> awaitingFeedback(Long personId, LocalDateTime since);

    /** Bookings on sessions starting in the period (any status), for the reports. */
    @Query("""
            select b from Booking b join fetch b.person p left join fetch p.team t left join fetch t.serviceArea
            join fetch b.session s join fetch s.workshop
            where s.startsAt >= :from and s.startsAt < :to
            """)
    List<Booking> inPeriod(LocalDateTime from, LocalDateTime to);
}
