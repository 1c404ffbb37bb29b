package org.sightline.audits.audit;

import java.util.List;
import org.sightline.kernel.grades.Grade;

/** What the audit form edits: one auditor's answers, saved as a draft or submitted. */
public record AssessmentDraft(List<DomainAnswer> domains, Grade overallGrade, String overallRationale,
                              String practitionerReflection, String childFeedback, String childFeedbackReason,
                              String parentFeedback, String parentFeedbackReason, String proposedActions) {

    public AssessmentDraft withDomain(int index, DomainAnswer answer) {
        List<DomainAnswer> copy = new java.util.ArrayList<>(domains);
        copy.set(index, answer);
        return new AssessmentDraft(List.copyOf(copy), overallGrade, overallRationale, practitionerReflection, childFeedback,
                childFeedbackReason, parentFeedback, parentFeedbackReason, proposedActions);
    }

    public AssessmentDraft withOverall(Grade grade, String rationale) {
        return new AssessmentDraft(domains, grade, rationale, practitionerReflection, childFeedback, childFeedbackReason,
                parentFeedback, parentFeedbackReason, proposedActions);
    }

    public AssessmentDraft withFeedback(String child, String childReason, String parent, String parentReason) {
        return new AssessmentDraft(domains, overallGrade, overallRationale, practitionerReflection, child, childReason,
                parent, parentReason, proposedActions);
    }

    public AssessmentDraft withReflectionAndActions(String reflection, String actions) {
        return new AssessmentDraft(domains, overallGrade, overallRationale, reflection, childFeedback, childFeedbackReason,
                parentFeedback, parentFeedbackReason, actions);
    }
}
