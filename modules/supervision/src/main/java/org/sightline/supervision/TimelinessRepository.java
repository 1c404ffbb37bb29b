package org.sightline.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelinessRepository extends JpaRepository<Timeliness, Long> {
    Optional<Timeliness> findByTeamIdAndMonth(Long teamId, LocalDate month);

    List<Timeliness> findByMonthGreaterThanEqualOrderByMonthAsc(LocalDate from);
}
