package org.sightline.audits.sample;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AllocationScheduleRepository extends JpaRepository<AllocationSchedule, Long> {

    Optional<AllocationSchedule> findFirstByOrderByIdAsc();
}
