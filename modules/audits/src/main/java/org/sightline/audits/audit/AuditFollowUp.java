package org.sightline.audits.audit;

import java.time.Clock;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After an audit completes: for one graded inadequate, the Head of Service's oversight and the
 * six-week review; for every audit, the practitioner's own reflection on the audit of their case.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER') or hasRole('ADMINISTRATOR')")
public class AuditFollowUp {

    private final CaseAuditRepository audits;
    private final CurrentUser currentUser;
    private final Clock clock;

    public AuditFollowUp(CaseAuditRepository audits, CurrentUser currentUser, Clock clock) {
        this.audits = audits;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The Head of Service's oversight of an inadequate audit. */
    @Transactional
    public CaseAudit recordOversight(long auditId, long expectedVersion, String text) {
        CaseAudit audit = forFollowUp(auditId, expectedVersion);
        if (!mayRecordOversight(audit)) {
            throw new AccessDeniedException("Only a Head of Service records oversight");
        }
        if (blank(text)) {
            throw ValidationException.of("oversight", "Record your oversight and comment.");
        }
        new ValidationException.Collector().maxLength("oversight", text, CaseAudit.OVERSIGHT_MAX, "it").throwIfAny();
        audit.recordOversight(currentUser.require(), text.strip(), clock.instant());
        return audits.saveAndFlush(audit);
    }

    /** The six-week review of an inadequate audit: by the Head of Service, the QA team or the lead auditor. */
    @Transactional
    public CaseAudit recordReview(long auditId, long expectedVersion, String note) {
        CaseAudit audit = forFollowUp(auditId, expectedVersion);
        if (!mayRecordReview(audit)) {
            throw new AccessDeniedException("You cannot record this review");
        }
        if (blank(note)) {
            throw ValidationException.of("review", "Say what the review found.");
        }
        new ValidationException.Collector().maxLength("review", note, CaseAudit.REVIEW_NOTE_MAX, "it").throwIfAny();
        audit.recordReview(note.strip(), clock.instant());
        return audits.saveAndFlush(audit);
    }

    /** The practitioner's reflection on a completed audit of their case. */
    @Transactional
    public CaseAudit reflect(long auditId, long expectedVersion, String text) {
        CaseAudit audit = audits.findDetailed(auditId).orElseThrow();
        audit.checkVersion(expectedVersion);
        if (!mayReflect(audit)) {
            throw new AccessDeniedException("Only the practitioner adds a reflection, once the audit is complete");
        }
        if (blank(text)) {
            throw ValidationException.of("reflection", "Write your reflection before saving.");
        }
        new ValidationException.Collector().maxLength("reflection", text, CaseAudit.REFLECTION_MAX, "it").throwIfAny();
        audit.reflect(text.strip(), clock.instant());
        return audits.saveAndFlush(audit);
    }

    public boolean mayRecordOversight(CaseAudit audit) {
        return AuditAccess.mayRecordOversight(currentUser.require(), audit);
    }

    public boolean mayRecordReview(CaseAudit audit) {
        return AuditAccess.mayRecordReview(currentUser.require(), audit);
    }

    public boolean mayReflect(CaseAudit audit) {
        return AuditAccess.mayReflect(currentUser.require(), audit);
    }

    public long inadequateFollowUpsOpen() {
        return audits.countInadequateFollowUpsOpen();
    }

    private CaseAudit forFollowUp(long auditId, long expectedVersion) {
        CaseAudit audit = audits.findDetailed(auditId).orElseThrow();
        audit.checkVersion(expectedVersion);
        if (!audit.isInadequate()) {
            throw ValidationException.of("", "Only an audit graded inadequate has this follow-up.");
        }
        return audit;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
