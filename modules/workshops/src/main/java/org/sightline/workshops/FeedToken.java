package org.sightline.workshops;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * The secret in a person's calendar-feed address. Only its SHA-256 hash is stored, so a copy of
 * the database does not give away anyone's feed; the address is shown once, when it is made.
 */
@Entity
@Table(name = "ws_feed_token")
public class FeedToken extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected FeedToken() {
    }

    FeedToken(Person person, String tokenHash, LocalDateTime at) {
        this.person = person;
        this.tokenHash = tokenHash;
        this.createdAt = at;
    }

    void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }

    public Person getPerson() { return person; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getRevokedAt() { return revokedAt; }
    public boolean isRevoked() { return revokedAt != null; }
}
