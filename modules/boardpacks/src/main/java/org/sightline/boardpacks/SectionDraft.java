package org.sightline.boardpacks;

import java.time.LocalDate;

/** What the assembler enters for an agenda item; the content is an exporter and period, or an upload added after. */
public record SectionDraft(String title, String presenter, String coverNote, String exporterId, LocalDate periodFrom, LocalDate periodTo) {
}
