package org.sightline.thematic;

import java.util.List;

/** A question as the lead writes it in the template builder. */
public record QuestionDraft(String text, String help, QuestionType type, boolean required, List<String> options, Integer min, Integer max) {
}
