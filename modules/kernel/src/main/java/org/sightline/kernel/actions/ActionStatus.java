package org.sightline.kernel.actions;

public enum ActionStatus {
    OPEN("Open"), DONE("Done"), CANCELLED("Cancelled");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
