package org.sightline.complaints;

/** Whether early resolution was offered at the initial meeting, and what the complainant said. */
public enum EarlyResolution {
    NOT_YET("Not yet offered"), AGREED("Agreed: resolving with the team"), RESOLVED("Resolved early"), DECLINED("Declined: investigating");

    private final String label;

    EarlyResolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
