package org.sightline.audits.audit;

public enum AuditStatus {
    ALLOCATED("Allocated"),
    IN_PROGRESS("In progress"),
    AWAITING_MODERATION("Awaiting moderation"),
    COMPLETE("Complete");

    private final String label;

    AuditStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
