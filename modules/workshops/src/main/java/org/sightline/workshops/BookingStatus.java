package org.sightline.workshops;

public enum BookingStatus {
    CONFIRMED("Booked"), WAITING("On the waiting list"), CANCELLED("Cancelled");

    private final String label;

    BookingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
