package org.sightline.supervision;

import java.util.Set;
import java.util.function.Supplier;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;

/**
 * Who may do what with a supervision audit, asked alike by the service (which refuses) and the
 * page (which offers only what will be allowed). The auditor always sees their own; once past
 * draft, so do the supervisor, the supervisee, the supervisor's line and those who see the whole service.
 */
public final class SupervisionAccess {

    private SupervisionAccess() {
    }

    /** {@code line}: the people whose work {@code me} answers for ({@link LineManagement#lineOf}). */
    static boolean mayRead(Person me, SupervisionAudit a, Set<Long> line) {
        return mayRead(me, a, () -> line);
    }

    /** For one audit: the line is worked out only when the answer depends on it. */
    static boolean mayRead(Person me, SupervisionAudit a, Supplier<Set<Long>> line) {
        if (a.getAuditor().equals(me)) {
            return true;
        }
        if (a.getStatus() == AuditStatus.DRAFT) {
            return false;
        }
        return LineManagement.seesWholeService(me) || a.getSupervisor().equals(me) || a.getSupervisee().equals(me)
                || line.get().contains(a.getSupervisor().getId());
    }

    /** Only the auditor changes the audit and records the discussion with the supervisor. */
    public static boolean mayEdit(Person me, SupervisionAudit a) {
        return a.getAuditor().equals(me);
    }

    /** Only the supervisor acknowledges the audit of their supervision, once it has been discussed. */
    public static boolean mayAcknowledge(Person me, SupervisionAudit a) {
        return a.getSupervisor().equals(me);
    }

    /** Only the auditor raises actions, from an audit past draft. */
    public static boolean mayRaiseAction(Person me, SupervisionAudit a) {
        return a.getAuditor().equals(me) && a.getStatus() != AuditStatus.DRAFT;
    }
}
