package org.sightline.thematic;

/** How an evaluation gathers its evidence. */
public enum Method {
    CASE_EVALUATION("Collaborative case evaluation"),
    PRACTITIONER_INTERVIEWS("Practitioner interviews"),
    FOCUS_GROUPS("Focus groups"),
    PRACTICE_WORKSHOPS("Practice learning workshops"),
    BESPOKE_TEMPLATE("Independent analysis on a bespoke template"),
    OBSERVATIONS("Observations of practice"),
    STAFF_DISCUSSIONS("Discussions with staff and stakeholders"),
    CHILDREN_VIEWS("Views of children and young people"),
    PARENT_VIEWS("Views of parents and carers");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
