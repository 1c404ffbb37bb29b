package org.sightline.audits.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.sightline.kernel.grades.Grade;

/** An auditor's finding in one domain. */
@Embeddable
public class DomainAnswer {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int EVIDENCE_MAX = 4000;
    /** What is working well, and what we are worried about. */
    public static final int NOTE_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Grade grade;

    /**
     * Always true. Hibernate reads a row whose columns are all null as a missing element, so an
     * unanswered domain needs one column that is never null.
     */
    @Column(nullable = false)
    private boolean kept = true;

    @Column(length = EVIDENCE_MAX)
    private String evidence;

    @Column(name = "working_well", length = NOTE_MAX)
    private String workingWell;

    @Column(length = NOTE_MAX)
    private String worries;

    protected DomainAnswer() {
    }

    public DomainAnswer(Grade grade, String evidence, String workingWell, String worries) {
        this.grade = grade;
        this.evidence = evidence;
        this.workingWell = workingWell;
        this.worries = worries;
    }

    public static DomainAnswer blank() {
        return new DomainAnswer(null, null, null, null);
    }

    public Grade getGrade() {
        return grade;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getWorkingWell() {
        return workingWell;
    }

    public String getWorries() {
        return worries;
    }
}
