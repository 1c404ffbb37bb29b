package org.sightline.thematic;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {
    List<Evaluation> findAllByOrderByReportDueOnDescIdDesc();

    List<Evaluation> findByFollowUpOfId(Long id);

    /** The evaluation as stored, refused if someone has saved it since {@code version} was loaded. */
    default Evaluation atVersion(long id, long version) {
        Evaluation e = findById(id).orElseThrow(() -> new IllegalArgumentException("No evaluation " + id));
        e.checkVersion(version);
        return e;
    }

    /** The evaluation, its row locked until the transaction ends: template versions are numbered one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select e from Evaluation e where e.id = :id")
    java.util.Optional<Evaluation> lockById(long id);
}
