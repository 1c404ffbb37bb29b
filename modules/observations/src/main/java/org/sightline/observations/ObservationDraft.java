package org.sightline.observations;

import java.time.LocalDate;
import java.util.Set;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.themes.LearningTheme;

/** What the observer fills in; the observer is always the signed-in person. */
public record ObservationDraft(Long observedId, LocalDate observedOn, String caseReference, LevelOfNeed levelOfNeed,
                               NatureOfPractice nature, String natureOther, String strengths, String development,
                               String reflections, String otherComments, Set<LearningTheme> strengthThemes,
                               Set<LearningTheme> developmentThemes) {

    public ObservationDraft {
        strengthThemes = strengthThemes == null ? Set.of() : Set.copyOf(strengthThemes);
        developmentThemes = developmentThemes == null ? Set.of() : Set.copyOf(developmentThemes);
    }
}
