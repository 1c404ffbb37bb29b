package org.sightline.workshops;

public enum SessionStatus {
    OPEN("Open"), FULL("Full"), CANCELLED("Cancelled"), FINISHED("Finished");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
