package org.sightline.thematic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading thematic evaluations: the programme a person may see, one evaluation, and what hangs off it. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class EvaluationQueries {

    private final EvaluationRepository evaluations;
    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final Clock clock;

    public EvaluationQueries(EvaluationRepository evaluations, RecommendationRepository recommendations, EvidenceRepository evidence, PersonRepository people, CurrentUser currentUser, Clock clock) {
        this.evaluations = evaluations;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.people = people;
        this.currentUser = currentUser;
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
}
