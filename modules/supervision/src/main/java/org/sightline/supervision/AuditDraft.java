package org.sightline.supervision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.sightline.kernel.grades.Grade;

/** What the auditor fills in; the auditor is always the signed-in person. */
public record AuditDraft(Long supervisorId, Long superviseeId, LocalDate periodFrom, LocalDate periodTo, boolean sourcePersonalFile,
                         boolean sourceCaseRecords, Integer sessionsExpected, Integer sessionsHeld, Map<Criterion, CriterionAnswer> answers,
                         Grade overall, String strengths, String development, boolean dipSample) {

    public AuditDraft {
        EnumMap<Criterion, CriterionAnswer> copy = new EnumMap<>(Criterion.class);
        if (answers != null) {
            copy.putAll(answers);
        }
        answers = copy;
    }
}
