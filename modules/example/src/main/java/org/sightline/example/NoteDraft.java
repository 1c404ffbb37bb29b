package org.sightline.example;

/** What the form sends: a record, bound to the fields by the form's {@code Binder}. */
public record NoteDraft(String title, String text) {
}
