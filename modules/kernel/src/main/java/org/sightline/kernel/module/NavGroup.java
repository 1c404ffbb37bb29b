package org.sightline.kernel.module;

/** The side-navigation groups, in the order the design asks for. */
public enum NavGroup {
    MY_WORK("My work"),
    QUALITY_ASSURANCE("Quality assurance"),
    FEEDBACK_AND_LEARNING("Feedback and learning"),
    GOVERNANCE("Governance"),
    ADMINISTRATION("Administration");

    private final String label;

    NavGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
