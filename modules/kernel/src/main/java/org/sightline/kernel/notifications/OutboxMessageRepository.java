package org.sightline.kernel.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxMessageRepository extends JpaRepository<OutboxMessage, Long> {

    List<OutboxMessage> findBySentAtIsNullAndNextAttemptAtLessThanEqualOrderByIdAsc(Instant now, Pageable page);

    long countBySentAtIsNull();
}
