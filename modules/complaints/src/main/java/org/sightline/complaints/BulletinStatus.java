package org.sightline.complaints;

public enum BulletinStatus {
    DRAFT("Draft"), PUBLISHED("Published");

    private final String label;

    BulletinStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
