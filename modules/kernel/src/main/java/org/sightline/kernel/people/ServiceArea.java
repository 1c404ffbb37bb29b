package org.sightline.kernel.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sightline.kernel.support.VersionedEntity;

/** A service area such as Early Help or Children in Care; teams belong to one. */
@Entity
@Table(name = "service_area")
public class ServiceArea extends VersionedEntity {

    /** The column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    protected ServiceArea() {
    }

    public ServiceArea(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return name;
    }
}
