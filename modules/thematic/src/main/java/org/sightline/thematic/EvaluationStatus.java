package org.sightline.thematic;

/** Draft → commissioned → fieldwork → moderation → reported → closed. */
public enum EvaluationStatus {
    DRAFT("Draft"), COMMISSIONED("Commissioned"), FIELDWORK("Fieldwork"), MODERATION("Moderation"), REPORTED("Reported"), CLOSED("Closed");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reported or closed: the aggregate report may go to the board. */
    public boolean isReported() {
        return this == REPORTED || this == CLOSED;
    }
}
