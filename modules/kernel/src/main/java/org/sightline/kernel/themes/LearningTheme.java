package org.sightline.kernel.themes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A learning theme ("Voice of the child", "Working with fathers and men"): the shared list that
 * workshops, complaints and audits tag their learning with, so the portal can say which themes
 * have had training and which have not. Retired themes stay on old records.
 */
@Entity
@Table(name = "learning_theme")
public class LearningTheme extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected LearningTheme() {
    }

    public LearningTheme(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    void rename(String name) {
        this.name = name;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LearningTheme t && getId() != null && getId().equals(t.getId());
    }

    @Override
    public int hashCode() {
        return LearningTheme.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
