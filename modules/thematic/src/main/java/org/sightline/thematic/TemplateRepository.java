package org.sightline.thematic;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TemplateRepository extends JpaRepository<Template, Long> {
    List<Template> findByEvaluationIdOrderByVersionNoAsc(Long evaluationId);

    Optional<Template> findFirstByEvaluationIdOrderByVersionNoDesc(Long evaluationId);
}
