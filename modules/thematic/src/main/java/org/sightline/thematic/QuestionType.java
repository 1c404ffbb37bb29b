package org.sightline.thematic;

/** What kind of answer a template question takes. */
public enum QuestionType {
    GRADE("Four-point grade"), YES_NO_PARTLY("Yes, no or partly"), NUMBER("Number"), TEXT("Free text"), CHOICE("One of listed options");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
