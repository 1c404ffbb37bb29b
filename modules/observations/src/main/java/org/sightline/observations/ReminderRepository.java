package org.sightline.observations;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {
    boolean existsByRuleIdAndObserverIdAndSubjectIdAndDueOn(Long ruleId, Long observerId, Long subjectId, LocalDate dueOn);

    boolean existsByRuleIdAndObserverIdAndSubjectIdIsNullAndDueOn(Long ruleId, Long observerId, LocalDate dueOn);
}
