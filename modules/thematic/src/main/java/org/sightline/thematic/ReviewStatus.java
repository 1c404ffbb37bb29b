package org.sightline.thematic;

public enum ReviewStatus {
    ASSIGNED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
