package org.sightline.kernel.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one log of reminders sent, for every module's scheduled reminders: each thing due on a date
 * is reminded once, however often the job runs. A unique key on (module, subject, due date) backs
 * this up in the database should two nodes ever run the same job at once.
 */
@Service
public class RemindedOnce {

    private final ReminderSentRepository sent;
    private final Clock clock;

    RemindedOnce(ReminderSentRepository sent, Clock clock) {
        this.sent = sent;
        this.clock = clock;
    }

    /**
     * True the first time a reminder about {@code subject} due on {@code dueOn} is asked for, and
     * records it in the caller's transaction; false every time after.
     *
     * @param module  the module sending it, e.g. "observations"
     * @param subject what it is about, stable from run to run, e.g. "complaint 12 step CONTACT"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(String module, String subject, LocalDate dueOn) {
        if (sent.existsByModuleAndSubjectAndDueOn(module, subject, dueOn)) {
            return false;
        }
        sent.saveAndFlush(new ReminderSent(module, subject, dueOn, clock.instant()));
        return true;
    }
}
