package org.sightline.audits.audit;

public enum AuditorRole {
    LEAD("Lead auditor"), PEER("Peer auditor");

    private final String label;

    AuditorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
