package org.sightline.kernel.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.sightline.kernel.support.Formats;
import java.util.Set;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action tracker. Modules raise actions; owners complete them with evidence; managers see
 * their team's; QA officers see everyone's. Board members have no actions here.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class ActionService {

    /** Roles that see and manage every action. */
    public static final Set<Role> ALL_ACTIONS = EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER,
            Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.ADMINISTRATOR);
    /** Roles that see their team's actions. */
    public static final Set<Role> TEAM_ACTIONS = EnumSet.of(Role.TEAM_MANAGER, Role.SERVICE_MANAGER,
            Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR);

    private final ActionRepository actions;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ActionService(ActionRepository actions, PersonRepository people, CurrentUser currentUser,
                         ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ActionItem raise(NewAction a) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (a.title() == null || a.title().isBlank()) {
            errors.add("title", "Say what needs to be done.");
        } else if (a.title().length() > ActionItem.TITLE_MAX) {
            errors.add("title", "Keep the title to " + ActionItem.TITLE_MAX + " characters or fewer; put the rest in the detail.");
        }
        errors.maxLength("detail", a.detail(), ActionItem.DETAIL_MAX, "the detail");
        Person owner = a.ownerId() == null ? null : people.findById(a.ownerId()).orElse(null);
        if (owner == null) {
            errors.add("owner", "Choose who owns the action.");
        } else if (!owner.isActive()) {
            errors.add("owner", owner.getFullName() + " has left; choose someone else.");
        }
        if (a.dueDate() == null) {
            errors.add("dueDate", "Enter the date it is due.");
        } else if (a.dueDate().isBefore(today())) {
            errors.add("dueDate", "The due date cannot be in the past.");
        }
        if (a.sourceModule() == null || a.sourceModule().isBlank()) {
            errors.add("", "An action must say which module raised it.");
        }
        errors.throwIfAny();
        ActionItem item = actions.save(new ActionItem(a.title().strip(), blankToNull(a.detail()), owner, a.dueDate(),
                a.sourceModule(), a.sourceLabel(), a.sourceLink(), currentUser.person().orElse(null), clock.instant()));
        events.publishEvent(NotificationEvent.to(owner.getId(), "New action: " + item.getTitle(),
                "You own a new action, due " + Formats.date(item.getDueDate())
                        + (item.getSourceLabel() == null ? "." : ", from " + item.getSourceLabel() + "."),
                "actions/" + item.getId(), "actions"));
        return item;
    }

    public Page<ActionItem> search(ActionFilter filter, Pageable page) {
        Query q = query(filter);
        return actions.search(q.ownerId, q.managerId, q.managerTeamId, blankToNull(filter.sourceModule()), filter.serviceAreaId(),
                filter.teamId(), filter.status(), filter.overdueOnly() ? today() : null, q.text, page);
    }

    /** Open actions in the filter's scope by team, on track or overdue, as a stacked bar chart. */
    public ChartSpec openByTeamChart(ActionFilter filter) {
        Query q = query(filter);
        ChartSpec.Builder chart = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Open actions by team")
                .axes("Team", "Open actions")
                .series("On track", "#0b5563").series("Overdue", "#9c2f4b");
        java.util.Map<String, long[]> byTeam = new java.util.TreeMap<>();
        for (Object[] row : actions.openByTeam(q.ownerId, q.managerId, q.managerTeamId, blankToNull(filter.sourceModule()),
                filter.serviceAreaId(), filter.teamId(), filter.status(), filter.overdueOnly() ? today() : null, q.text)) {
            long[] counts = byTeam.computeIfAbsent((String) row[0], k -> new long[2]);
            counts[((LocalDate) row[1]).isBefore(today()) ? 1 : 0] += ((Number) row[2]).longValue();
        }
        byTeam.forEach((team, counts) -> chart.value("On track", team, counts[0]).value("Overdue", team, counts[1]));
        return chart.build();
    }

    private record Query(Long ownerId, Long managerId, Long managerTeamId, String text) {
    }

    private Query query(ActionFilter filter) {
        Person me = currentUser.require();
        Long ownerId = null;
        Long managerId = null;
        Long managerTeamId = null;
        switch (filter.scope()) {
            case MINE -> ownerId = me.getId();
            case TEAM -> {
                requireAny(TEAM_ACTIONS);
                managerId = me.getId();
                managerTeamId = me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null ? me.getTeam().getId() : null;
            }
            case ALL -> requireAny(ALL_ACTIONS);
        }
        String text = filter.text() == null || filter.text().isBlank() ? null : "%" + filter.text().strip().toLowerCase(Locale.ROOT) + "%";
        return new Query(ownerId, managerId, managerTeamId, text);
    }

    public ActionItem get(long id) {
        ActionItem a = actions.findDetailed(id).orElseThrow(() -> new IllegalArgumentException("No action " + id));
        if (!maySee(a)) {
            throw new AccessDeniedException("That action is not yours to see");
        }
        return a;
    }

    public List<String> sourceModules() {
        return actions.sourceModules();
    }

    /** Whether the signed-in person may complete or cancel it: owner, owner's manager, or the QA team. */
    public boolean mayUpdate(ActionItem a) {
        Person me = currentUser.require();
        return a.getOwner().getId().equals(me.getId())
                || (a.getOwner().getLineManager() != null && a.getOwner().getLineManager().getId().equals(me.getId()))
                || me.getRoles().stream().anyMatch(ALL_ACTIONS::contains);
    }

    @Transactional
    public ActionItem complete(long id, long expectedVersion, String evidence) {
        ActionItem a = forUpdate(id, expectedVersion);
        if (evidence == null || evidence.isBlank()) {
            throw ValidationException.of("evidence", "Describe what was done, so the loop can be closed.");
        }
        new ValidationException.Collector().maxLength("evidence", evidence, ActionItem.DETAIL_MAX, "the evidence").throwIfAny();
        a.complete(evidence.strip(), currentUser.require(), clock.instant());
        return actions.saveAndFlush(a);
    }

    @Transactional
    public ActionItem cancel(long id, long expectedVersion, String reason) {
        ActionItem a = forUpdate(id, expectedVersion);
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("evidence", "Say why the action is no longer needed.");
        }
        new ValidationException.Collector().maxLength("evidence", reason, ActionItem.DETAIL_MAX, "the reason").throwIfAny();
        a.cancel(reason.strip(), currentUser.require(), clock.instant());
        return actions.saveAndFlush(a);
    }

    public long openCount() {
        return currentUser.person().map(p -> actions.countByOwnerIdAndStatus(p.getId(), ActionStatus.OPEN)).orElse(0L);
    }

    public long overdueCount() {
        return currentUser.person().map(p -> actions.countByOwnerIdAndStatusAndDueDateBefore(p.getId(), ActionStatus.OPEN, today())).orElse(0L);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private ActionItem forUpdate(long id, long expectedVersion) {
        ActionItem a = actions.findById(id).orElseThrow(() -> new IllegalArgumentException("No action " + id));
        a.checkVersion(expectedVersion);
        if (!mayUpdate(a)) {
            throw new AccessDeniedException("Only the owner, their manager or the QA team can update this action");
        }
        if (a.getStatus() != ActionStatus.OPEN) {
            throw ValidationException.of("", "This action is already " + a.getStatus().label().toLowerCase(Locale.UK) + ".");
        }
        return a;
    }

    private boolean maySee(ActionItem a) {
        Person me = currentUser.require();
        if (a.getOwner().getId().equals(me.getId()) || me.getRoles().stream().anyMatch(ALL_ACTIONS::contains)) {
            return true;
        }
        boolean manages = a.getOwner().getLineManager() != null && a.getOwner().getLineManager().getId().equals(me.getId());
        boolean sameTeam = me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null && me.getTeam().equals(a.getOwner().getTeam());
        return manages || sameTeam;
    }

    private void requireAny(Set<Role> roles) {
        if (roles.stream().noneMatch(currentUser::hasRole)) {
            throw new AccessDeniedException("You cannot list those actions");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
