package org.sightline.audits.audit;

import java.util.EnumSet;
import java.util.Set;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;

/**
 * Who may see and do what with a case audit, asked alike by the services (which refuse) and the
 * pages (which offer only what will be allowed, through {@link AuditService}'s {@code may…} methods).
 */
public final class AuditAccess {

    /** See every audit. */
    public static final Set<Role> ALL = EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE,
            Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.ADMINISTRATOR);
    /** Moderate audits where the auditors disagreed. */
    public static final Set<Role> MODERATORS = EnumSet.of(Role.DIRECTOR, Role.ASSISTANT_DIRECTOR, Role.HEAD_OF_SERVICE,
            Role.PRINCIPAL_SOCIAL_WORKER);

    private AuditAccess() {
    }

    public static boolean seesAll(Person me) {
        return me.getRoles().stream().anyMatch(ALL::contains);
    }

    public static boolean isModerator(Person me) {
        return me.getRoles().stream().anyMatch(MODERATORS::contains);
    }

    /**
     * Everyone who sees all audits and the audit's own auditors; the team's manager and the managers
     * of its service area ({@code managedAreas}: the ids of the areas {@code me} manages); and the
     * practitioner, once the audit of their case is complete.
     */
    static boolean maySee(Person me, CaseAudit audit, Set<Long> managedAreas) {
        if (seesAll(me) || audit.roleOf(me).isPresent()) {
            return true;
        }
        if (me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null && me.getTeam().getId().equals(audit.getTeam().getId())) {
            return true;
        }
        if (managedAreas.contains(audit.getTeam().getServiceArea().getId())) {
            return true;
        }
        return me.hasRole(Role.PRACTITIONER) && isPractitionerOf(me, audit) && audit.getStatus() == AuditStatus.COMPLETE;
    }

    /** A moderator who did not audit the case, while it waits for moderation. */
    static boolean mayModerate(Person me, CaseAudit audit) {
        return audit.getStatus() == AuditStatus.AWAITING_MODERATION && isModerator(me) && audit.roleOf(me).isEmpty();
    }

    /** A Head of Service, on an inadequate audit. */
    static boolean mayRecordOversight(Person me, CaseAudit audit) {
        return audit.isInadequate() && me.hasRole(Role.HEAD_OF_SERVICE);
    }

    /** The six-week review of an inadequate audit: a Head of Service, the QA team, the PSW or the lead auditor. */
    static boolean mayRecordReview(Person me, CaseAudit audit) {
        return audit.isInadequate() && (me.hasRole(Role.HEAD_OF_SERVICE) || me.hasRole(Role.QA_OFFICER)
                || me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || audit.getLeadAuditor().getId().equals(me.getId()));
    }

    /** The practitioner whose case it is, once the audit is complete. */
    static boolean mayReflect(Person me, CaseAudit audit) {
        return audit.getStatus() == AuditStatus.COMPLETE && isPractitionerOf(me, audit);
    }

    private static boolean isPractitionerOf(Person me, CaseAudit audit) {
        return audit.getPractitioner() != null && audit.getPractitioner().getId().equals(me.getId());
    }
}
