package org.sightline.audits.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderation: a moderator who did not audit the case settles the final grades where the lead and
 * peer auditors differ, and raises the action plan. Refusals name the field they are about.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class Moderation {

    private final CaseAuditRepository audits;
    private final CurrentUser currentUser;
    private final org.sightline.kernel.people.PersonRepository people;
    private final ActionService actions;
    private final AuditCompletion completion;
    private final Clock clock;

    Moderation(CaseAuditRepository audits, CurrentUser currentUser, org.sightline.kernel.people.PersonRepository people,
               ActionService actions, AuditCompletion completion, Clock clock) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.people = people;
        this.actions = actions;
        this.completion = completion;
        this.clock = clock;
    }


    @Transactional
    public CaseAudit moderate(long auditId, long expectedVersion, ModerationDecision decision) {
        CaseAudit audit = audits.findDetailed(auditId).orElseThrow();
        audit.checkVersion(expectedVersion);
        if (!AuditAccess.mayModerate(currentUser.require(), audit)) {
            throw new AccessDeniedException("Only a moderator who did not audit this case can moderate it");
        }
        int n = audit.getTemplate().getDomains().size();
        ValidationException.Collector errors = new ValidationException.Collector();
        for (int i = 0; i < n; i++) {
            if (i >= decision.domains().size() || decision.domains().get(i) == null) {
                errors.add("domain." + i, "Choose the final grade for " + audit.getTemplate().getDomains().get(i).getName() + ".");
            }
        }
        if (decision.overall() == null) {
            errors.add("overall", "Choose the final overall grade.");
        }
        if (blank(decision.rationale())) {
            errors.add("rationale", "Explain the final grades.");
        } else {
            errors.maxLength("rationale", decision.rationale(), CaseAudit.RATIONALE_MAX, "the rationale");
        }
        for (int i = 0; i < decision.actions().size(); i++) {
            var p = decision.actions().get(i);
            if (blank(p.title()) || p.ownerId() == null || p.dueDate() == null) {
                errors.add("action." + i, "Each action needs what, who and when.");
            }
        }
        errors.throwIfAny();
        audit.moderated(currentUser.require(), decision.domains(), decision.overall(), decision.rationale().strip(), clock.instant());
        for (var p : decision.actions()) {
            actions.raise(new NewAction(p.title(), "From the moderated audit of case " + audit.getCaseRecord().getReference() + ".",
                    p.ownerId(), p.dueDate(), "audits", "Case audit " + audit.getCaseRecord().getReference() + ", "
                    + Formats.month(audit.getMonth()), "audits/" + audit.getId()));
        }
        completion.completed(audit);
        return audits.saveAndFlush(audit);
    }


    /** People a moderator may give an action to: active staff, the audit's practitioner first. */
    public List<Person> actionOwners(CaseAudit audit) {
        List<Person> owners = new ArrayList<>(people.findAll().stream()
                .filter(p -> p.isActive() && !p.hasRole(Role.BOARD_MEMBER) && p.getRoles().size() > 0)
                .sorted(java.util.Comparator.comparing(Person::getFullName)).toList());
        if (audit.getPractitioner() != null) {
            owners.removeIf(p -> p.getId().equals(audit.getPractitioner().getId()));
            owners.addFirst(audit.getPractitioner());
        }
        return owners;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
