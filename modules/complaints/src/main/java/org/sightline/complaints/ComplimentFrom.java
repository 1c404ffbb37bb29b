package org.sightline.complaints;

/** Who a compliment came from. */
public enum ComplimentFrom {
    PARENT("Parent"), YOUNG_PERSON("Young person"), CARER("Carer"), PROFESSIONAL("Professional"), OTHER("Other");

    private final String label;

    ComplimentFrom(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
