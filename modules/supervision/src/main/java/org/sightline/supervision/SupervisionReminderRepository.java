package org.sightline.supervision;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupervisionReminderRepository extends JpaRepository<Reminder, Long> {
    boolean existsByAuditorIdAndSupervisorIdAndDueOn(Long auditorId, Long supervisorId, LocalDate dueOn);
}
