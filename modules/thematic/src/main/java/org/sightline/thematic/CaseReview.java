package org.sightline.thematic;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/** One sampled case, its auditor, and their answers on the template version they used. */
@Entity
@Table(name = "th_case_review")
public class CaseReview extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int ANSWER_MAX = 4000;
    public static final int NOTE_MAX = 2000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_id")
    private CaseRecord caseRecord;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "auditor_id")
    private Person auditor;

    /** The template version answered; set when the auditor first saves. */
    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "template_id")
    private Template template;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReviewStatus status = ReviewStatus.ASSIGNED;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    /** Answers by question id, as text: a grade or yes/no/partly name, a number, an option, or free text. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "th_answer", joinColumns = @JoinColumn(name = "review_id"))
    @MapKeyColumn(name = "question_id")
    @Column(name = "answer", length = ANSWER_MAX)
    private Map<Long, String> answers = new HashMap<>();

    @Column(name = "for_moderation", nullable = false)
    private boolean forModeration;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "moderator_id")
    private Person moderator;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderation_agreed")
    private Boolean moderationAgreed;

    @Column(name = "moderation_note", length = NOTE_MAX)
    private String moderationNote;

    protected CaseReview() {
    }

    CaseReview(Evaluation evaluation, CaseRecord caseRecord) {
        this.evaluation = evaluation;
        this.caseRecord = caseRecord;
    }

    void assign(Person auditor) {
        this.auditor = auditor;
    }

    void answer(Template template, Map<Long, String> answers) {
        this.template = template;
        this.answers = new HashMap<>(answers);
        if (status == ReviewStatus.ASSIGNED) {
            status = ReviewStatus.IN_PROGRESS;
        }
    }

    void submit(Instant at) {
        this.status = ReviewStatus.SUBMITTED;
        this.submittedAt = at;
    }

    void chooseForModeration(boolean chosen) {
        this.forModeration = chosen;
    }

    void moderate(Person by, Instant at, boolean agreed, String note) {
        this.moderator = by;
        this.moderatedAt = at;
        this.moderationAgreed = agreed;
        this.moderationNote = note;
    }

    public boolean isSubmitted() {
        return status == ReviewStatus.SUBMITTED;
    }

    public boolean isModerated() {
        return moderatedAt != null;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public CaseRecord getCaseRecord() {
        return caseRecord;
    }

    public Person getAuditor() {
        return auditor;
    }

    public Template getTemplate() {
        return template;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public boolean isForModeration() {
        return forModeration;
    }

    public Person getModerator() {
        return moderator;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public Boolean getModerationAgreed() {
        return moderationAgreed;
    }

    public String getModerationNote() {
        return moderationNote;
    }
}
