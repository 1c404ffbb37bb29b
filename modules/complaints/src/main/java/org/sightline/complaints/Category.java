package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.sightline.kernel.support.VersionedEntity;

/** An entry in the editable list of complaint or compliment categories. Retired, never deleted: old records keep it. */
@Entity(name = "ComplaintCategory")
@Table(name = "cp_category")
public class Category extends VersionedEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 120;


    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CategoryKind kind;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Category() {
    }

    public Category(CategoryKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public CategoryKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Category c && getId() != null && getId().equals(c.getId());
    }

    @Override
    public int hashCode() {
        return Category.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
