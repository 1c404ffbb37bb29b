package org.sightline.kernel.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.sightline.kernel.support.VersionedEntity;

/** A service area such as Early Help or Children in Care; teams belong to one. */
@Entity
@Table(name = "service_area")
public class ServiceArea extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 120)
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
