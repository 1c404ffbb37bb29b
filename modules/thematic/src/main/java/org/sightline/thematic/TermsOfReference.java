package org.sightline.thematic;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** What the commissioner writes: why, scope and criteria, who, how, and when. */
public record TermsOfReference(String title, String theme, String board, LocalDate commissionedOn, String why, String whyNow,
                               String scope, String criteria, Long leadId, Set<Long> auditorIds, Set<Method> methods,
                               LocalDate startOn, LocalDate fieldworkEndOn, LocalDate reportDueOn, int moderationPercent) {

    /** The share of case reviews moderated unless the commissioner chooses otherwise. */
    public static final int DEFAULT_MODERATION_PERCENT = 20;

    /** A blank form's starting point. */
    public static TermsOfReference blank() {
        return new TermsOfReference(null, null, null, null, null, null, null, null, null, Set.of(), Set.of(), null, null, null,
                DEFAULT_MODERATION_PERCENT);
    }

    /** The terms an evaluation was given, to edit while it is a draft or newly commissioned. */
    public static TermsOfReference of(Evaluation e) {
        return new TermsOfReference(e.getTitle(), e.getTheme(), e.getBoard(), e.getCommissionedOn(), e.getWhy(), e.getWhyNow(),
                e.getScope(), e.getCriteria(), e.getLead() == null ? null : e.getLead().getId(),
                e.getAuditors().stream().map(p -> p.getId()).collect(Collectors.toSet()), Set.copyOf(e.getMethods()), e.getStartOn(),
                e.getFieldworkEndOn(), e.getReportDueOn(), e.getModerationPercent());
    }
}
