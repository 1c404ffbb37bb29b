package org.sightline.thematic;

import java.time.LocalDate;
import java.util.Set;

/** What the commissioner writes: why, scope and criteria, who, how, and when. */
public record TermsOfReference(String title, String theme, String board, LocalDate commissionedOn, String why, String whyNow,
                               String scope, String criteria, Long leadId, Set<Long> auditorIds, Set<Method> methods,
                               LocalDate startOn, LocalDate fieldworkEndOn, LocalDate reportDueOn, int moderationPercent) {
}
