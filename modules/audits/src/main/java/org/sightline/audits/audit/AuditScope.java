package org.sightline.audits.audit;

/** Which audits a list shows. */
public enum AuditScope {
    TO_COMPLETE("My audits to complete"),
    VISIBLE("All audits I can see"),
    MODERATION("Moderation queue");

    private final String label;

    AuditScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
