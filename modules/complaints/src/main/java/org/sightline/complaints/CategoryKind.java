package org.sightline.complaints;

public enum CategoryKind {
    COMPLAINT, COMPLIMENT
}
