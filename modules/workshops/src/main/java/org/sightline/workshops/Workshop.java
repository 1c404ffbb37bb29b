package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A learning workshop in the catalogue; it runs as one or more sessions. */
@Entity
@Table(name = "ws_workshop")
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 2000)
    private String summary;

    @Column(length = 300)
    private String facilitators;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected Workshop() {
    }

    public Workshop(String title, String summary, String facilitators, int durationMinutes) {
        this.title = title;
        this.summary = summary;
        this.facilitators = facilitators;
        this.durationMinutes = durationMinutes;
    }

    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getFacilitators() { return facilitators; }
    public int getDurationMinutes() { return durationMinutes; }
}
