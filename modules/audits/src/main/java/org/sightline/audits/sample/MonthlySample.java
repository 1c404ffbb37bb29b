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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.sightline.kernel.support.VersionedEntity;

/** One month's audit sample: how it was drawn, so it can be drawn again the same way. */
@Entity
@Table(name = "au_sample")
public class MonthlySample extends VersionedEntity {

    @Column(name = "sample_month", nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private long seed;

    @Column(name = "exclusion_months", nullable = false)
    private int exclusionMonths;

    /** Service area id to sample size. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "au_sample_size", joinColumns = @JoinColumn(name = "sample_id"))
    @MapKeyColumn(name = "service_area_id")
    @Column(name = "size", nullable = false)
    private Map<Long, Integer> sizes = new HashMap<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MonthlySample() {
    }

    public MonthlySample(LocalDate month, long seed, int exclusionMonths, Map<Long, Integer> sizes, String createdBy, Instant createdAt) {
        this.month = month;
        this.seed = seed;
        this.exclusionMonths = exclusionMonths;
        this.sizes = new HashMap<>(sizes);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate getMonth() {
        return month;
    }

    public long getSeed() {
        return seed;
    }

    public int getExclusionMonths() {
        return exclusionMonths;
    }

    public Map<Long, Integer> getSizes() {
        return Map.copyOf(sizes);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
