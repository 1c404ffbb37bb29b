package org.sightline.workshops;

/** What the facilitator records for each person booked. */
public enum Attendance {
    ATTENDED("Attended", 1.0),
    PARTLY_ATTENDED("Partly attended", 0.5),
    DID_NOT_ATTEND("Did not attend", 0.0);

    private final String label;
    private final double share;

    Attendance(String label, double share) {
        this.label = label;
        this.share = share;
    }

    public String label() {
        return label;
    }

    /**
     * The share of the session's hours that counts towards CPD: all of it, half for a partial
     * attendance (the facilitator records that someone came late or left early, not for how long).
     */
    public double cpdShare() {
        return share;
    }

    public boolean attended() {
        return this != DID_NOT_ATTEND;
    }
}
