package org.sightline.observations;

public enum ObservationStatus {
    /** Only the observer sees it. */
    DRAFT("Draft"),
    /** The practitioner has been sent it and can add their reflection. */
    SHARED("Shared, awaiting reflection"),
    /** The practitioner has reflected and acknowledged it; it is closed. */
    ACKNOWLEDGED("Acknowledged");

    private final String label;

    ObservationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
