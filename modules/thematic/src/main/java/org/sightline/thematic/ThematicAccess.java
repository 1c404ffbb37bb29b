package org.sightline.thematic;

import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees what. The QA team, the PSW and the evaluation's lead see everything, case by case;
 * auditors see the cases assigned to them; those who commission evaluations (Heads of Service,
 * directors) read the terms of reference, the figures and the findings; once reported, the
 * aggregate report is for everyone, board members included — never the case-level answers.
 */
final class ThematicAccess {

    static final String COMMISSIONERS = "hasAnyRole('PRINCIPAL_SOCIAL_WORKER', 'HEAD_OF_SERVICE', 'ASSISTANT_DIRECTOR', 'DIRECTOR', 'QA_OFFICER')";

    private ThematicAccess() {
    }

    static boolean runsProgramme(Person p) {
        return p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
    }

    static boolean commissions(Person p) {
        return runsProgramme(p) || p.hasRole(Role.HEAD_OF_SERVICE) || p.hasRole(Role.ASSISTANT_DIRECTOR) || p.hasRole(Role.DIRECTOR);
    }

    static boolean seesCaseLevel(Person p, Evaluation e) {
        return !p.hasRole(Role.BOARD_MEMBER) && (runsProgramme(p) || e.isLedBy(p));
    }

    static boolean seesEvaluation(Person p, Evaluation e) {
        return seesCaseLevel(p, e) || e.getAuditors().contains(p) || commissions(p) || e.getStatus().isReported();
    }

    /** The PSW or a Head of Service (the Head of QA) moderates. */
    static boolean moderates(Person p) {
        return p.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || p.hasRole(Role.HEAD_OF_SERVICE);
    }

    static boolean manages(Person p, Evaluation e) {
        return runsProgramme(p) || e.isLedBy(p);
    }

    static void requireManager(Person me, Evaluation e) {
        if (!manages(me, e)) {
            throw new AccessDeniedException("Only the lead and the QA team run an evaluation");
        }
    }

    static void requireManagerOrCommissioner(Person me, Evaluation e) {
        if (!manages(me, e) && !(commissions(me) && me.equals(e.getCreatedBy()))) {
            throw new AccessDeniedException("Only the commissioner, the lead and the QA team change the terms of reference");
        }
    }
}
