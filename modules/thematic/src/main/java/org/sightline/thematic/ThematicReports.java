package org.sightline.thematic;

import java.util.List;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The aggregate answers and the comparison with the evaluation a follow-up tests: figures only, no case detail. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ThematicReports {

    private final TemplateRepository templates;
    private final CaseReviewRepository reviews;
    private final CurrentUser currentUser;

    public ThematicReports(TemplateRepository templates, CaseReviewRepository reviews, CurrentUser currentUser) {
        this.templates = templates;
        this.reviews = reviews;
        this.currentUser = currentUser;
    }

    public List<Aggregates.Result> results(Evaluation e) {
        Person me = currentUser.require();
        if (!ThematicAccess.seesEvaluation(me, e) || me.hasRole(Role.BOARD_MEMBER) && !e.getStatus().isReported()) {
            throw new AccessDeniedException("You may not read this evaluation's figures");
        }
        return resultsOf(e);
    }

    List<Aggregates.Result> resultsOf(Evaluation e) {
        return Aggregates.of(templates.findByEvaluationIdOrderByVersionNoAsc(e.getId()), reviews.findByEvaluationIdOrderByIdAsc(e.getId()));
    }

    public List<Aggregates.Comparison> comparison(Evaluation followUp) {
        if (followUp.getFollowUpOf() == null) {
            return List.of();
        }
        return Aggregates.compare(results(followUp.getFollowUpOf()), results(followUp));
    }

    /** Cases in the sample and how many were submitted: counts, for the report. */
    public long[] sampleCounts(Evaluation e) {
        var all = reviews.findByEvaluationIdOrderByIdAsc(e.getId());
        return new long[] {all.size(), all.stream().filter(CaseReview::isSubmitted).count(),
                all.stream().filter(CaseReview::isModerated).count(),
                all.stream().filter(r -> Boolean.TRUE.equals(r.getModerationAgreed())).count()};
    }
}
