package org.sightline.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.support.AbstractEntity;

/** A recommendation of the evaluation, tracked to completion as an action. */
@Entity
@Table(name = "th_recommendation")
public class Recommendation extends AbstractEntity {

    /** The column's size, the service's check and the form field's maximum. */
    public static final int TEXT_MAX = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "action_id")
    private ActionItem action;

    protected Recommendation() {
    }

    Recommendation(Evaluation evaluation, String text, ActionItem action) {
        this.evaluation = evaluation;
        this.text = text;
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public ActionItem getAction() {
        return action;
    }
}
