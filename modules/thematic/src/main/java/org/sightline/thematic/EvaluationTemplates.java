package org.sightline.thematic;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bespoke question set. Before fieldwork the lead edits the one version; once it is frozen,
 * saving a change makes a new version, and reviews already answered keep theirs.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class EvaluationTemplates {

    private final TemplateRepository templates;
    private final EvaluationRepository evaluations;
    private final CurrentUser currentUser;

    public EvaluationTemplates(TemplateRepository templates, EvaluationRepository evaluations, CurrentUser currentUser) {
        this.templates = templates;
        this.evaluations = evaluations;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<Template> current(Evaluation e) {
        return templates.findFirstByEvaluationIdOrderByVersionNoDesc(e.getId());
    }

    @Transactional(readOnly = true)
    public List<Template> versions(Evaluation e) {
        return templates.findByEvaluationIdOrderByVersionNoAsc(e.getId());
    }

    /** Saves the questions in order; returns the version they are now in. */
    public Template save(long evaluationId, List<QuestionDraft> questions) {
        Evaluation e = evaluations.lockById(evaluationId).orElseThrow();
        if (!ThematicAccess.manages(currentUser.require(), e)) {
            throw new AccessDeniedException("Only the lead and the QA team build the template");
        }
        if (e.getStatus() == EvaluationStatus.MODERATION || e.getStatus().isReported()) {
            throw ValidationException.of("", "The template cannot change after fieldwork.");
        }
        List<QuestionDraft> clean = check(questions);
        Template current = current(e).orElse(null);
        Template target;
        if (current == null) {
            target = new Template(e, 1);
        } else if (current.isFrozen()) {
            target = new Template(e, current.getVersionNo() + 1);
        } else {
            target = current;
        }
        target.replaceQuestions(clean);
        if (e.getStatus() == EvaluationStatus.FIELDWORK) {
            // A version made during fieldwork is in use at once: new reviews answer it, and it too is frozen.
            target.freeze(java.time.Instant.now());
        }
        return templates.saveAndFlush(target);
    }

    private static List<QuestionDraft> check(List<QuestionDraft> questions) {
        var errors = new ValidationException.Collector();
        if (questions.isEmpty()) {
            errors.add("questions", "Add at least one question.");
        }
        List<QuestionDraft> out = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDraft q = questions.get(i);
            String key = "q" + i;
            String text = Markup.clean(q.text());
            if (text == null || text.isBlank()) {
                errors.add(key + ".text", "Write the question.");
            } else {
                errors.maxLength(key + ".text", text, Question.TEXT_MAX, "the question");
            }
            String help = Markup.clean(q.help());
            errors.maxLength(key + ".help", help, Question.HELP_MAX, "the help");
            if (q.type() == null) {
                errors.add(key + ".type", "Choose the type of answer.");
            }
            List<String> options = q.options() == null ? List.of()
                    : q.options().stream().map(Markup::clean).filter(s -> s != null && !s.isBlank()).distinct().toList();
            if (q.type() == QuestionType.CHOICE && options.size() < 2) {
                errors.add(key + ".options", "List at least two options, one per line.");
            }
            errors.maxLength(key + ".options", String.join("\n", options), Question.OPTIONS_MAX, "the options");
            if (q.type() == QuestionType.NUMBER && q.min() != null && q.max() != null && q.min() > q.max()) {
                errors.add(key + ".max", "The largest allowed number must not be below the smallest.");
            }
            out.add(new QuestionDraft(text, help == null || help.isBlank() ? null : help, q.type(), q.required(),
                    q.type() == QuestionType.CHOICE ? options : List.of(), q.type() == QuestionType.NUMBER ? q.min() : null,
                    q.type() == QuestionType.NUMBER ? q.max() : null));
        }
        errors.throwIfAny();
        return out;
    }
}
