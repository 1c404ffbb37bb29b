package org.sightline.audits.sample;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sightline.kernel.support.VersionedEntity;

/** The standing settings for drawing and allocating the sample on the 1st of each month. */
@Entity
@Table(name = "au_schedule")
public class AllocationSchedule extends VersionedEntity {

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "exclusion_months", nullable = false)
    private int exclusionMonths;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "au_schedule_size", joinColumns = @JoinColumn(name = "schedule_id"))
    @MapKeyColumn(name = "service_area_id")
    @Column(name = "size", nullable = false)
    private Map<Long, Integer> sizes = new HashMap<>();

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AllocationSchedule() {
    }

    AllocationSchedule(boolean enabled, int exclusionMonths, Map<Long, Integer> sizes, String by, Instant at) {
        update(enabled, exclusionMonths, sizes, by, at);
    }

    void update(boolean enabled, int exclusionMonths, Map<Long, Integer> sizes, String by, Instant at) {
        this.enabled = enabled;
        this.exclusionMonths = exclusionMonths;
        this.sizes.clear();
        this.sizes.putAll(sizes);
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getExclusionMonths() {
        return exclusionMonths;
    }

    public Map<Long, Integer> getSizes() {
        return Map.copyOf(sizes);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
