package org.sightline.audits.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * What follows an audit's final grades, whether agreed by the two auditors or settled in
 * moderation: the practitioner, their managers and the lead are told; an inadequate grade starts
 * the Head of Service's oversight, the six-week review and the three-month re-audit.
 */
@Component
class AuditCompletion {

    private final CaseAuditRepository audits;
    private final org.sightline.kernel.people.PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AuditCompletion(CaseAuditRepository audits, org.sightline.kernel.people.PersonRepository people, ApplicationEventPublisher events,
                    Clock clock) {
        this.audits = audits;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }


    void completed(CaseAudit audit) {
        if (audit.getFinalOverall() == Grade.INADEQUATE) {
            inadequate(audit);
        }
        List<Long> tell = new ArrayList<>();
        if (audit.getPractitioner() != null) {
            tell.add(audit.getPractitioner().getId());
            Person manager = audit.getPractitioner().getLineManager();
            if (manager != null) {
                tell.add(manager.getId());
                if (manager.getLineManager() != null) {
                    tell.add(manager.getLineManager().getId());
                }
            }
        }
        tell.add(audit.getLeadAuditor().getId());
        events.publishEvent(NotificationEvent.to(tell, "Case audit complete: " + audit.getCaseRecord().getReference(),
                "The audit of case " + audit.getCaseRecord().getReference() + " for " + Formats.month(audit.getMonth())
                        + " is complete. Overall grade: " + audit.getFinalOverall().label() + ".",
                "audits/" + audit.getId(), "audits"));
    }


    /**
     * A final Inadequate: the Head of Service for the case's service is told and records
     * oversight; a review falls due in six weeks; a re-audit led by a senior manager falls due
     * in three months, created now and linked to this audit.
     */
    private void inadequate(CaseAudit audit) {
        LocalDate done = LocalDate.now(clock);
        audit.inadequateFollowUp(done.plusWeeks(6), done.plusMonths(3));
        // The Head of Service is found up the line from the team manager who led the audit.
        List<Person> heads = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Person p = audit.getLeadAuditor(); p != null && seen.add(p.getId()); p = p.getLineManager()) {
            if (p.isActive() && p.hasRole(Role.HEAD_OF_SERVICE)) {
                heads.add(p);
                break;
            }
        }
        if (heads.isEmpty()) {
            heads = people.findAll().stream().filter(p -> p.isActive() && p.hasRole(Role.HEAD_OF_SERVICE)).toList();
        }
        Person senior = heads.isEmpty() ? audit.getLeadAuditor() : heads.getFirst();
        // The same peer auditor audits again, for continuity, unless they are the senior manager.
        Person peer = !audit.getPeerAuditor().getId().equals(senior.getId()) ? audit.getPeerAuditor()
                : people.findAll().stream().filter(p -> p.isActive() && p.hasRole(Role.QA_OFFICER) && !p.getId().equals(senior.getId()))
                .min(java.util.Comparator.comparing(Person::getFullName)).orElse(audit.getLeadAuditor());
        CaseAudit again = audits.save(CaseAudit.reaudit(audit, senior, peer, audit.getReauditDue()));
        events.publishEvent(NotificationEvent.to(heads.stream().map(Person::getId).toList(),
                "Inadequate case audit: " + audit.getCaseRecord().getReference(),
                "The audit of case " + audit.getCaseRecord().getReference() + " (" + audit.getTeam().getName()
                        + ") was graded inadequate. Please record your oversight and comment. A review is due by "
                        + Formats.date(audit.getReviewDue()) + " and a re-audit by " + Formats.date(audit.getReauditDue()) + ".",
                "audits/" + audit.getId(), "audits"));
        events.publishEvent(NotificationEvent.to(List.of(senior.getId(), peer.getId()),
                "Re-audit to complete: " + audit.getCaseRecord().getReference(),
                "Case " + audit.getCaseRecord().getReference() + " was graded inadequate and is to be audited again by "
                        + Formats.date(audit.getReauditDue()) + ".", "audits/" + again.getId(), "audits"));
    }
}
