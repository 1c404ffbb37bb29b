package org.sightline.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseReviewRepository extends JpaRepository<CaseReview, Long> {
    List<CaseReview> findByEvaluationIdOrderByIdAsc(Long evaluationId);

    List<CaseReview> findByAuditorIdOrderByIdAsc(Long auditorId);

    boolean existsByEvaluationIdAndCaseRecordId(Long evaluationId, Long caseId);
}
