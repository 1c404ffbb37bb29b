package org.sightline.boardpacks;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * The pack for a meeting. A draft is assembled section by section; publishing renders it once,
 * stores the PDF with its SHA-256 and freezes it. A correction is a new edition.
 */
@Entity
@Table(name = "bp_pack")
public class Pack extends VersionedEntity {

    /** Text limits: each is the column's size (or the most kept), the service's check and the form field's maximum. */
    public static final int CORRECTION_NOTE_MAX = 1000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int edition = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PackStatus status = PackStatus.DRAFT;

    @Column(name = "correction_note", length = CORRECTION_NOTE_MAX)
    private String correctionNote;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "published_by_id")
    private Person publishedBy;

    @Column(length = 64)
    private String sha256;

    @Column(name = "page_count")
    private Integer pageCount;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "file_id")
    private StoredFile file;

    @OneToMany(mappedBy = "pack", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<PackSection> sections = new ArrayList<>();

    protected Pack() {
    }

    Pack(Meeting meeting, int edition) {
        this.meeting = meeting;
        this.edition = edition;
    }

    PackSection add(SectionDraft d) {
        PackSection s = new PackSection(this, sections.size() + 1, d);
        sections.add(s);
        return s;
    }

    void remove(PackSection s) {
        sections.remove(s);
        renumber();
    }

    void move(PackSection s, int by) {
        int i = sections.indexOf(s);
        int j = i + by;
        if (i < 0 || j < 0 || j >= sections.size()) {
            return;
        }
        sections.remove(i);
        sections.add(j, s);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).moveTo(i + 1);
        }
    }

    Pack correction(int nextEdition, String note) {
        Pack p = new Pack(meeting, nextEdition);
        p.correctionNote = note;
        for (PackSection s : sections) {
            p.sections.add(s.copyTo(p, p.sections.size() + 1));
        }
        return p;
    }

    void publish(Person by, Instant at, StoredFile file, String sha256, int pages) {
        this.status = PackStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.file = file;
        this.sha256 = sha256;
        this.pageCount = pages;
    }

    void setCorrectionNote(String note) {
        this.correctionNote = note;
    }

    /** The stored PDF's id, without loading its bytes. */
    Long fileId() {
        return file == null ? null : file.getId();
    }

    public boolean isPublished() {
        return status == PackStatus.PUBLISHED;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getEdition() {
        return edition;
    }

    public PackStatus getStatus() {
        return status;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Person getPublishedBy() {
        return publishedBy;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public List<PackSection> getSections() {
        return sections;
    }
}
