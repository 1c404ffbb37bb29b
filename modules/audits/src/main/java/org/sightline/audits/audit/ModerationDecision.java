package org.sightline.audits.audit;

import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.grades.Grade;

/** The moderator's final grades, rationale and action plan. */
public record ModerationDecision(List<Grade> domains, Grade overall, String rationale, List<PlannedAction> actions) {

    /** One line of the action plan; it becomes an action in the tracker. */
    public record PlannedAction(String title, Long ownerId, LocalDate dueDate) {
    }
}
