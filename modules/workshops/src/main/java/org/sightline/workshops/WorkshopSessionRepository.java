package org.sightline.workshops;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopSessionRepository extends JpaRepository<WorkshopSession, Long> {
    List<WorkshopSession> findByStartsAtAfterOrderByStartsAtAsc(LocalDateTime after, Pageable page);

    long countByStartsAtAfter(LocalDateTime after);
}
