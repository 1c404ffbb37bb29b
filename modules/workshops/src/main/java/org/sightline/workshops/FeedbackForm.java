package org.sightline.workshops;

/** What an attendee fills in; ratings are 1 to 5, null until chosen. */
public record FeedbackForm(Integer usefulness, Integer delivery, String doDifferently, String comments) {
}
