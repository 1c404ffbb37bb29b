package org.sightline.kernel.scheduling;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderSentRepository extends JpaRepository<ReminderSent, Long> {
    boolean existsByModuleAndSubjectAndDueOn(String module, String subject, LocalDate dueOn);
}
