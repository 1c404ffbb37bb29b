package org.sightline.observations;

/** What kind of practice was observed. */
public enum NatureOfPractice {
    HOME_VISIT("Home visit"),
    CP_CONFERENCE_INITIAL("Child protection conference (initial)"),
    CP_CONFERENCE_REVIEW("Child protection conference (review)"),
    CORE_GROUP("Core group"),
    STRATEGY_MEETING("Strategy meeting"),
    CHILD_IN_NEED_REVIEW("Child-in-need review"),
    CHILD_IN_CARE_REVIEW("Child-in-care review"),
    LEGAL_PLANNING_MEETING("Legal planning meeting"),
    EARLY_HELP_SESSION("Early help session"),
    SUPERVISION("Supervision"),
    OTHER("Other");

    private final String label;

    NatureOfPractice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
