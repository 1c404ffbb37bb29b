package org.sightline.kernel.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 120)
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

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
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
        return o instanceof Team t && id != null && id.equals(t.getId());
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
