package org.sightline.complaints;

/** The finding on one complaint point, or on a stage 2 or 3 review. */
public enum Outcome {
    UPHELD("Upheld"), PARTLY_UPHELD("Partly upheld"), NOT_UPHELD("Not upheld"), WITHDRAWN("Withdrawn"), RESOLVED_EARLY("Resolved early");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
