package org.sightline.complaints;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;

/**
 * Who may read a complaint: the QA team, the complaints team, the PSW and directors; the
 * officer it is allocated to; and the managers of the service it is about (the team's manager
 * and those above them). Never other practitioners, never board members.
 */
final class ComplaintAccess {

    static final String WORKFLOW = "hasAnyRole('QA_OFFICER', 'COMPLAINTS_OFFICER')";
    static final String REGISTER = "hasAnyRole('QA_OFFICER', 'COMPLAINTS_OFFICER', 'PRINCIPAL_SOCIAL_WORKER')";

    private ComplaintAccess() {
    }

    static boolean seesAll(Person p) {
        return p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.COMPLAINTS_OFFICER) || p.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)
                || p.hasRole(Role.DIRECTOR) || p.hasRole(Role.ASSISTANT_DIRECTOR);
    }

    static boolean isManager(Person p) {
        return p.hasRole(Role.TEAM_MANAGER) || p.hasRole(Role.SERVICE_MANAGER) || p.hasRole(Role.HEAD_OF_SERVICE);
    }

    /** The people whose work a manager answers for: their whole line. */
    static Set<Long> lineOf(Person me, List<Person> everyone) {
        return LineManagement.lineOf(me, everyone);
    }

    /** For a list: {@code line} and {@code everyone} worked out once for all the complaints. */
    static boolean mayRead(Person me, Complaint c, Set<Long> line, List<Person> everyone) {
        Boolean known = decidedWithoutTheLine(me, c);
        return known != null ? known : aTeamManagerInLine(c, line, everyone);
    }

    /**
     * For one complaint: the staff list is read only when the answer depends on it (a manager
     * above the team's manager), not for the QA team, the officer or the team's own manager.
     */
    static boolean mayRead(Person me, Complaint c, Supplier<List<Person>> everyone) {
        Boolean known = decidedWithoutTheLine(me, c);
        if (known != null) {
            return known;
        }
        List<Person> all = everyone.get();
        return aTeamManagerInLine(c, lineOf(me, all), all);
    }

    /** The answer when it does not depend on the manager's line; null when it does. */
    private static Boolean decidedWithoutTheLine(Person me, Complaint c) {
        if (me.hasRole(Role.BOARD_MEMBER) && !seesAll(me)) {
            return false;
        }
        if (seesAll(me) || me.equals(c.getOfficer())) {
            return true;
        }
        if (!isManager(me) || c.getTeam() == null) {
            return false;
        }
        if (c.getTeam().equals(me.getTeam()) && me.hasRole(Role.TEAM_MANAGER)) {
            return true;
        }
        return null;
    }

    private static boolean aTeamManagerInLine(Complaint c, Set<Long> line, List<Person> everyone) {
        return everyone.stream().anyMatch(p -> c.getTeam().equals(p.getTeam()) && p.hasRole(Role.TEAM_MANAGER) && line.contains(p.getId()));
    }

    /** The QA service manager or a Head of Service quality-assures draft responses. */
    static boolean mayQualityAssure(Person p) {
        return p.hasRole(Role.SERVICE_MANAGER) && p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.HEAD_OF_SERVICE);
    }
}
