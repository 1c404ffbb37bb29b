package org.sightline.audits.sample;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MonthlySampleRepository extends JpaRepository<MonthlySample, Long> {

    List<MonthlySample> findByMonth(LocalDate month);
}
