package org.sightline.complaints;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface StepReminderRepository extends JpaRepository<StepReminder, Long> {
    boolean existsByComplaintIdAndStepAndDueOn(Long complaintId, String step, LocalDate dueOn);
}
