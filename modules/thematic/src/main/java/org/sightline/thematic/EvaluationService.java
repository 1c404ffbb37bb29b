package org.sightline.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commissioning, the lifecycle from draft to closed, findings and recommendations, and follow-ups. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final TemplateRepository templates;
    private final CaseReviewRepository reviews;
    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ActionService actions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EvaluationService(EvaluationRepository evaluations, TemplateRepository templates, CaseReviewRepository reviews,
                             RecommendationRepository recommendations, EvidenceRepository evidence, PersonRepository people,
                             CurrentUser currentUser, ActionService actions, ApplicationEventPublisher events, Clock clock) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.people = people;
        this.currentUser = currentUser;
        this.actions = actions;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    public List<Evaluation> visible() {
        Person me = currentUser.require();
        return evaluations.findAllByOrderByReportDueOnDescIdDesc().stream().filter(e -> ThematicAccess.seesEvaluation(me, e)).toList();
    }

    @Transactional(readOnly = true)
    public Evaluation open(long id) {
        Evaluation e = evaluations.findById(id).orElseThrow(() -> new IllegalArgumentException("No evaluation " + id));
        if (!ThematicAccess.seesEvaluation(currentUser.require(), e)) {
            throw new AccessDeniedException("You may not read this evaluation");
        }
        return e;
    }

    @Transactional(readOnly = true)
    public boolean mayCommission() {
        return ThematicAccess.commissions(currentUser.require());
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Evaluation e) {
        return ThematicAccess.manages(currentUser.require(), e);
    }

    @Transactional(readOnly = true)
    public boolean seesCaseLevel(Evaluation e) {
        return ThematicAccess.seesCaseLevel(currentUser.require(), e);
    }

    /** People who can lead or audit: staff with a QA or management role. */
    @Transactional(readOnly = true)
    public List<Person> staff() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> !p.hasRole(Role.BOARD_MEMBER)
                && !p.hasRole(Role.COMPLAINTS_OFFICER)).toList();
    }

    /** Saves the terms of reference as a draft: only the title is needed so far. */
    @PreAuthorize(ThematicAccess.COMMISSIONERS)
    public Evaluation draft(TermsOfReference t) {
        var errors = new ValidationException.Collector();
        Resolved r = check(t, errors, false);
        errors.throwIfAny();
        Evaluation e = new Evaluation(currentUser.require(), clock.instant());
        e.apply(clean(t), r.lead(), r.auditors());
        return evaluations.saveAndFlush(e);
    }

    /** Creates and commissions in one step, once the terms of reference are complete; nothing is saved otherwise. */
    @PreAuthorize(ThematicAccess.COMMISSIONERS)
    public Evaluation commissionNew(TermsOfReference t) {
        var errors = new ValidationException.Collector();
        check(t, errors, true);
        errors.throwIfAny();
        Evaluation e = draft(t);
        return commission(e.getId(), e.getVersion(), t);
    }

    public Evaluation updateTerms(long id, long version, TermsOfReference t) {
        Evaluation e = load(id, version);
        requireManagerOrCommissioner(e);
        if (e.getStatus() != EvaluationStatus.DRAFT && e.getStatus() != EvaluationStatus.COMMISSIONED) {
            throw ValidationException.of("", "The terms of reference are fixed once fieldwork starts.");
        }
        var errors = new ValidationException.Collector();
        Resolved r = check(t, errors, e.getStatus() == EvaluationStatus.COMMISSIONED);
        errors.throwIfAny();
        e.apply(clean(t), r.lead(), r.auditors());
        return evaluations.saveAndFlush(e);
    }

    /** The terms of reference are complete: the evaluation is commissioned and the lead is told. */
    public Evaluation commission(long id, long version, TermsOfReference t) {
        Evaluation e = load(id, version);
        requireManagerOrCommissioner(e);
        if (e.getStatus() != EvaluationStatus.DRAFT) {
            throw ValidationException.of("", "This evaluation has already been commissioned.");
        }
        var errors = new ValidationException.Collector();
        Resolved r = check(t, errors, true);
        errors.throwIfAny();
        e.apply(clean(t), r.lead(), r.auditors());
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

    /** Fieldwork starts: the template in use is frozen, and the sample must be assigned. */
    public Evaluation startFieldwork(long id, long version) {
        Evaluation e = load(id, version);
        requireManager(e);
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
        Evaluation e = load(id, version);
        requireManager(e);
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
        Evaluation e = load(id, version);
        requireManager(e);
        if (e.getStatus() != EvaluationStatus.MODERATION && e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Findings are written during fieldwork and moderation; a report is not changed.");
        }
        var errors = new ValidationException.Collector();
        if (strengths != null && strengths.length() > 8000) {
            errors.add("strengths", "Keep this to 8,000 characters or fewer.");
        }
        if (weaknesses != null && weaknesses.length() > 8000) {
            errors.add("weaknesses", "Keep this to 8,000 characters or fewer.");
        }
        errors.throwIfAny();
        e.findings(Markup.clean(strengths), Markup.clean(weaknesses));
        return evaluations.saveAndFlush(e);
    }

    /** A recommendation is raised as a tracked action with its owner and due date. */
    public Recommendation recommend(long id, String text, Long ownerId, LocalDate due) {
        Evaluation e = evaluations.findById(id).orElseThrow();
        requireManager(e);
        if (e.getStatus() != EvaluationStatus.MODERATION && e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Recommendations are made before the evaluation is reported.");
        }
        if (text == null || text.isBlank()) {
            throw ValidationException.of("title", "Write the recommendation.");
        }
        if (text.length() > 1000) {
            throw ValidationException.of("title", "Keep the recommendation to 1,000 characters or fewer.");
        }
        if (ownerId == null) {
            throw ValidationException.of("owner", "Choose who owns the action.");
        }
        String clean = Markup.clean(text);
        ActionItem action = actions.raise(new NewAction(clean.length() > 200 ? clean.substring(0, 197) + "\u2026" : clean, clean, ownerId, due,
                "thematic", "Thematic evaluation: " + e.getTitle(), "thematic/" + e.getId()));
        return recommendations.saveAndFlush(new Recommendation(e, clean, action));
    }

    /** Reported: the findings and recommendations go to the board; the moderation chosen must be done. */
    public Evaluation report(long id, long version) {
        Evaluation e = load(id, version);
        requireManager(e);
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
        Evaluation e = load(id, version);
        requireManager(e);
        if (e.getStatus() != EvaluationStatus.REPORTED) {
            throw ValidationException.of("", "Only a reported evaluation can be closed.");
        }
        e.moveTo(EvaluationStatus.CLOSED);
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

    @Transactional(readOnly = true)
    public List<Recommendation> recommendations(Evaluation e) {
        List<Recommendation> all = recommendations.findByEvaluationIdOrderByIdAsc(e.getId());
        // The page shows each action's owner after this transaction ends.
        all.stream().filter(r -> r.getAction() != null).forEach(r -> org.hibernate.Hibernate.initialize(r.getAction().getOwner()));
        return all;
    }

    @Transactional(readOnly = true)
    public List<Evaluation> followUps(Evaluation e) {
        return evaluations.findByFollowUpOfId(e.getId());
    }

    @Transactional(readOnly = true)
    public List<Evidence> evidence(Evaluation e) {
        if (!ThematicAccess.seesCaseLevel(currentUser.require(), e) && !e.getAuditors().contains(currentUser.require())) {
            return List.of();
        }
        return evidence.findByEvaluationIdOrderByHeldOnAsc(e.getId());
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
        } else if (title.length() > 200) {
            errors.add("evidenceTitle", "Keep the title to 200 characters or fewer.");
        }
        if (heldOn == null) {
            errors.add("evidenceOn", "Enter the date.");
        } else if (heldOn.isAfter(today())) {
            errors.add("evidenceOn", "The date cannot be in the future.");
        }
        if (notes == null || notes.isBlank()) {
            errors.add("evidenceNotes", "Write the notes.");
        } else if (notes.length() > 8000) {
            errors.add("evidenceNotes", "Keep the notes to 8,000 characters or fewer.");
        }
        errors.throwIfAny();
        return evidence.saveAndFlush(new Evidence(e, method, title.strip(), heldOn, Markup.clean(notes), me));
    }

    private record Resolved(Person lead, Set<Person> auditors) {
    }

    private Resolved check(TermsOfReference t, ValidationException.Collector errors, boolean complete) {
        if (t.title() == null || t.title().isBlank()) {
            errors.add("title", "Give the evaluation a title.");
        } else if (t.title().length() > 200) {
            errors.add("title", "Keep the title to 200 characters or fewer.");
        }
        for (var f : java.util.Map.of("theme", nz(t.theme()), "board", nz(t.board())).entrySet()) {
            if (f.getValue().length() > 200) {
                errors.add(f.getKey(), "Keep this to 200 characters or fewer.");
            }
        }
        for (var f : java.util.Map.of("why", nz(t.why()), "whyNow", nz(t.whyNow()), "scope", nz(t.scope()), "criteria", nz(t.criteria()))
                .entrySet()) {
            if (f.getValue().length() > 8000) {
                errors.add(f.getKey(), "Keep this to 8,000 characters or fewer.");
            }
        }
        if (t.moderationPercent() < 0 || t.moderationPercent() > 100) {
            errors.add("moderationPercent", "Enter a share between 0 and 100 per cent.");
        }
        Person lead = t.leadId() == null ? null : people.findById(t.leadId()).orElse(null);
        Set<Person> auditors = new HashSet<>(people.findAllById(t.auditorIds() == null ? Set.of() : t.auditorIds()));
        if (complete) {
            if (blank(t.board())) {
                errors.add("board", "Name the board commissioning the evaluation.");
            }
            if (t.commissionedOn() == null) {
                errors.add("commissionedOn", "Enter the date the board commissioned it.");
            }
            if (blank(t.why())) {
                errors.add("why", "Say why the evaluation is commissioned.");
            }
            if (blank(t.whyNow())) {
                errors.add("whyNow", "Say why it needs looking at now.");
            }
            if (blank(t.scope())) {
                errors.add("scope", "Set out the scope: which children, teams and period.");
            }
            if (blank(t.criteria())) {
                errors.add("criteria", "Say what it measures against: legislation, local policy and procedures, family feedback.");
            }
            if (lead == null) {
                errors.add("lead", "Choose who leads the evaluation.");
            }
            if (t.methods() == null || t.methods().isEmpty()) {
                errors.add("methods", "Choose at least one method.");
            }
            if (t.startOn() == null) {
                errors.add("startOn", "Enter the start date.");
            }
            if (t.fieldworkEndOn() == null) {
                errors.add("fieldworkEndOn", "Enter the date fieldwork ends.");
            }
            if (t.reportDueOn() == null) {
                errors.add("reportDueOn", "Enter the date the report is due.");
            }
        }
        if (t.startOn() != null && t.fieldworkEndOn() != null && t.fieldworkEndOn().isBefore(t.startOn())) {
            errors.add("fieldworkEndOn", "Fieldwork cannot end before the evaluation starts.");
        }
        if (t.fieldworkEndOn() != null && t.reportDueOn() != null && t.reportDueOn().isBefore(t.fieldworkEndOn())) {
            errors.add("reportDueOn", "The report cannot be due before fieldwork ends.");
        }
        return new Resolved(lead, auditors);
    }

    private static TermsOfReference clean(TermsOfReference t) {
        return new TermsOfReference(t.title().strip(), strip(t.theme()), strip(t.board()), t.commissionedOn(), Markup.clean(t.why()),
                Markup.clean(t.whyNow()), Markup.clean(t.scope()), Markup.clean(t.criteria()), t.leadId(), t.auditorIds(), t.methods(),
                t.startOn(), t.fieldworkEndOn(), t.reportDueOn(), t.moderationPercent());
    }

    private Evaluation load(long id, long version) {
        Evaluation e = evaluations.findById(id).orElseThrow(() -> new IllegalArgumentException("No evaluation " + id));
        e.checkVersion(version);
        return e;
    }

    private void requireManager(Evaluation e) {
        if (!ThematicAccess.manages(currentUser.require(), e)) {
            throw new AccessDeniedException("Only the lead and the QA team run an evaluation");
        }
    }

    private void requireManagerOrCommissioner(Evaluation e) {
        Person me = currentUser.require();
        if (!ThematicAccess.manages(me, e) && !(ThematicAccess.commissions(me) && me.equals(e.getCreatedBy()))) {
            throw new AccessDeniedException("Only the commissioner, the lead and the QA team change the terms of reference");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
