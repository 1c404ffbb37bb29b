package org.sightline.observations;

import java.util.Set;
import java.util.function.Supplier;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;

/**
 * Who may do what with an observation, asked alike by the service (which refuses) and the page
 * (which offers only what will be allowed). The observer always sees their own; once shared, the
 * practitioner observed, their line and those who see the whole service may read it.
 */
public final class ObservationAccess {

    /** Who records observations: managers at every level and the Principal Social Worker. */
    public static final String OBSERVERS = "hasAnyRole('TEAM_MANAGER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE', "
            + "'ASSISTANT_DIRECTOR', 'DIRECTOR', 'PRINCIPAL_SOCIAL_WORKER')";

    private ObservationAccess() {
    }

    /** {@code line}: the people whose work {@code me} answers for ({@link LineManagement#lineOf}). */
    static boolean mayRead(Person me, Observation o, Set<Long> line) {
        return mayRead(me, o, () -> line);
    }

    /** For one observation: the line is worked out only when the answer depends on it. */
    static boolean mayRead(Person me, Observation o, Supplier<Set<Long>> line) {
        if (o.getObserver().equals(me)) {
            return true;
        }
        if (!o.isCarriedOut()) {
            return false;
        }
        return LineManagement.seesWholeService(me) || o.getObserved().equals(me) || line.get().contains(o.getObserved().getId());
    }

    /** Only the observer changes a draft. */
    public static boolean mayEdit(Person me, Observation o) {
        return o.getObserver().equals(me);
    }

    /** Only the practitioner observed reflects on and acknowledges it. */
    public static boolean mayAcknowledge(Person me, Observation o) {
        return o.getObserved().equals(me);
    }

    /** The practitioner, the observer and the practitioner's line manager link it to supervision. */
    public static boolean mayNoteSupervision(Person me, Observation o) {
        return o.isCarriedOut() && (o.getObserved().equals(me) || o.getObserver().equals(me) || isLineManagerOf(me, o));
    }

    /** The observer and the practitioner's line manager turn areas for development into actions. */
    public static boolean mayRaiseAction(Person me, Observation o) {
        return o.isCarriedOut() && (o.getObserver().equals(me) || isLineManagerOf(me, o));
    }

    private static boolean isLineManagerOf(Person me, Observation o) {
        return o.getObserved().getLineManager() != null && o.getObserved().getLineManager().equals(me);
    }
}
