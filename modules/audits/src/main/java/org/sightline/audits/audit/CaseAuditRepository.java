package org.sightline.audits.audit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseAuditRepository extends JpaRepository<CaseAudit, Long> {

    String VISIBLE = """
            where (:all = true
                   or a.leadAuditor.id = :me or a.peerAuditor.id = :me
                   or (:teamId is not null and a.team.id = :teamId)
                   or (:byArea = true and a.team.serviceArea.id in :areaIds)
                   or (:practitioner = true and a.practitioner.id = :me and a.status = org.sightline.audits.audit.AuditStatus.COMPLETE))
              and (:status is null or a.status = :status)
              and (:mineToDo = false or ((a.leadAuditor.id = :me or a.peerAuditor.id = :me)
                   and a.status in (org.sightline.audits.audit.AuditStatus.ALLOCATED, org.sightline.audits.audit.AuditStatus.IN_PROGRESS)))
              and (:from is null or a.month >= :from)
              and (:text is null or lower(c.reference) like :text)
            """;

    @Query(value = "select a from CaseAudit a join fetch a.caseRecord c join fetch a.team join fetch a.leadAuditor join fetch a.peerAuditor " + VISIBLE,
            countQuery = "select count(a) from CaseAudit a join a.caseRecord c " + VISIBLE)
    Page<CaseAudit> search(boolean all, Long me, Long teamId, boolean byArea, Collection<Long> areaIds, boolean practitioner, AuditStatus status,
                           boolean mineToDo, LocalDate from, String text, Pageable page);

    /** Everyone's audits, optionally one status: the QA team's usual list, kept to simple indexed queries. */
    // Ids first, on the audit table alone, so the database pages along the (month, id) index;
    // then the page's rows with their joins. With joins in the paged query, planners start from
    // the small joined tables and sort every audit.
    @Query(value = "select a.id from CaseAudit a", countQuery = "select count(*) from CaseAudit a")
    Page<Long> allIds(Pageable page);

    @Query(value = "select a.id from CaseAudit a where a.status = :status",
            countQuery = "select count(*) from CaseAudit a where a.status = :status")
    Page<Long> idsWithStatus(AuditStatus status, Pageable page);

    @Query("select a from CaseAudit a join fetch a.caseRecord join fetch a.team join fetch a.leadAuditor join fetch a.peerAuditor where a.id in :ids")
    List<CaseAudit> findForList(Collection<Long> ids);

    @Query("""
            select a from CaseAudit a join fetch a.caseRecord c join fetch a.team left join fetch a.practitioner
            join fetch a.leadAuditor join fetch a.peerAuditor join fetch a.template left join fetch a.moderator
            left join fetch a.followUpOf left join fetch a.oversightBy
            where a.id = :id
            """)
    Optional<CaseAudit> findDetailed(Long id);

    @Query("select distinct a.caseRecord.id from CaseAudit a where a.month >= :since")
    List<Long> caseIdsAuditedSince(LocalDate since);

    @Query("select a.peerAuditor.id, count(a) from CaseAudit a where a.month = :month group by a.peerAuditor.id")
    List<Object[]> peerLoad(LocalDate month);

    long countByStatus(AuditStatus status);

    long countByMonth(LocalDate month);

    /** Inadequate audits whose Head of Service oversight or six-week review is still to do. */
    @Query("""
            select count(a) from CaseAudit a where a.status = org.sightline.audits.audit.AuditStatus.COMPLETE
            and a.finalOverall = org.sightline.kernel.grades.Grade.INADEQUATE
            and (a.oversightAt is null or a.reviewDoneAt is null)
            """)
    long countInadequateFollowUpsOpen();

    @Query("""
            select count(a) from CaseAudit a where (a.leadAuditor.id = :me or a.peerAuditor.id = :me)
            and a.status in (org.sightline.audits.audit.AuditStatus.ALLOCATED, org.sightline.audits.audit.AuditStatus.IN_PROGRESS)
            and not exists (select s from Assessment s where s.audit = a and s.auditor.id = :me and s.submittedAt is not null)
            """)
    long countToComplete(Long me);

    List<CaseAudit> findByMonthAndCaseRecordIdIn(LocalDate month, Collection<Long> caseIds);
}
