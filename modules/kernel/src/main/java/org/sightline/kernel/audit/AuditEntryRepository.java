package org.sightline.kernel.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Read-only on purpose: no save or delete is inherited, so nothing can edit the trail. */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

    @Query("""
            select e from AuditEntry e
            where (:actor is null or lower(e.actor) like :actor)
              and (:recordType is null or e.recordType = :recordType)
              and (:recordId is null or e.recordId = :recordId)
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc
            """)
    Page<AuditEntry> search(String actor, String recordType, String recordId, AuditAction action,
                            Instant from, Instant to, Pageable page);

    @Query("select distinct e.recordType from AuditEntry e where e.recordType is not null order by e.recordType")
    java.util.List<String> recordTypes();
}
