package org.sightline.supervision;

public enum AuditStatus {
    DRAFT("Draft"),
    COMPLETED("Completed, to discuss"),
    DISCUSSED("Discussed, awaiting acknowledgement"),
    ACKNOWLEDGED("Acknowledged");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
