package org.sightline.complaints;

/** Who made the complaint. A child or young person is offered an advocate and an age-appropriate letter. */
public enum ComplainantType {
    CHILD("Child or young person"), PARENT("Parent"), CARER("Carer"), PROFESSIONAL("Professional"), OTHER("Other");

    private final String label;

    ComplainantType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
