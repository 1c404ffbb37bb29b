package org.sightline.complaints;

/** How a complaint reached the council. */
public enum Channel {
    ONLINE_FORM("Online form"), EMAIL("Email"), PHONE("Phone"), LETTER("Letter"), IN_PERSON("In person");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
