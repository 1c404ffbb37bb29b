package org.sightline.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commissioning a thematic evaluation: terms of reference drafted, completed and commissioned
 * (the lead and auditors told), changed until fieldwork starts, and follow-ups to test impact.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class Commissioning {

    private final EvaluationRepository evaluations;
    private final TemplateRepository templates;
    private final TermsOfReferenceCheck terms;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Commissioning(EvaluationRepository evaluations, TemplateRepository templates, TermsOfReferenceCheck terms, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.terms = terms;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Saves the terms of reference as a draft: only the title is needed so far. */
    @PreAuthorize(ThematicAccess.COMMISSIONERS)
    public Evaluation draft(TermsOfReference t) {
        var errors = new ValidationException.Collector();
        TermsOfReferenceCheck.Resolved r = terms.check(t, errors, false);
        errors.throwIfAny();
        Evaluation e = new Evaluation(currentUser.require(), clock.instant());
        e.apply(TermsOfReferenceCheck.clean(t), r.lead(), r.auditors());
        return evaluations.saveAndFlush(e);
    }

    /** Creates and commissions in one step, once the terms of reference are complete; nothing is saved otherwise. */
    @PreAuthorize(ThematicAccess.COMMISSIONERS)
    public Evaluation commissionNew(TermsOfReference t) {
        var errors = new ValidationException.Collector();
        terms.check(t, errors, true);
        errors.throwIfAny();
        Evaluation e = draft(t);
        return commission(e.getId(), e.getVersion(), t);
    }

    public Evaluation updateTerms(long id, long version, TermsOfReference t) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManagerOrCommissioner(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.DRAFT && e.getStatus() != EvaluationStatus.COMMISSIONED) {
            throw ValidationException.of("", "The terms of reference are fixed once fieldwork starts.");
        }
        var errors = new ValidationException.Collector();
        TermsOfReferenceCheck.Resolved r = terms.check(t, errors, e.getStatus() == EvaluationStatus.COMMISSIONED);
        errors.throwIfAny();
        e.apply(TermsOfReferenceCheck.clean(t), r.lead(), r.auditors());
        return evaluations.saveAndFlush(e);
    }

    /** The terms of reference are complete: the evaluation is commissioned and the lead is told. */
    public Evaluation commission(long id, long version, TermsOfReference t) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManagerOrCommissioner(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.DRAFT) {
            throw ValidationException.of("", "This evaluation has already been commissioned.");
        }
        var errors = new ValidationException.Collector();
        TermsOfReferenceCheck.Resolved r = terms.check(t, errors, true);
        errors.throwIfAny();
        e.apply(TermsOfReferenceCheck.clean(t), r.lead(), r.auditors());
        e.moveTo(EvaluationStatus.COMMISSIONED);
        Set<Long> told = new HashSet<>();
        told.add(r.lead().getId());
        r.auditors().forEach(a -> told.add(a.getId()));
        events.publishEvent(NotificationEvent.to(told, "Thematic evaluation commissioned: " + e.getTitle(),
                "Commissioned by " + e.getBoard() + " on " + Formats.date(e.getCommissionedOn()) + ", led by " + r.lead().getFullName()
                        + ". Fieldwork from " + Formats.date(e.getStartOn()) + " to " + Formats.date(e.getFieldworkEndOn())
                        + "; report due " + Formats.date(e.getReportDueOn()) + ".", "thematic/" + e.getId(), "thematic"));
        return evaluations.saveAndFlush(e);
    }

    /**
     * The board commissions a follow-up to test the impact: a new draft linked to this one, starting
     * from the same questions so the two can be compared.
     */
    @PreAuthorize(ThematicAccess.COMMISSIONERS)
    public Evaluation commissionFollowUp(long id) {
        Evaluation original = evaluations.findById(id).orElseThrow();
        if (!original.getStatus().isReported()) {
            throw ValidationException.of("", "A follow-up is commissioned once the evaluation has reported.");
        }
        TermsOfReference t = original.terms();
        Evaluation e = new Evaluation(currentUser.require(), clock.instant());
        e.apply(new TermsOfReference("Follow-up: " + original.getTitle(), original.getTheme(), original.getBoard(), null,
                "To test the impact of the changes made after the evaluation reported on " + Formats.date(LocalDate.ofInstant(
                        original.getReportedAt(), Formats.UK)) + ".", null, original.getScope(), original.getCriteria(), t.leadId(),
                t.auditorIds(), t.methods(), null, null, null, original.getModerationPercent()), original.getLead(), original.getAuditors());
        e.followUpOf(original);
        Evaluation saved = evaluations.saveAndFlush(e);
        templates.findFirstByEvaluationIdOrderByVersionNoDesc(original.getId()).ifPresent(last -> {
            Template copy = new Template(saved, 1);
            copy.replaceQuestions(last.getQuestions().stream().map(Question::draft).toList());
            templates.saveAndFlush(copy);
        });
        return saved;
    }
}
