package org.sightline.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commissioned evaluation's work: fieldwork started on a frozen template, moderation chosen,
 * findings, recommendations as tracked actions, evidence from other methods, reporting and closing.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EvaluationLifecycle {

    private final EvaluationRepository evaluations;
    private final TemplateRepository templates;
    private final CaseReviewRepository reviews;
    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;
    private final CurrentUser currentUser;
    private final ActionService actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EvaluationLifecycle(EvaluationRepository evaluations, TemplateRepository templates, CaseReviewRepository reviews, RecommendationRepository recommendations, EvidenceRepository evidence, CurrentUser currentUser, ActionService actions, ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.currentUser = currentUser;
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    /** Fieldwork starts: the template in use is frozen, and the sample must be assigned. */
    public Evaluation startFieldwork(long id, long version) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManager(currentUser.require(), e);
        var errors = new ValidationException.Collector();
        if (e.getStatus() != EvaluationStatus.COMMISSIONED) {
            errors.add("", "Fieldwork starts once the evaluation is commissioned.");
        }
        Template current = templates.findFirstByEvaluationIdOrderByVersionNoDesc(e.getId()).orElse(null);
        if (current == null || current.getQuestions().isEmpty()) {
            errors.add("", "Build the question template before fieldwork starts.");
        }
        List<CaseReview> sample = reviews.findByEvaluationIdOrderByIdAsc(e.getId());
        if (sample.isEmpty() && e.getMethods().contains(Method.BESPOKE_TEMPLATE)) {
            errors.add("", "Choose the sample of cases before fieldwork starts.");
        } else if (sample.stream().anyMatch(r -> r.getAuditor() == null)) {
            errors.add("", "Assign every sampled case to an auditor before fieldwork starts.");
        }
        errors.throwIfAny();
        current.freeze(clock.instant());
        e.moveTo(EvaluationStatus.FIELDWORK);
        sample.stream().map(CaseReview::getAuditor).distinct().forEach(a -> events.publishEvent(NotificationEvent.to(a.getId(),
                "Cases to review: " + e.getTitle(), "Fieldwork has started. Answer the evaluation's questions for each case assigned to you by "
                        + Formats.date(e.getFieldworkEndOn()) + ".", "thematic/" + e.getId(), "thematic")));
        return evaluations.saveAndFlush(e);
    }

    /** Fieldwork ends: a share of the submitted reviews is chosen for moderation. */
    public Evaluation startModeration(long id, long version) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManager(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Moderation follows fieldwork.");
        }
        List<CaseReview> submitted = reviews.findByEvaluationIdOrderByIdAsc(e.getId()).stream().filter(CaseReview::isSubmitted).toList();
        if (submitted.isEmpty() && e.getMethods().contains(Method.BESPOKE_TEMPLATE)) {
            throw ValidationException.of("", "No case review has been submitted yet.");
        }
        int share = (int) Math.ceil(submitted.size() * e.getModerationPercent() / 100.0);
        List<CaseReview> shuffled = new java.util.ArrayList<>(submitted);
        // Seeded by the evaluation, so the choice is the same however often it is asked.
        java.util.Collections.shuffle(shuffled, new Random(e.getId()));
        shuffled.stream().limit(Math.max(share, submitted.isEmpty() ? 0 : 1)).forEach(r -> r.chooseForModeration(true));
        e.moveTo(EvaluationStatus.MODERATION);
        return evaluations.saveAndFlush(e);
    }

    public Evaluation saveFindings(long id, long version, String strengths, String weaknesses) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManager(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.MODERATION && e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Findings are written during fieldwork and moderation; a report is not changed.");
        }
        var errors = new ValidationException.Collector();
        errors.maxLength("strengths", strengths, Evaluation.TEXT_MAX, "this");
        errors.maxLength("weaknesses", weaknesses, Evaluation.TEXT_MAX, "this");
        errors.throwIfAny();
        e.findings(Markup.clean(strengths), Markup.clean(weaknesses));
        return evaluations.saveAndFlush(e);
    }

    /** A recommendation is raised as a tracked action with its owner and due date. */
    public Recommendation recommend(long id, String text, Long ownerId, LocalDate due) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        ThematicAccess.requireManager(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.MODERATION && e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Recommendations are made before the evaluation is reported.");
        }
        if (text == null || text.isBlank()) {
            throw ValidationException.of("title", "Write the recommendation.");
        }
        new ValidationException.Collector().maxLength("title", text, Recommendation.TEXT_MAX, "the recommendation").throwIfAny();
        if (ownerId == null) {
            throw ValidationException.of("owner", "Choose who owns the action.");
        }
        String clean = Markup.clean(text);
        ActionItem action = actions.raise(new NewAction(clean.length() > ActionItem.TITLE_MAX ? clean.substring(0, ActionItem.TITLE_MAX - 3) + "\u2026" : clean, clean, ownerId, due,
                "thematic", "Thematic evaluation: " + e.getTitle(), "thematic/" + e.getId()));
        return recommendations.saveAndFlush(new Recommendation(e, clean, action));
    }

    /** Reported: the findings and recommendations go to the board; the moderation chosen must be done. */
    public Evaluation report(long id, long version) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManager(currentUser.require(), e);
        var errors = new ValidationException.Collector();
        if (e.getStatus() != EvaluationStatus.MODERATION) {
            errors.add("", "An evaluation is reported after moderation.");
        }
        if (e.getStrengths() == null || e.getStrengths().isBlank()) {
            errors.add("strengths", "Write the strengths found before reporting.");
        }
        if (e.getWeaknesses() == null || e.getWeaknesses().isBlank()) {
            errors.add("weaknesses", "Write the weaknesses and risks found before reporting.");
        }
        if (recommendations.findByEvaluationIdOrderByIdAsc(e.getId()).isEmpty()) {
            errors.add("title", "Make at least one recommendation before reporting.");
        }
        long waiting = reviews.findByEvaluationIdOrderByIdAsc(e.getId()).stream().filter(r -> r.isForModeration() && !r.isModerated()).count();
        if (waiting > 0) {
            errors.add("", waiting + (waiting == 1 ? " case review chosen for moderation has" : " case reviews chosen for moderation have")
                    + " not been moderated yet.");
        }
        errors.throwIfAny();
        e.reported(clock.instant());
        return evaluations.saveAndFlush(e);
    }

    public Evaluation close(long id, long version) {
        Evaluation e = evaluations.atVersion(id, version);
        ThematicAccess.requireManager(currentUser.require(), e);
        if (e.getStatus() != EvaluationStatus.REPORTED) {
            throw ValidationException.of("", "Only a reported evaluation can be closed.");
        }
        e.moveTo(EvaluationStatus.CLOSED);
        return evaluations.saveAndFlush(e);
    }

    /** Notes from an interview, focus group or other method, kept with the evaluation. */
    public Evidence addEvidence(long id, Method method, String title, LocalDate heldOn, String notes) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        Person me = currentUser.require();
        if (!ThematicAccess.manages(me, e) && !e.getAuditors().contains(me)) {
            throw new AccessDeniedException("Only the lead, the auditors and the QA team add evidence");
        }
        var errors = new ValidationException.Collector();
        if (method == null) {
            errors.add("evidenceMethod", "Choose the method.");
        }
        if (title == null || title.isBlank()) {
            errors.add("evidenceTitle", "Give the record a title, e.g. \"Focus group with the Assessment Team\".");
        } else {
            errors.maxLength("evidenceTitle", title, Evidence.TITLE_MAX, "the title");
        }
        if (heldOn == null) {
            errors.add("evidenceOn", "Enter the date.");
        } else if (heldOn.isAfter(LocalDate.now(clock))) {
            errors.add("evidenceOn", "The date cannot be in the future.");
        }
        if (notes == null || notes.isBlank()) {
            errors.add("evidenceNotes", "Write the notes.");
        } else {
            errors.maxLength("evidenceNotes", notes, Evidence.NOTES_MAX, "the notes");
        }
        errors.throwIfAny();
        return evidence.saveAndFlush(new Evidence(e, method, title.strip(), heldOn, Markup.clean(notes), me));
    }
}
