package org.sightline.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupervisionAuditRepository extends JpaRepository<SupervisionAudit, Long> {

    @Query("select a from SupervisionAudit a order by a.createdAt desc, a.id desc")
    List<SupervisionAudit> newestFirst();

    @Query("select a from SupervisionAudit a where a.status <> org.sightline.supervision.AuditStatus.DRAFT")
    List<SupervisionAudit> completed();

    /** Completed audits (a draft has no completion date) completed between the two days, inclusive. */
    long countByCompletedOnBetween(java.time.LocalDate from, java.time.LocalDate to);

    List<SupervisionAudit> findBySupervisorIdAndStatus(Long supervisorId, AuditStatus status);
}
