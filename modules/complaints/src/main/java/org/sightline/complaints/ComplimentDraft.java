package org.sightline.complaints;

import java.time.LocalDate;
import java.util.Set;

/** What is recorded for a compliment. */
public record ComplimentDraft(LocalDate receivedOn, ComplimentFrom fromType, String fromName, Long categoryId, String words,
                              boolean consentToShare, Set<Long> staffIds, Set<Long> teamIds) {
}
