package org.sightline.workshops;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopSessionRepository extends JpaRepository<WorkshopSession, Long> {
    List<WorkshopSession> findByStartsAtAfterOrderByStartsAtAsc(LocalDateTime after, Pageable page);

    long countByStartsAtAfter(LocalDateTime after);

    long countByWorkshopIdAndStartsAtAfterAndCancelledAtIsNull(Long workshopId, LocalDateTime after);

    /**
     * The session row locked for the rest of the transaction: bookings for one session queue
     * here, so the count of confirmed places cannot change between reading it and booking.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select s from WorkshopSession s where s.id = :id")
    java.util.Optional<WorkshopSession> lockById(Long id);

    @org.springframework.data.jpa.repository.Query("""
            select s from WorkshopSession s
            where s.remindedAt is null and s.cancelledAt is null and s.startsAt > :now and s.startsAt < :until
            """)
    List<WorkshopSession> dueForReminder(LocalDateTime now, LocalDateTime until);

    @org.springframework.data.jpa.repository.Query("""
            select s from WorkshopSession s join fetch s.workshop
            where s.startsAt >= :from and s.startsAt < :to order by s.startsAt
            """)
    List<WorkshopSession> between(LocalDateTime from, LocalDateTime to);

    @org.springframework.data.jpa.repository.Query("""
            select s from WorkshopSession s join fetch s.workshop
            where s.facilitator.id = :personId and s.endsAt > :since order by s.startsAt
            """)
    List<WorkshopSession> facilitatedBy(Long personId, LocalDateTime since);
}
