package org.sightline.complaints;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/**
 * The quarterly learning bulletin for all staff: good practice, learning from complaints,
 * compliments, training, and a closing reflection. The PSW edits a draft and publishes it;
 * a published edition never changes — a correction is a new edition, and both stay readable.
 */
@Entity
@Table(name = "cp_bulletin")
public class Bulletin extends VersionedEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int TITLE_MAX = 200;
    /** Each section is stored as long text; what a person types is kept to this. */
    public static final int SECTION_MAX = 8000;
    public static final int CORRECTION_MAX = 1000;
    public static final int LEARNING_MAX = 1000;


    private static final int LONG_TEXT = 100_000_000;

    /** One thing to learn from the quarter's complaints, citing the complaint categories it comes from. */
    @Embeddable
    public record LearningItem(@Column(name = "text", nullable = false, length = LEARNING_MAX) String text,
                               @Column(name = "categories", length = 1000) String categories) {
    }

    /** A compliment quoted (with consent), copied when chosen so the published words cannot drift. */
    @Embeddable
    public record Quote(@Column(name = "compliment_id", nullable = false) Long complimentId,
                        @Column(name = "words", nullable = false, length = 4000) String words,
                        @Column(name = "attribution", length = 300) String attribution) {
    }

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private int edition = 1;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BulletinStatus status = BulletinStatus.DRAFT;

    @Lob
    @Column(length = LONG_TEXT)
    private String introduction;

    @Lob
    @Column(name = "good_practice", length = LONG_TEXT)
    private String goodPractice;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cp_bulletin_learning", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<LearningItem> learning = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cp_bulletin_quote", joinColumns = @JoinColumn(name = "bulletin_id"))
    @OrderColumn(name = "position")
    private List<Quote> quotes = new ArrayList<>();

    @Lob
    @Column(length = LONG_TEXT)
    private String resources;

    @Lob
    @Column(length = LONG_TEXT)
    private String reflection;

    /** Fixed when published; a draft shows the live count. */
    @Column(name = "compliments_count")
    private Integer complimentsCount;

    /** The upcoming workshop sessions as printed when published, one per line. */
    @Lob
    @Column(name = "sessions_snapshot", length = LONG_TEXT)
    private String sessionsSnapshot;

    @Column(name = "correction_note", length = CORRECTION_MAX)
    private String correctionNote;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "corrects_id")
    private Bulletin corrects;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "published_by_id")
    private Person publishedBy;

    protected Bulletin() {
    }

    Bulletin(LocalDate from, LocalDate to, String title, Instant createdAt) {
        this.periodFrom = from;
        this.periodTo = to;
        this.title = title;
        this.createdAt = createdAt;
    }

    /** A new draft edition carrying this one's content, to correct it. */
    Bulletin correction(Instant at) {
        Bulletin b = new Bulletin(periodFrom, periodTo, title, at);
        b.edition = edition + 1;
        b.corrects = this;
        b.introduction = introduction;
        b.goodPractice = goodPractice;
        b.learning = new ArrayList<>(learning);
        b.quotes = new ArrayList<>(quotes);
        b.resources = resources;
        b.reflection = reflection;
        return b;
    }

    void edit(BulletinDraft d, List<LearningItem> learning, List<Quote> quotes) {
        this.title = d.title();
        this.introduction = d.introduction();
        this.goodPractice = d.goodPractice();
        this.learning = new ArrayList<>(learning);
        this.quotes = new ArrayList<>(quotes);
        this.resources = d.resources();
        this.reflection = d.reflection();
        this.correctionNote = d.correctionNote();
    }

    void publish(Person by, Instant at, int complimentsCount, String sessions) {
        this.status = BulletinStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.complimentsCount = complimentsCount;
        this.sessionsSnapshot = sessions;
    }

    public boolean isPublished() {
        return status == BulletinStatus.PUBLISHED;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public int getEdition() {
        return edition;
    }

    public String getTitle() {
        return title;
    }

    public BulletinStatus getStatus() {
        return status;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getGoodPractice() {
        return goodPractice;
    }

    public List<LearningItem> getLearning() {
        return learning;
    }

    public List<Quote> getQuotes() {
        return quotes;
    }

    public String getResources() {
        return resources;
    }

    public String getReflection() {
        return reflection;
    }

    public Integer getComplimentsCount() {
        return complimentsCount;
    }

    public String getSessionsSnapshot() {
        return sessionsSnapshot;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public Bulletin getCorrects() {
        return corrects;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Person getPublishedBy() {
        return publishedBy;
    }
}
