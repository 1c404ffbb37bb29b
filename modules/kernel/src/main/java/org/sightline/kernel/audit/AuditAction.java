package org.sightline.kernel.audit;

/** What happened. Stored by name, so only ever add to this list. */
public enum AuditAction {
    CREATE("Created"),
    UPDATE("Changed"),
    DELETE("Deleted"),
    VIEW_CHILD_DETAIL("Viewed child-level detail"),
    EXPORT_PDF("Exported a PDF"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
