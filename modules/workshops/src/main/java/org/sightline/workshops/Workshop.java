package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.support.VersionedEntity;

/** A learning workshop in the catalogue; it runs as one or more sessions. */
@Entity
@Table(name = "ws_workshop")
public class Workshop extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 2000;
    /** Topics, and learning outcomes: each a list, one per line. */
    public static final int LIST_MAX = 2000;
    public static final int AUDIENCE_MAX = 300;
    public static final int FACILITATORS_MAX = 300;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    @Column(length = FACILITATORS_MAX)
    private String facilitators;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    /** Topics and learning outcomes, one per line. */
    @Column(length = LIST_MAX)
    private String topics;

    @Column(length = LIST_MAX)
    private String outcomes;

    @Column(length = AUDIENCE_MAX)
    private String audience;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "ws_workshop_theme", joinColumns = @JoinColumn(name = "workshop_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    private Set<LearningTheme> themes = new HashSet<>();

    protected Workshop() {
    }

    public Workshop(String title, String summary, String facilitators, int durationMinutes) {
        this.title = title;
        this.summary = summary;
        this.facilitators = facilitators;
        this.durationMinutes = durationMinutes;
    }

    /** Updates the catalogue entry; sessions already run keep their own times. */
    public void describe(String title, String summary, String topics, String outcomes, String audience, String facilitators,
                         int durationMinutes, Set<LearningTheme> themes) {
        this.title = title;
        this.summary = summary;
        this.topics = topics;
        this.outcomes = outcomes;
        this.audience = audience;
        this.facilitators = facilitators;
        this.durationMinutes = durationMinutes;
        this.themes = new HashSet<>(themes);
    }

    public String getTopics() { return topics; }
    public String getOutcomes() { return outcomes; }
    public String getAudience() { return audience; }
    public Set<LearningTheme> getThemes() { return themes; }
    public String getTitle() { return title; }
    public String getSummary() { return summary; }
    public String getFacilitators() { return facilitators; }
    public int getDurationMinutes() { return durationMinutes; }
}
