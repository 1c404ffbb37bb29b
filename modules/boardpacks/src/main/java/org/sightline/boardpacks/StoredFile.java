package org.sightline.boardpacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.sightline.kernel.support.AbstractEntity;

/** The bytes of a published pack or an uploaded paper, kept apart from the rows that list them. */
@Entity
@Table(name = "bp_file")
public class StoredFile extends AbstractEntity {

    /** The column's size: a longer file name is kept to its first characters (the name is only a label). */
    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    // Longer than 16 MB, so Hibernate validates against the LONGBLOB Liquibase makes on MariaDB.
    @Lob
    @Column(nullable = false, length = 100_000_000)
    private byte[] content;

    protected StoredFile() {
    }

    StoredFile(String name, byte[] content) {
        this.name = name;
        this.content = content;
        this.sizeBytes = content.length;
    }

    public String getName() {
        return name;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
