package org.sightline.audits.template;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A published version of the audit template. Versions are never edited once audits use them:
 * a change publishes a new version, and each audit keeps the version it started with.
 */
@Entity
@Table(name = "au_template")
public class AuditTemplate extends VersionedEntity {

    @Column(nullable = false, unique = true)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 80)
    private String publishedBy;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "au_template_domain", joinColumns = @JoinColumn(name = "template_id"))
    @OrderColumn(name = "position")
    private List<TemplateDomain> domains = new ArrayList<>();

    protected AuditTemplate() {
    }

    public AuditTemplate(int number, List<TemplateDomain> domains, Instant publishedAt, String publishedBy) {
        this.number = number;
        this.domains = new ArrayList<>(domains);
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.current = true;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public boolean isCurrent() {
        return current;
    }

    public List<TemplateDomain> getDomains() {
        return List.copyOf(domains);
    }

    void supersede() {
        this.current = false;
    }
}
