package org.sightline.supervision;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DipSampleRepository extends JpaRepository<DipSample, Long> {
    List<DipSample> findByMonth(LocalDate month);
}
