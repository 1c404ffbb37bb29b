package org.sightline.kernel.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sightline.kernel.support.VersionedEntity;

@Entity
@Table(name = "team")
public class Team extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "service_area_id", nullable = false)
    private ServiceArea serviceArea;

    @Column(nullable = false)
    private boolean active = true;

    protected Team() {
    }

    public Team(String name, ServiceArea serviceArea) {
        this.name = name;
        this.serviceArea = serviceArea;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceArea getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(ServiceArea serviceArea) {
        this.serviceArea = serviceArea;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public boolean equals(Object o) {
        // getId(), not t.id: on a Hibernate proxy the field is empty until initialised.
        return o instanceof Team t && getId() != null && getId().equals(t.getId());
    }

    @Override
    public int hashCode() {
        return Team.class.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
