package org.sightline.kernel.support;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * What every stored record has: an id the database gives it on insert. Rows that are only ever
 * added (log entries, reminders sent) extend this; records people edit extend {@link VersionedEntity}.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Null until the record is first saved. */
    public Long getId() {
        return id;
    }
}
