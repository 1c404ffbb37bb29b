package org.sightline.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {
    List<Evaluation> findAllByOrderByReportDueOnDescIdDesc();

    List<Evaluation> findByFollowUpOfId(Long id);
}
