package org.sightline.kernel.grades;

/**
 * The four-point grade used across the QA programme (case audits, supervision audits,
 * thematic reviews). Stored by name. The colours pass 4.5:1 on white and are always shown
 * with the word, never alone.
 */
public enum Grade {
    OUTSTANDING("Outstanding", "O", "#0f5132"),
    GOOD("Good", "G", "#1e7b3a"),
    REQUIRES_IMPROVEMENT("Requires improvement", "RI", "#8a5300"),
    INADEQUATE("Inadequate", "I", "#a4262c");

    private final String label;
    private final String code;
    private final String colour;

    Grade(String label, String code, String colour) {
        this.label = label;
        this.code = code;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public String code() {
        return code;
    }

    public String colour() {
        return colour;
    }

    /** Steps between two grades: how far moderation moved a grade, for example. */
    public int distanceTo(Grade other) {
        return Math.abs(ordinal() - other.ordinal());
    }

    /** True when this grade is better than {@code other}. */
    public boolean betterThan(Grade other) {
        return ordinal() < other.ordinal();
    }
}
