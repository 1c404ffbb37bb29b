package org.sightline.workshops;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackRepository extends JpaRepository<Feedback, Long> {
    Optional<Feedback> findByBookingId(Long bookingId);

    boolean existsByBookingId(Long bookingId);

    @Query("""
            select f from Feedback f join fetch f.booking b join fetch b.session s join fetch s.workshop
            where s.startsAt >= :from and s.startsAt < :to
            """)
    List<Feedback> forSessionsBetween(java.time.LocalDateTime from, java.time.LocalDateTime to);
}
