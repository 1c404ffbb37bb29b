package org.sightline.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Supervision audits: the auditor records and completes one, discusses it with the supervisor
 * and records the discussion; the supervisor acknowledges it. Who sees what: the auditor, the
 * supervisor and the supervisee their own; managers those in their line; the QA team, the PSW
 * and senior leaders all; board members none.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class SupervisionService {

    public static final String AUDITORS = RoleGroup.HAS_MANAGERS;

    private final SupervisionAuditRepository audits;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final org.sightline.kernel.actions.ActionService actions;
    private final Clock clock;

    public SupervisionService(SupervisionAuditRepository audits, PersonRepository people, CurrentUser currentUser,
                              ApplicationEventPublisher events, org.sightline.kernel.actions.ActionService actions, Clock clock) {
        this.audits = audits;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.actions = actions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<SupervisionAudit> visible() {
        Person me = currentUser.require();
        Set<Long> line = LineManagement.seesWholeService(me) ? Set.of() : LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc());
        return audits.newestFirst().stream().filter(a -> SupervisionAccess.mayRead(me, a, line)).toList();
    }

    @Transactional(readOnly = true)
    public SupervisionAudit open(long id) {
        SupervisionAudit a = audits.findById(id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
        Person me = currentUser.require();
        if (!SupervisionAccess.mayRead(me, a, () -> LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc()))) {
            throw new AccessDeniedException("You may not read this supervision audit");
        }
        return a;
    }

    /** Supervisors the signed-in auditor may audit: those in their line; anyone who supervises, for the PSW and leaders. */
    @Transactional(readOnly = true)
    @PreAuthorize(AUDITORS)
    public List<Person> supervisors() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Set<Long> managing = everyone.stream().filter(p -> p.getLineManager() != null).map(p -> p.getLineManager().getId())
                .collect(Collectors.toSet());
        Set<Long> line = LineManagement.lineOf(me, everyone);
        boolean anyone = LineManagement.seesWholeService(me) || me.hasRole(Role.HEAD_OF_SERVICE);
        return everyone.stream().filter(p -> !p.equals(me) && managing.contains(p.getId()))
                .filter(p -> anyone || line.contains(p.getId())).toList();
    }

    /** The people a supervisor supervises (their direct reports). */
    @Transactional(readOnly = true)
    public List<Person> superviseesOf(long supervisorId) {
        return people.findByLineManagerId(supervisorId).stream().filter(Person::isActive)
                .sorted(java.util.Comparator.comparing(Person::getFullName)).toList();
    }

    @PreAuthorize(AUDITORS)
    public SupervisionAudit saveDraft(Long id, long version, AuditDraft d) {
        SupervisionAudit a = id == null ? new SupervisionAudit(currentUser.require(), clock.instant()) : editable(id, version);
        apply(a, d, false);
        return audits.saveAndFlush(a);
    }

    /** Completes the audit: every criterion graded with evidence, and an overall grade. The supervisor is told. */
    @PreAuthorize(AUDITORS)
    public SupervisionAudit complete(Long id, long version, AuditDraft d) {
        SupervisionAudit a = id == null ? new SupervisionAudit(currentUser.require(), clock.instant()) : editable(id, version);
        apply(a, d, true);
        a.complete(today());
        a = audits.saveAndFlush(a);
        events.publishEvent(NotificationEvent.to(a.getSupervisor().getId(), "Audit of your supervision: " + a.getOverall().label(),
                a.getAuditor().getFullName() + " has audited the supervision you gave " + a.getSupervisee().getFullName()
                        + " and will discuss it with you.", "supervision/" + a.getId(), "supervision"));
        return a;
    }

    /** The auditor records the reflective discussion with the supervisor. */
    public SupervisionAudit recordDiscussion(long id, long version, LocalDate on, String note) {
        SupervisionAudit a = audits.findById(id).orElseThrow();
        if (!SupervisionAccess.mayEdit(currentUser.require(), a)) {
            throw new AccessDeniedException("Only the auditor records the discussion");
        }
        checkVersion(a, version);
        var errors = new ValidationException.Collector();
        if (a.getStatus() != AuditStatus.COMPLETED) {
            errors.add("", "The discussion is recorded once, after the audit is completed.");
        }
        if (on == null) {
            errors.add("discussedOn", "Enter the date of the discussion.");
        } else if (on.isAfter(today())) {
            errors.add("discussedOn", "The date cannot be in the future.");
        } else if (a.getCompletedOn() != null && on.isBefore(a.getCompletedOn())) {
            errors.add("discussedOn", "The discussion cannot be before the audit was completed (" + Formats.date(a.getCompletedOn()) + ").");
        }
        if (note == null || note.isBlank()) {
            errors.add("discussionNote", "Note what was discussed and agreed.");
        }
        errors.maxLength("discussionNote", note, SupervisionAudit.NOTE_MAX, "the note");
        errors.throwIfAny();
        a.discussed(on, note.strip());
        events.publishEvent(NotificationEvent.to(a.getSupervisor().getId(), "Please acknowledge the audit of your supervision",
                "The discussion on " + Formats.date(on) + " is recorded. Read the note and acknowledge it.", "supervision/" + a.getId(),
                "supervision"));
        return audits.saveAndFlush(a);
    }

    /** The supervisor acknowledges the audit and the note of the discussion. */
    public SupervisionAudit acknowledge(long id, long version) {
        SupervisionAudit a = audits.findById(id).orElseThrow();
        if (!SupervisionAccess.mayAcknowledge(currentUser.require(), a)) {
            throw new AccessDeniedException("Only the supervisor acknowledges the audit of their supervision");
        }
        checkVersion(a, version);
        if (a.getStatus() != AuditStatus.DISCUSSED) {
            throw ValidationException.of("", "The audit can be acknowledged once the discussion is recorded.");
        }
        a.acknowledge(clock.instant());
        return audits.saveAndFlush(a);
    }

    /** An action from the audit's areas for development, owned by the supervisor, in the action tracker. */
    public org.sightline.kernel.actions.ActionItem raiseAction(long id, String title, LocalDate due) {
        SupervisionAudit a = audits.findById(id).orElseThrow();
        if (!SupervisionAccess.mayRaiseAction(currentUser.require(), a)) {
            throw new AccessDeniedException("Only the auditor raises actions from a completed supervision audit");
        }
        return actions.raise(new org.sightline.kernel.actions.NewAction(title, a.getDevelopment(), a.getSupervisor().getId(), due,
                "supervision", "Supervision audit, " + Formats.date(a.getCompletedOn()), "supervision/" + a.getId()));
    }

    /** Completed audits in a period, for service-wide figures (no names are shown from these). */
    @Transactional(readOnly = true)
    @PreAuthorize(RoleGroup.HAS_MANAGERS_AND_QA)
    public List<SupervisionAudit> completedIn(org.sightline.kernel.pdf.ReportPeriod period) {
        return audits.completed().stream().filter(a -> a.getCompletedOn() != null && period.contains(a.getCompletedOn())).toList();
    }

    @Transactional(readOnly = true)
    public List<SupervisionAudit> awaitingMyAcknowledgement() {
        return audits.findBySupervisorIdAndStatus(currentUser.require().getId(), AuditStatus.DISCUSSED);
    }

    private SupervisionAudit editable(long id, long version) {
        SupervisionAudit a = audits.findById(id).orElseThrow();
        if (!SupervisionAccess.mayEdit(currentUser.require(), a)) {
            throw new AccessDeniedException("Only the auditor can change the audit");
        }
        checkVersion(a, version);
        if (a.getStatus() != AuditStatus.DRAFT) {
            throw ValidationException.of("", "This audit is completed and can no longer be changed.");
        }
        return a;
    }

    private static void checkVersion(SupervisionAudit a, long version) {
        a.checkVersion(version);
    }

    private void apply(SupervisionAudit a, AuditDraft d, boolean complete) {
        Person me = currentUser.require();
        var errors = new ValidationException.Collector();
        Person supervisor = supervisor(d, me, errors);
        Person supervisee = supervisee(d, supervisor, errors);
        checkPeriod(d, errors);
        for (var e : d.answers().entrySet()) {
            errors.maxLength("evidence." + e.getKey().name(), e.getValue().getEvidence(), CriterionAnswer.EVIDENCE_MAX, "the evidence");
        }
        if (complete) {
            checkComplete(d, errors);
        }
        errors.throwIfAny();
        // The PSW auditing the supervision of an ASYE social worker is the monthly dip sample.
        boolean dip = supervisee.isAsye() && me.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
        a.record(new AuditDraft(d.supervisorId(), d.superviseeId(), d.periodFrom(), d.periodTo(), d.sourcePersonalFile(),
                d.sourceCaseRecords(), d.sessionsExpected(), d.sessionsHeld(), d.answers(), d.overall(), d.strengths(), d.development(),
                dip), supervisor, supervisee);
    }

    /** The supervisor audited: a manager in the auditor's line, never the auditor themself. */
    private Person supervisor(AuditDraft d, Person me, ValidationException.Collector errors) {
        if (d.supervisorId() == null) {
            errors.add("supervisor", "Choose the supervisor whose supervision you audited.");
            return null;
        }
        if (d.supervisorId().equals(me.getId())) {
            errors.add("supervisor", "You cannot audit your own supervision; choose the supervisor you audited.");
            return null;
        }
        Person supervisor = supervisors().stream().filter(p -> p.getId().equals(d.supervisorId())).findFirst().orElse(null);
        if (supervisor == null) {
            errors.add("supervisor", "You can audit the supervision of managers in your line only.");
        }
        return supervisor;
    }

    private Person supervisee(AuditDraft d, Person supervisor, ValidationException.Collector errors) {
        if (d.superviseeId() == null) {
            errors.add("supervisee", "Choose the supervisee whose supervision file you looked at.");
            return null;
        }
        if (supervisor == null) {
            return null;
        }
        Person supervisee = superviseesOf(supervisor.getId()).stream().filter(p -> p.getId().equals(d.superviseeId())).findFirst()
                .orElse(null);
        if (supervisee == null) {
            errors.add("supervisee", "Choose someone " + supervisor.getFullName() + " supervises.");
        }
        return supervisee;
    }

    private void checkPeriod(AuditDraft d, ValidationException.Collector errors) {
        if (d.periodFrom() == null) {
            errors.add("periodFrom", "Enter the start of the period reviewed.");
        }
        if (d.periodTo() == null) {
            errors.add("periodTo", "Enter the end of the period reviewed.");
        } else if (d.periodTo().isAfter(today())) {
            errors.add("periodTo", "The period reviewed cannot end in the future.");
        } else if (d.periodFrom() != null && d.periodTo().isBefore(d.periodFrom())) {
            errors.add("periodTo", "The end must be on or after the start.");
        }
        if (d.sessionsExpected() != null && (d.sessionsExpected() < 0 || d.sessionsExpected() > 60)) {
            errors.add("sessionsExpected", "Enter a number from 0 to 60.");
        }
        if (d.sessionsHeld() != null && (d.sessionsHeld() < 0 || d.sessionsHeld() > 60)) {
            errors.add("sessionsHeld", "Enter a number from 0 to 60.");
        }
    }

    /** What completing needs beyond a draft: the sources, every criterion graded with evidence, and the overall grade. */
    private static void checkComplete(AuditDraft d, ValidationException.Collector errors) {
        if (!d.sourcePersonalFile() && !d.sourceCaseRecords()) {
            errors.add("sources", "Say what you looked at: the personal supervision file, case records, or both.");
        }
        for (Criterion c : Criterion.values()) {
            CriterionAnswer ans = d.answers().get(c);
            if (ans == null || ans.getGrade() == null) {
                errors.add("grade." + c.name(), "Grade \"" + c.label() + "\".");
            } else if (ans.getEvidence() == null || ans.getEvidence().isBlank()) {
                errors.add("evidence." + c.name(), "Give the evidence for this grade.");
            }
        }
        if (d.overall() == null) {
            errors.add("overall", "Choose the overall grade.");
        }
    }
}
