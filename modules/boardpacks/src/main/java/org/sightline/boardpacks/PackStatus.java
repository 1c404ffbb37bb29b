package org.sightline.boardpacks;

public enum PackStatus {
    DRAFT("Draft"), PUBLISHED("Published");

    private final String label;

    PackStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
