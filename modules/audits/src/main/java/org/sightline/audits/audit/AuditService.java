package org.sightline.audits.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sightline.audits.template.TemplateDomain;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case audits as the auditors work them: listing what each person may see, and the lead's and
 * peer's independent drafts and submissions. Moderation is {@link Moderation}; what follows the
 * final grades, {@link AuditCompletion}. Board members never reach this service.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class AuditService {

    private final CaseAuditRepository audits;
    private final AssessmentRepository assessments;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final org.sightline.kernel.people.ServiceAreaScope serviceAreas;
    private final AuditCompletion completion;

    public AuditService(CaseAuditRepository audits, AssessmentRepository assessments, CurrentUser currentUser, AuditTrail auditTrail,
                        Clock clock, org.sightline.kernel.people.ServiceAreaScope serviceAreas, AuditCompletion completion) {
        this.serviceAreas = serviceAreas;
        this.completion = completion;
        this.audits = audits;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    public Page<CaseAudit> search(AuditScope scope, AuditStatus status, String reference, Pageable page) {
        Person me = currentUser.require();
        boolean all = me.getRoles().stream().anyMatch(AuditAccess.ALL::contains);
        if (scope == AuditScope.MODERATION) {
            requireModerator(me);
            status = AuditStatus.AWAITING_MODERATION;
        }
        Long teamId = me.hasRole(Role.TEAM_MANAGER) && me.getTeam() != null ? me.getTeam().getId() : null;
        Set<Long> areas = scope == AuditScope.TO_COMPLETE ? Set.of() : serviceAreas.managedBy(me);
        boolean practitioner = me.hasRole(Role.PRACTITIONER);
        String text = reference == null || reference.isBlank() ? null : "%" + reference.strip().toLowerCase(Locale.ROOT) + "%";
        if (all && scope != AuditScope.TO_COMPLETE && text == null) {
            Page<Long> ids = status == null ? audits.allIds(page) : audits.idsWithStatus(status, page);
            java.util.Map<Long, CaseAudit> rows = new java.util.HashMap<>();
            audits.findForList(ids.getContent()).forEach(a -> rows.put(a.getId(), a));
            return ids.map(rows::get);
        }
        return audits.search(all && scope != AuditScope.TO_COMPLETE, me.getId(), scope == AuditScope.TO_COMPLETE ? null : teamId,
                !areas.isEmpty(), areas.isEmpty() ? Set.of(-1L) : areas, practitioner && scope == AuditScope.VISIBLE, status,
                scope == AuditScope.TO_COMPLETE, null, text, page);
    }

    /** The audit for reading or editing; its child-level detail is recorded as viewed. */
    public CaseAudit open(long id) {
        CaseAudit audit = audits.findDetailed(id).orElseThrow(() -> new IllegalArgumentException("No audit " + id));
        if (!maySee(audit, currentUser.require())) {
            throw new AccessDeniedException("You cannot see this audit");
        }
        audit.getAssessments().forEach(a -> a.getDomains().size());
        audit.getFinalDomains();
        auditTrail.viewedChildDetail("audits", "CaseAudit", audit.getId(), "Case audit of " + audit.getCaseRecord().getReference());
        return audit;
    }

    public List<TemplateDomain> domains(CaseAudit audit) {
        return audit.getTemplate().getDomains();
    }

    /** The signed-in person's own assessment of this audit, if they are one of its auditors. */
    public java.util.Optional<Assessment> myAssessment(CaseAudit audit) {
        Person me = currentUser.require();
        return audit.roleOf(me).flatMap(audit::assessment);
    }

    /**
     * The other auditor's assessment, only once both have submitted: lead and peer grade
     * independently.
     */
    public java.util.Optional<Assessment> otherAssessment(CaseAudit audit) {
        Person me = currentUser.require();
        var role = audit.roleOf(me);
        boolean bothIn = audit.getAssessments().stream().allMatch(Assessment::isSubmitted);
        if (role.isEmpty() || !bothIn) {
            return java.util.Optional.empty();
        }
        return audit.assessment(role.get() == AuditorRole.LEAD ? AuditorRole.PEER : AuditorRole.LEAD);
    }

    /** Whether both assessments may be shown side by side (moderators, after both submitted). */
    public boolean mayModerate(CaseAudit audit) {
        return AuditAccess.mayModerate(currentUser.require(), audit);
    }

    /** Saves the auditor's work as a draft; returns the new version for the next save. */
    @Transactional
    public long saveDraft(long assessmentId, long expectedVersion, AssessmentDraft draft) {
        Assessment a = ownOpenAssessment(assessmentId, expectedVersion);
        checkLengths(draft);
        a.apply(draft, clock.instant());
        a.getAudit().started();
        assessments.saveAndFlush(a);
        return a.getVersion();
    }

    /** Submits the auditor's assessment; when both are in, the audit is agreed or goes to moderation. */
    @Transactional
    public CaseAudit submit(long assessmentId, long expectedVersion, AssessmentDraft draft) {
        Assessment a = ownOpenAssessment(assessmentId, expectedVersion);
        checkLengths(draft);
        List<TemplateDomain> domains = a.getAudit().getTemplate().getDomains();
        ValidationException.Collector errors = new ValidationException.Collector();
        List<String> ungraded = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            if (i >= draft.domains().size() || draft.domains().get(i).getGrade() == null) {
                ungraded.add(domains.get(i).getName());
                errors.add("domain." + i + ".grade", "Choose a grade for " + domains.get(i).getName() + ".");
            }
        }
        if (!ungraded.isEmpty()) {
            errors.add("", "Grade every domain before submitting. Still to grade: " + String.join(", ", ungraded) + ".");
        }
        if (draft.overallGrade() == null) {
            errors.add("overallGrade", "Choose an overall grade.");
        }
        if (blank(draft.overallRationale())) {
            errors.add("overallRationale", "Explain the overall grade.");
        }
        if (blank(draft.childFeedback()) && blank(draft.childFeedbackReason())) {
            errors.add("childFeedback", "Record the child's feedback, or why it was not possible.");
        }
        if (blank(draft.parentFeedback()) && blank(draft.parentFeedbackReason())) {
            errors.add("parentFeedback", "Record the parent's or carer's feedback, or why it was not possible.");
        }
        // Refused submissions change nothing: the form keeps what was typed, and drafts are
        // already saved as the auditor works.
        errors.throwIfAny();
        a.apply(draft, clock.instant());
        a.submit(clock.instant());
        CaseAudit audit = a.getAudit();
        audit.started();
        if (audit.getAssessments().stream().allMatch(Assessment::isSubmitted)) {
            audit.bothSubmitted(clock.instant());
            if (audit.getStatus() == AuditStatus.COMPLETE) {
                completion.completed(audit);
            }
        }
        assessments.saveAndFlush(a);
        return audit;
    }

    public long toCompleteCount() {
        return currentUser.person().map(p -> audits.countToComplete(p.getId())).orElse(0L);
    }

    public long moderationQueueCount() {
        return audits.countByStatus(AuditStatus.AWAITING_MODERATION);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Assessment ownOpenAssessment(long assessmentId, long expectedVersion) {
        Assessment a = assessments.findById(assessmentId).orElseThrow(() -> new IllegalArgumentException("No assessment " + assessmentId));
        if (!a.getAuditor().getId().equals(currentUser.require().getId())) {
            throw new AccessDeniedException("This is another auditor's assessment");
        }
        a.checkVersion(expectedVersion);
        if (a.isSubmitted()) {
            throw ValidationException.of("", "You have already submitted this audit.");
        }
        return a;
    }

    private boolean maySee(CaseAudit audit, Person me) {
        return AuditAccess.maySee(me, audit, serviceAreas.managedBy(me));
    }

    private void requireModerator(Person me) {
        if (!AuditAccess.isModerator(me)) {
            throw new AccessDeniedException("Only moderators see the moderation queue");
        }
    }

    private static void checkLengths(AssessmentDraft d) {
        ValidationException.Collector errors = new ValidationException.Collector();
        for (int i = 0; i < d.domains().size(); i++) {
            DomainAnswer a = d.domains().get(i);
            errors.maxLength("domain." + i + ".evidence", a.getEvidence(), DomainAnswer.EVIDENCE_MAX, "the evidence");
            errors.maxLength("domain." + i + ".workingWell", a.getWorkingWell(), DomainAnswer.NOTE_MAX, "this");
            errors.maxLength("domain." + i + ".worries", a.getWorries(), DomainAnswer.NOTE_MAX, "this");
        }
        errors.maxLength("overallRationale", d.overallRationale(), Assessment.RATIONALE_MAX, "the rationale");
        errors.maxLength("reflection", d.practitionerReflection(), Assessment.REFLECTION_MAX, "the reflective discussion");
        errors.maxLength("childFeedback", d.childFeedback(), Assessment.FEEDBACK_MAX, "the feedback");
        errors.maxLength("childFeedbackReason", d.childFeedbackReason(), Assessment.REASON_MAX, "the reason");
        errors.maxLength("parentFeedback", d.parentFeedback(), Assessment.FEEDBACK_MAX, "the feedback");
        errors.maxLength("parentFeedbackReason", d.parentFeedbackReason(), Assessment.REASON_MAX, "the reason");
        errors.maxLength("proposedActions", d.proposedActions(), Assessment.PROPOSED_ACTIONS_MAX, "the proposed actions");
        errors.throwIfAny();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
