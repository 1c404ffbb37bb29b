package org.sightline.thematic;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.support.AbstractEntity;

/**
 * One version of an evaluation's bespoke question set. It is frozen when fieldwork starts (or
 * when a later version replaces it during fieldwork); case reviews keep the version they were
 * answered on, so a change never rewrites an answer.
 */
@Entity
@Table(name = "th_template")
public class Template extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Template() {
    }

    Template(Evaluation evaluation, int versionNo) {
        this.evaluation = evaluation;
        this.versionNo = versionNo;
    }

    void replaceQuestions(List<QuestionDraft> drafts) {
        questions.clear();
        for (int i = 0; i < drafts.size(); i++) {
            questions.add(new Question(this, i + 1, drafts.get(i)));
        }
    }

    void freeze(Instant at) {
        if (frozenAt == null) {
            frozenAt = at;
        }
    }

    public boolean isFrozen() {
        return frozenAt != null;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public List<Question> getQuestions() {
        return questions;
    }
}
