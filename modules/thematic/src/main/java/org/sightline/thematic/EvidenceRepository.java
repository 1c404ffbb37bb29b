package org.sightline.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceRepository extends JpaRepository<Evidence, Long> {
    List<Evidence> findByEvaluationIdOrderByHeldOnAsc(Long evaluationId);
}
