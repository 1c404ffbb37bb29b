package org.sightline.audits.tracking;

import java.time.LocalDate;
import java.util.List;
import org.sightline.audits.audit.CaseAudit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The tracking figures, each one grouped and counted in the database: nothing here loads
 * audits one by one, so the figures stay fast with years of audits.
 */
public interface TrackingRepository extends Repository<CaseAudit, Long> {

    // "finalOverall is not null" rather than "status = COMPLETE": only completed audits have a
    // final grade, and a condition on the status column would lead the planner to the status
    // index, which holds nearly every row, instead of the month ranges.
    String COMPLETE_IN = """
            from CaseAudit a join a.team t
            where a.finalOverall is not null
              and a.month between :from and :to
              and (:areaId is null or t.serviceArea.id = :areaId)
              and (:teamId is null or t.id = :teamId)
            """;

    @Query("select a.finalOverall, count(a) " + COMPLETE_IN + " group by a.finalOverall")
    List<Object[]> overall(LocalDate from, LocalDate to, Long areaId, Long teamId);

    @Query("select a.month, a.finalOverall, count(a) " + COMPLETE_IN + " group by a.month, a.finalOverall")
    List<Object[]> overallByMonth(LocalDate from, LocalDate to, Long areaId, Long teamId);

    @Query("select index(d), d, count(a) from CaseAudit a join a.team t join a.finalDomains d "
            + "where a.finalOverall is not null and a.month between :from and :to "
            + "and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId) "
            + "group by index(d), d")
    List<Object[]> byDomain(LocalDate from, LocalDate to, Long areaId, Long teamId);

    @Query("select t.name, a.finalOverall, count(a) " + COMPLETE_IN + " group by t.name, a.finalOverall")
    List<Object[]> byTeam(LocalDate from, LocalDate to, Long areaId, Long teamId);

    @Query("select t.serviceArea.name, a.finalOverall, count(a) " + COMPLETE_IN + " group by t.serviceArea.name, a.finalOverall")
    List<Object[]> byService(LocalDate from, LocalDate to, Long areaId, Long teamId);

    @Query("select p.fullName, a.finalOverall, count(a) from CaseAudit a join a.team t join a.practitioner p "
            + "where a.finalOverall is not null and a.month between :from and :to "
            + "and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId) "
            + "group by p.fullName, a.finalOverall")
    List<Object[]> byPractitioner(LocalDate from, LocalDate to, Long areaId, Long teamId);

    /** Per month: allocated, complete, and overdue (not complete, past due on {@code today}). */
    @Query("""
            select a.month, count(a),
                   sum(case when a.status = org.sightline.audits.audit.AuditStatus.COMPLETE then 1 else 0 end),
                   sum(case when a.status <> org.sightline.audits.audit.AuditStatus.COMPLETE and a.dueDate < :today then 1 else 0 end),
                   sum(case when a.agreed = false then 1 else 0 end)
            from CaseAudit a join a.team t
            where a.month between :from and :to
              and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId)
            group by a.month order by a.month
            """)
    List<Object[]> completionByMonth(LocalDate from, LocalDate to, Long areaId, Long teamId, LocalDate today);

    @Query("""
            select a from CaseAudit a join fetch a.team t join fetch a.caseRecord join fetch a.leadAuditor join fetch a.peerAuditor
            where a.status in (org.sightline.audits.audit.AuditStatus.ALLOCATED, org.sightline.audits.audit.AuditStatus.IN_PROGRESS,
                               org.sightline.audits.audit.AuditStatus.AWAITING_MODERATION)
              and a.dueDate < :today
              and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId)
            order by a.dueDate
            """)
    List<CaseAudit> overdue(Long areaId, Long teamId, LocalDate today);

    /** Each auditor's overall grade against the moderated final grade, for moderated audits. */
    @Query("""
            select s.auditor.fullName, s.overallGrade, a.finalOverall, count(s)
            from Assessment s join s.audit a join a.team t
            where a.agreed = false and a.finalOverall is not null
              and a.month between :from and :to
              and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId)
            group by s.auditor.fullName, s.overallGrade, a.finalOverall
            """)
    List<Object[]> moderationShifts(LocalDate from, LocalDate to, Long areaId, Long teamId);

    /** "What is working well" and "what we are worried about" from completed audits' lead assessments, newest first. */
    @Query("""
            select index(d), d.workingWell, d.worries, a.caseRecord.reference, t.name
            from Assessment s join s.audit a join a.team t join s.domains d
            where s.role = org.sightline.audits.audit.AuditorRole.LEAD
              and a.status = org.sightline.audits.audit.AuditStatus.COMPLETE
              and a.month between :from and :to
              and (:areaId is null or t.serviceArea.id = :areaId) and (:teamId is null or t.id = :teamId)
            order by a.completedAt desc
            """)
    List<Object[]> themes(LocalDate from, LocalDate to, Long areaId, Long teamId, org.springframework.data.domain.Pageable page);
}
