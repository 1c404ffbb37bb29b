package org.sightline.kernel.actions;

import java.time.LocalDate;

/**
 * What a module passes to {@link ActionService#raise} to raise an action.
 *
 * @param sourceModule the raising module's id, e.g. {@code audits}
 * @param sourceLabel  what the action came from, e.g. "Case audit C-10432, March 2026"
 * @param sourceLink   portal route back to that record, e.g. {@code audits/118}
 */
public record NewAction(String title, String detail, Long ownerId, LocalDate dueDate, String sourceModule,
                        String sourceLabel, String sourceLink) {
}
