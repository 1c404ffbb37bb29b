package org.sightline.supervision;

/** What a supervision audit looks at, each graded on the four-point scale with evidence. */
public enum Criterion {
    FREQUENCY("Frequency", "Supervision happens as often as expected (monthly for case-holding staff)."),
    CONSISTENCY("Consistency", "Sessions are regular and not repeatedly cancelled or cut short."),
    RECORDED("Recorded on file", "Supervision is recorded on the personal file and case records."),
    REFLECTIVE("Reflective", "Supervision explores hypotheses, feelings and the worker's analysis, not only tasks."),
    DECISIONS("Clear decisions and actions", "Decisions are recorded with reasons, actions with owners and dates."),
    REVISITED("Actions revisited", "Actions from the last session are reviewed before new ones are set."),
    IMPACT("Impact on the child", "Each discussion says what difference it makes for the child.");

    private final String label;
    private final String prompt;

    Criterion(String label, String prompt) {
        this.label = label;
        this.prompt = prompt;
    }

    public String label() {
        return label;
    }

    public String prompt() {
        return prompt;
    }
}
