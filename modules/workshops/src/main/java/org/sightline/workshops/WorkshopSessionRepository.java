package org.sightline.workshops;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopSessionRepository extends JpaRepository<WorkshopSession, Long> {
    List<WorkshopSession> findByStartsAtAfterOrderByStartsAtAsc(LocalDateTime after, Pageable page);

    long countByStartsAtAfter(LocalDateTime after);

    /**
     * The session row locked for the rest of the transaction: bookings for one session queue
     * here, so the count of confirmed places cannot change between reading it and booking.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select s from WorkshopSession s where s.id = :id")
    java.util.Optional<WorkshopSession> lockById(Long id);
}
