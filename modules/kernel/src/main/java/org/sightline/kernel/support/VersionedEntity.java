package org.sightline.kernel.support;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A record people edit, possibly two at once: its version goes up on every save, and a change made
 * to an older copy is refused rather than written over someone else's (optimistic locking).
 */
@MappedSuperclass
public abstract class VersionedEntity extends AbstractEntity {

    @Version
    private long version;

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a change prepared from {@code loaded}, the version the user's page showed, when
     * someone has saved the record since; the page then says so and keeps what was typed.
     */
    public void checkVersion(long loaded) {
        if (version != loaded) {
            throw new ObjectOptimisticLockingFailureException(org.hibernate.Hibernate.getClass(this), getId());
        }
    }
}
