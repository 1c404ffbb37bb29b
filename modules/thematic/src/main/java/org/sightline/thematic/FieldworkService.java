package org.sightline.thematic;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sample, its assignment to auditors, the auditors' answers and moderation. */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class FieldworkService {

    /** Reviews per auditor by status, for the progress table. */
    public record Progress(Person auditor, long assigned, long inProgress, long submitted) {
    }

    private final CaseReviewRepository reviews;
    private final EvaluationRepository evaluations;
    private final TemplateRepository templates;
    private final CaseRepository cases;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Clock clock;

    public FieldworkService(CaseReviewRepository reviews, EvaluationRepository evaluations, TemplateRepository templates, CaseRepository cases,
                            PersonRepository people, CurrentUser currentUser, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.evaluations = evaluations;
        this.templates = templates;
        this.cases = cases;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sample: every case for the lead and QA; an auditor's own; nothing for others. */
    @Transactional(readOnly = true)
    public List<CaseReview> sample(Evaluation e) {
        Person me = currentUser.require();
        List<CaseReview> all = reviews.findByEvaluationIdOrderByIdAsc(e.getId());
        List<CaseReview> mine = ThematicAccess.seesCaseLevel(me, e) ? all
                : all.stream().filter(r -> me.equals(r.getAuditor()) || r.isForModeration() && ThematicAccess.moderates(me)).toList();
        if (!mine.isEmpty()) {
            // The sample names children's cases: whoever reads it is in the audit trail.
            audit.viewedChildDetail("thematic", "Evaluation", e.getId(), "Sample of \"" + e.getTitle() + "\": " + mine.size()
                    + (mine.size() == 1 ? " case" : " cases"));
        }
        return mine;
    }

    /** Case reviews assigned to me in evaluations in fieldwork. */
    @Transactional(readOnly = true)
    public List<CaseReview> mine() {
        return reviews.findByAuditorIdOrderByIdAsc(currentUser.require().getId()).stream()
                .filter(r -> r.getEvaluation().getStatus() == EvaluationStatus.FIELDWORK).toList();
    }

    /** Reviews chosen for moderation, waiting for the PSW or Head of QA. */
    @Transactional(readOnly = true)
    public List<CaseReview> moderationQueue() {
        Person me = currentUser.require();
        if (!ThematicAccess.moderates(me)) {
            return List.of();
        }
        return evaluations.findAll().stream().filter(e -> e.getStatus() == EvaluationStatus.MODERATION)
                .flatMap(e -> reviews.findByEvaluationIdOrderByIdAsc(e.getId()).stream())
                .filter(r -> r.isForModeration() && !r.isModerated() && !me.equals(r.getAuditor())).toList();
    }

    @Transactional(readOnly = true)
    public List<Progress> progress(Evaluation e) {
        Map<Person, long[]> counts = new LinkedHashMap<>();
        for (CaseReview r : reviews.findByEvaluationIdOrderByIdAsc(e.getId())) {
            if (r.getAuditor() == null) {
                continue;
            }
            long[] c = counts.computeIfAbsent(r.getAuditor(), k -> new long[3]);
            c[r.getStatus().ordinal()]++;
        }
        List<Progress> out = new ArrayList<>();
        counts.forEach((p, c) -> out.add(new Progress(p, c[0] + c[1] + c[2], c[1], c[2])));
        out.sort(java.util.Comparator.comparing(p -> p.auditor().getFullName()));
        return out;
    }

    /** Adds up to {@code count} cases matching the criteria, at random, not already in the sample. */
    public List<CaseReview> sampleByCriteria(long evaluationId, Team team, LevelOfNeed level, Boolean open, int count) {
        Evaluation e = managed(evaluationId);
        if (count < 1 || count > 100) {
            throw ValidationException.of("count", "Choose between 1 and 100 cases.");
        }
        List<CaseRecord> candidates = new ArrayList<>(cases.findAll().stream()
                .filter(c -> team == null || team.equals(c.getTeam()))
                .filter(c -> level == null || level == c.getLevelOfNeed())
                .filter(c -> open == null || open == c.isOpen())
                .filter(c -> !reviews.existsByEvaluationIdAndCaseRecordId(e.getId(), c.getId()))
                .toList());
        if (candidates.isEmpty()) {
            throw ValidationException.of("count", "No cases not already in the sample match these criteria.");
        }
        candidates.sort(java.util.Comparator.comparing(CaseRecord::getId));
        Collections.shuffle(candidates, new Random(clock.millis()));
        List<CaseReview> added = new ArrayList<>();
        for (CaseRecord c : candidates.subList(0, Math.min(count, candidates.size()))) {
            added.add(reviews.save(new CaseReview(e, c)));
        }
        reviews.flush();
        return added;
    }

    public CaseReview addCase(long evaluationId, String reference) {
        Evaluation e = managed(evaluationId);
        if (reference == null || reference.isBlank()) {
            throw ValidationException.of("caseReference", "Enter the case reference.");
        }
        CaseRecord c = cases.findByReferenceIgnoreCase(reference.strip())
                .orElseThrow(() -> ValidationException.of("caseReference", "No case has the reference \"" + reference.strip() + "\"."));
        if (reviews.existsByEvaluationIdAndCaseRecordId(e.getId(), c.getId())) {
            throw ValidationException.of("caseReference", "That case is already in the sample.");
        }
        return reviews.saveAndFlush(new CaseReview(e, c));
    }

    public void removeCase(long reviewId) {
        CaseReview r = reviews.findById(reviewId).orElseThrow();
        managed(r.getEvaluation().getId());
        if (r.getStatus() != ReviewStatus.ASSIGNED) {
            throw ValidationException.of("", "This case has answers already; it stays in the sample.");
        }
        reviews.delete(r);
    }

    public CaseReview assign(long reviewId, Long auditorId) {
        CaseReview r = reviews.findById(reviewId).orElseThrow();
        Evaluation e = managed(r.getEvaluation().getId());
        Person auditor = auditorId == null ? null : people.findById(auditorId).orElse(null);
        if (auditor == null || !e.getAuditors().contains(auditor) && !e.isLedBy(auditor)) {
            throw ValidationException.of("auditor", "Choose one of the evaluation's auditors (or its lead).");
        }
        if (r.getStatus() != ReviewStatus.ASSIGNED) {
            throw ValidationException.of("auditor", "The auditor has started this case; it stays with them.");
        }
        r.assign(auditor);
        return reviews.saveAndFlush(r);
    }

    /** Shares the unassigned cases evenly among the auditors, fewest first. */
    public void assignEvenly(long evaluationId) {
        Evaluation e = managed(evaluationId);
        List<Person> auditors = e.getAuditors().stream().sorted(java.util.Comparator.comparing(Person::getFullName)).toList();
        if (auditors.isEmpty()) {
            throw ValidationException.of("auditor", "Name the auditors in the terms of reference first.");
        }
        List<CaseReview> all = reviews.findByEvaluationIdOrderByIdAsc(e.getId());
        Map<Person, Integer> load = new HashMap<>();
        auditors.forEach(a -> load.put(a, 0));
        all.stream().filter(r -> r.getAuditor() != null && load.containsKey(r.getAuditor())).forEach(r -> load.merge(r.getAuditor(), 1, Integer::sum));
        for (CaseReview r : all) {
            if (r.getAuditor() == null) {
                Person next = auditors.stream().min(java.util.Comparator.comparing(load::get)).orElseThrow();
                r.assign(next);
                load.merge(next, 1, Integer::sum);
            }
        }
        reviews.flush();
    }

    /** One case review, for its auditor, the evaluation's lead and the QA team, or its moderator. */
    @Transactional(readOnly = true)
    public CaseReview open(long reviewId) {
        CaseReview r = reviews.findById(reviewId).orElseThrow(() -> new IllegalArgumentException("No case review " + reviewId));
        Person me = currentUser.require();
        if (!me.equals(r.getAuditor()) && !ThematicAccess.seesCaseLevel(me, r.getEvaluation())
                && !(r.isForModeration() && ThematicAccess.moderates(me))) {
            throw new AccessDeniedException("You may not read this case review");
        }
        audit.viewedChildDetail("thematic", "CaseReview", reviewId, "Thematic evaluation case review, case " + r.getCaseRecord().getReference());
        return r;
    }

    /** The questions this review answers: the version it was answered on, or the current one. */
    @Transactional(readOnly = true)
    public Template templateFor(CaseReview r) {
        if (r.getTemplate() != null) {
            return templates.findById(r.getTemplate().getId()).orElseThrow();
        }
        return templates.findFirstByEvaluationIdOrderByVersionNoDesc(r.getEvaluation().getId())
                .orElseThrow(() -> ValidationException.of("", "The evaluation has no question template yet."));
    }

    /** Saves answers so far; what is given must be valid, but nothing is required yet. */
    public CaseReview save(long reviewId, long version, Map<Long, String> answers) {
        return record(reviewId, version, answers, false);
    }

    /** Submits the review: every required question answered. */
    public CaseReview submit(long reviewId, long version, Map<Long, String> answers) {
        return record(reviewId, version, answers, true);
    }

    private CaseReview record(long reviewId, long version, Map<Long, String> answers, boolean submit) {
        CaseReview r = reviews.findById(reviewId).orElseThrow();
        if (!currentUser.require().equals(r.getAuditor())) {
            throw new AccessDeniedException("Only the assigned auditor answers for a case");
        }
        r.checkVersion(version);
        if (r.getEvaluation().getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "Answers are recorded during fieldwork.");
        }
        if (r.isSubmitted()) {
            throw ValidationException.of("", "This case review has been submitted.");
        }
        Template t = templateFor(r);
        var errors = new ValidationException.Collector();
        Map<Long, String> clean = new HashMap<>();
        for (Question q : t.getQuestions()) {
            String raw = answers.get(q.getId());
            String value = raw == null ? null : Markup.clean(raw);
            if (value == null || value.isBlank()) {
                if (submit && q.isRequired()) {
                    errors.add("q-" + q.getId(), "Answer this question; it is required.");
                }
                continue;
            }
            String problem = problem(q, value);
            if (problem != null) {
                errors.add("q-" + q.getId(), problem);
            } else {
                clean.put(q.getId(), value);
            }
        }
        errors.throwIfAny();
        r.answer(t, clean);
        if (submit) {
            r.submit(clock.instant());
        }
        return reviews.saveAndFlush(r);
    }

    static String problem(Question q, String value) {
        switch (q.getType()) {
            case GRADE -> {
                try {
                    Grade.valueOf(value);
                } catch (IllegalArgumentException e) {
                    return "Choose a grade.";
                }
            }
            case YES_NO_PARTLY -> {
                if (!List.of("YES", "NO", "PARTLY").contains(value)) {
                    return "Choose yes, no or partly.";
                }
            }
            case NUMBER -> {
                int n;
                try {
                    n = Integer.parseInt(value.strip());
                } catch (NumberFormatException e) {
                    return "Enter a whole number.";
                }
                if (q.getMin() != null && n < q.getMin() || q.getMax() != null && n > q.getMax()) {
                    return "Enter a number from " + (q.getMin() == null ? "any" : q.getMin()) + " to " + (q.getMax() == null ? "any" : q.getMax()) + ".";
                }
            }
            case CHOICE -> {
                if (!q.optionList().contains(value)) {
                    return "Choose one of the listed options.";
                }
            }
            case TEXT -> {
                if (value.length() > CaseReview.ANSWER_MAX) {
                    return ValidationException.tooLong("the answer", CaseReview.ANSWER_MAX);
                }
            }
        }
        return null;
    }

    /** The moderator records whether they agree with the auditor's answers, and why. */
    public CaseReview moderate(long reviewId, long version, Boolean agreed, String note) {
        CaseReview r = reviews.findById(reviewId).orElseThrow();
        Person me = currentUser.require();
        if (!ThematicAccess.moderates(me) || !r.isForModeration()) {
            throw new AccessDeniedException("Only the PSW or the Head of QA moderates the reviews chosen for moderation");
        }
        if (me.equals(r.getAuditor())) {
            throw ValidationException.of("", "You cannot moderate your own case review.");
        }
        r.checkVersion(version);
        var errors = new ValidationException.Collector();
        if (agreed == null) {
            errors.add("agreed", "Say whether you agree with the auditor's answers.");
        }
        if (Boolean.FALSE.equals(agreed) && (note == null || note.isBlank())) {
            errors.add("moderationNote", "Say where you differ and why.");
        }
        errors.maxLength("moderationNote", note, CaseReview.NOTE_MAX, "the note");
        errors.throwIfAny();
        r.moderate(me, clock.instant(), agreed, note == null || note.isBlank() ? null : Markup.clean(note));
        return reviews.saveAndFlush(r);
    }

    private Evaluation managed(long evaluationId) {
        Evaluation e = evaluations.findById(evaluationId).orElseThrow();
        if (!ThematicAccess.manages(currentUser.require(), e)) {
            throw new AccessDeniedException("Only the lead and the QA team manage the sample");
        }
        if (e.getStatus() != EvaluationStatus.DRAFT && e.getStatus() != EvaluationStatus.COMMISSIONED
                && e.getStatus() != EvaluationStatus.FIELDWORK) {
            throw ValidationException.of("", "The sample is fixed after fieldwork.");
        }
        return e;
    }
}
