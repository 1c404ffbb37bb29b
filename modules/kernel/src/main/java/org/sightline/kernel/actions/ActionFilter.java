package org.sightline.kernel.actions;

/**
 * Which actions to list. {@code scope} decides whose: mine, my team's (managers), or everyone's
 * (QA officers). The rest narrow it; nulls mean "any".
 */
public record ActionFilter(Scope scope, String sourceModule, Long serviceAreaId, Long teamId, ActionStatus status,
                           boolean overdueOnly, String text) {

    public enum Scope { MINE, TEAM, ALL }

    public static ActionFilter mine() {
        return new ActionFilter(Scope.MINE, null, null, null, ActionStatus.OPEN, false, null);
    }

    public ActionFilter withScope(Scope s) {
        return new ActionFilter(s, sourceModule, serviceAreaId, teamId, status, overdueOnly, text);
    }
}
