package org.sightline.complaints;

/** A complaint point as logged: what the complainant is unhappy about, and its category if known. */
public record NewPoint(String description, Long categoryId) {
}
