package org.sightline.boardpacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.sightline.kernel.support.AbstractEntity;

/**
 * One agenda item of a pack: its title, presenter and cover note, and its content — a module's
 * report for a period, or an uploaded PDF kept as supplied.
 */
@Entity
@Table(name = "bp_section")
public class PackSection extends AbstractEntity {

    /** Text limits: each is the column's size (or the most kept), the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    public static final int PRESENTER_MAX = 200;
    public static final int COVER_NOTE_MAX = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pack_id")
    private Pack pack;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = PRESENTER_MAX)
    private String presenter;

    @Column(name = "cover_note", length = COVER_NOTE_MAX)
    private String coverNote;

    @Column(name = "exporter_id", length = 80)
    private String exporterId;

    @Column(name = "period_from")
    private LocalDate periodFrom;

    @Column(name = "period_to")
    private LocalDate periodTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "upload_id")
    private StoredFile upload;

    @Column(name = "upload_pages")
    private Integer uploadPages;

    /** The paper's file name, kept on the section so the page lists it without loading the file. */
    @Column(name = "upload_name", length = 200)
    private String uploadName;

    protected PackSection() {
    }

    PackSection(Pack pack, int position, SectionDraft d) {
        this.pack = pack;
        this.position = position;
        this.title = d.title();
        this.presenter = d.presenter();
        this.coverNote = d.coverNote();
        this.exporterId = d.exporterId();
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
    }

    PackSection copyTo(Pack other, int position) {
        PackSection s = new PackSection(other, position, new SectionDraft(title, presenter, coverNote, exporterId, periodFrom, periodTo));
        s.upload = upload;
        s.uploadPages = uploadPages;
        s.uploadName = uploadName;
        return s;
    }

    void attach(StoredFile file, int pages) {
        this.upload = file;
        this.uploadPages = pages;
        this.uploadName = file.getName();
    }

    void moveTo(int position) {
        this.position = position;
    }

    public String getUploadName() {
        return uploadName;
    }

    public boolean isUpload() {
        return upload != null;
    }

    public List<String> noteParagraphs() {
        return coverNote == null ? List.of() : Arrays.stream(coverNote.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public String getCoverNote() {
        return coverNote;
    }

    public String getExporterId() {
        return exporterId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public StoredFile getUpload() {
        return upload;
    }

    public Integer getUploadPages() {
        return uploadPages;
    }
}
