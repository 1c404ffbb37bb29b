package org.sightline.kernel.cases;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseRepository extends JpaRepository<CaseRecord, Long> {
    boolean existsByReferenceIgnoreCase(String reference);

    java.util.Optional<CaseRecord> findByReferenceIgnoreCase(String reference);

    @Query("""
            select c from CaseRecord c
            where (:text is null or lower(c.reference) like :text)
              and (:teamId is null or c.team.id = :teamId)
              and (:level is null or c.levelOfNeed = :level)
              and (:openOnly = false or c.open = true)
            """)
    Page<CaseRecord> search(@Param("text") String text, @Param("teamId") Long teamId, @Param("level") LevelOfNeed level,
                            @Param("openOnly") boolean openOnly, Pageable pageable);

    @Query("""
            select count(c) from CaseRecord c
            where (:text is null or lower(c.reference) like :text)
              and (:teamId is null or c.team.id = :teamId)
              and (:level is null or c.levelOfNeed = :level)
              and (:openOnly = false or c.open = true)
            """)
    long countSearch(@Param("text") String text, @Param("teamId") Long teamId, @Param("level") LevelOfNeed level,
                     @Param("openOnly") boolean openOnly);

    /** Open cases of a service area's active teams, with team and worker, for sampling. */
    @Query("select c from CaseRecord c join fetch c.team t left join fetch c.allocatedWorker where c.open = true and t.active = true and t.serviceArea.id = :areaId")
    java.util.List<CaseRecord> openInArea(@Param("areaId") Long areaId);
}
