package org.sightline.kernel.cases;

import java.util.Optional;

public enum LevelOfNeed {
    EARLY_HELP("Early Help"),
    CHILD_IN_NEED("Child in Need"),
    CHILD_PROTECTION("Child Protection"),
    CHILD_IN_CARE("Child in Care"),
    CARE_LEAVER("Care Leaver");

    private final String label;

    LevelOfNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<LevelOfNeed> parse(String text) {
        String t = text == null ? "" : text.strip();
        for (LevelOfNeed l : values()) {
            if (l.label.equalsIgnoreCase(t) || l.name().equalsIgnoreCase(t.replace(' ', '_'))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
