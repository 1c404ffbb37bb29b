package org.sightline.kernel.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClosureDayRepository extends JpaRepository<ClosureDay, Long> {

    List<ClosureDay> findAllByOrderByDateAsc();

    boolean existsByDate(LocalDate date);
}
