package org.sightline.kernel.actions;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActionRepository extends JpaRepository<ActionItem, Long> {

    String WHERE = """
            where (:ownerId is null or o.id = :ownerId)
              and (:managerId is null or lm.id = :managerId or (:managerTeamId is not null and t.id = :managerTeamId))
              and (:sourceModule is null or a.sourceModule = :sourceModule)
              and (:serviceAreaId is null or sa.id = :serviceAreaId)
              and (:teamId is null or t.id = :teamId)
              and (:status is null or a.status = :status)
              and (:overdueBefore is null or (a.status = org.sightline.kernel.actions.ActionStatus.OPEN and a.dueDate < :overdueBefore))
              and (:text is null or lower(a.title) like :text or lower(o.fullName) like :text)
            """;

    /** One page, owners and teams fetched in the same query so the grid needs no more. */
    @Query(value = "select a from ActionItem a join fetch a.owner o left join fetch o.team t left join t.serviceArea sa left join o.lineManager lm " + WHERE,
            countQuery = "select count(a) from ActionItem a join a.owner o left join o.team t left join t.serviceArea sa left join o.lineManager lm " + WHERE)
    Page<ActionItem> search(Long ownerId, Long managerId, Long managerTeamId, String sourceModule, Long serviceAreaId,
                            Long teamId, ActionStatus status, LocalDate overdueBefore, String text, Pageable page);

    @Query("select a from ActionItem a join fetch a.owner o left join fetch o.lineManager where a.status = org.sightline.kernel.actions.ActionStatus.OPEN and a.dueDate < :today")
    List<ActionItem> findOverdue(LocalDate today);

    @Query("""
            select a from ActionItem a join fetch a.owner o left join fetch o.team left join fetch o.lineManager
            left join fetch a.raisedBy left join fetch a.completedBy where a.id = :id
            """)
    java.util.Optional<ActionItem> findDetailed(Long id);

    /** Open actions per team and due date: the chart above the list splits them into overdue and not. */
    @Query("select coalesce(t.name, 'No team'), a.dueDate, count(a) "
            + "from ActionItem a join a.owner o left join o.team t left join t.serviceArea sa left join o.lineManager lm " + WHERE
            + " and a.status = org.sightline.kernel.actions.ActionStatus.OPEN "
            + "group by coalesce(t.name, 'No team'), a.dueDate")
    List<Object[]> openByTeam(Long ownerId, Long managerId, Long managerTeamId, String sourceModule, Long serviceAreaId,
                              Long teamId, ActionStatus status, LocalDate overdueBefore, String text);

    @Query("select distinct a.sourceModule from ActionItem a order by a.sourceModule")
    List<String> sourceModules();

    @Query("""
            select a from ActionItem a join fetch a.owner o left join fetch o.team t left join fetch a.completedBy
            where (a.dueDate between :from and :to)
               or (a.status = org.sightline.kernel.actions.ActionStatus.OPEN and a.dueDate < :from)
            order by a.dueDate, a.id
            """)
    /** Due in the period, plus those still open from before it (carried over). */
    List<ActionItem> forReport(LocalDate from, LocalDate to);

    long countByOwnerIdAndStatus(Long ownerId, ActionStatus status);

    long countByOwnerIdAndStatusAndDueDateBefore(Long ownerId, ActionStatus status, LocalDate today);
}
