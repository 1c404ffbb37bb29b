package org.sightline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sightline.kernel.grades.Grade;

@Embeddable
public class CriterionAnswer {

    /** The evidence's limit: the column's size, the service's check and the form field's maximum. */
    public static final int EVIDENCE_MAX = 2000;


    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Grade grade;

    @Column(length = EVIDENCE_MAX)
    private String evidence;

    protected CriterionAnswer() {
    }

    public CriterionAnswer(Grade grade, String evidence) {
        this.grade = grade;
        this.evidence = evidence;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getEvidence() {
        return evidence;
    }
}
