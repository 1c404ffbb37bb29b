package org.sightline.thematic;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.security.Authorities;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Three invented evaluations: two reported with findings and recommendations (one closed), and
 * one in fieldwork with half its cases reviewed. Drawn from their own seeded generator.
 */
@Component
public class ThematicDemoData implements DemoDataContributor {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final EvaluationRepository evaluations;
    private final TemplateRepository templates;
    private final CaseReviewRepository reviews;
    private final RecommendationRepository recommendations;
    private final EvidenceRepository evidence;
    private final ActionService actions;

    ThematicDemoData(EvaluationRepository evaluations, TemplateRepository templates, CaseReviewRepository reviews,
                     RecommendationRepository recommendations, EvidenceRepository evidence, ActionService actions) {
        this.evaluations = evaluations;
        this.templates = templates;
        this.reviews = reviews;
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.actions = actions;
    }

    @Override
    public void load(DemoDirectory d) {
        Random random = new Random(20261125L);
        LocalDate today = d.today();
        Person psw = d.withRole(Role.PRINCIPAL_SOCIAL_WORKER).getFirst();
        List<Person> qa = d.withRole(Role.QA_OFFICER).stream().filter(p -> !p.hasRole(Role.SERVICE_MANAGER)).toList();
        Person manager = d.byEmailPrefix("manager");
        // Recommendations are raised through the action tracker as the PSW would raise them.
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(Authorities.system("psw", Role.PRINCIPAL_SOCIAL_WORKER));
        try {
            Evaluation fathers = evaluation(psw, qa, Set.of(manager), "Engaging fathers and male carers in assessments", "Working with fathers and men",
                    today.minusMonths(10), today.minusMonths(9), today.minusMonths(7), today.minusMonths(6),
                    "Complaints and audits over the last year show fathers and male carers left out of assessments and plans.",
                    "The new assessment guidance has been in place for six months; the board wants to know whether it has changed practice.",
                    "Single and child and family assessments completed by the Assessment Team and MASH in the previous quarter.",
                    "The Working Together duty to involve both parents; our assessment practice standards; what fathers told us.",
                    EnumSet.of(Method.BESPOKE_TEMPLATE, Method.PRACTITIONER_INTERVIEWS, Method.PARENT_VIEWS));
            Template t1 = template(fathers, List.of(
                    new QuestionDraft("Quality of the work with the father or male carer", "Grade against the practice standard.", QuestionType.GRADE,
                            true, List.of(), null, null),
                    new QuestionDraft("Was the father or male carer seen as part of the assessment?", null, QuestionType.YES_NO_PARTLY, true,
                            List.of(), null, null),
                    new QuestionDraft("Are his views recorded in his own words?", null, QuestionType.YES_NO_PARTLY, true, List.of(), null, null),
                    new QuestionDraft("What difference did involving him make?", null, QuestionType.TEXT, false, List.of(), null, null)));
            sample(fathers, t1, d, random, LevelOfNeed.CHILD_IN_NEED, 10, 10, today.minusMonths(7));
            fathers.findings("- Where fathers were seen, assessments were richer and plans more realistic.\n- Practitioners interviewed knew the guidance well.",
                    "- Fathers who did not live with the child were rarely contacted.\n- Several assessments relied on the mother's account of the father.");
            recommend(fathers, "Add a prompt to the assessment form to record attempts to contact a non-resident father", qa.getFirst(),
                    today, true);
            recommend(fathers, "Run the engaging fathers workshop for the Assessment Team and MASH", qa.get(1), today, true);
            evidence.save(new Evidence(fathers, Method.PRACTITIONER_INTERVIEWS, "Interviews with six social workers", today.minusMonths(8),
                    "Workers described fathers as hard to reach but few had tried more than one way of contacting them.", qa.getFirst()));
            fathers.reported(today.minusMonths(6).atTime(10, 0).atZone(UK).toInstant());
            fathers.moveTo(EvaluationStatus.CLOSED);
            evaluations.save(fathers);

            Evaluation voice = evaluation(psw, qa, Set.of(manager), "The child's voice in child protection plans", "Voice of the child",
                    today.minusMonths(6), today.minusMonths(5), today.minusMonths(3), today.minusMonths(2),
                    "Audits rated the voice of the child as requires improvement in a third of child protection cases.",
                    "Ofsted's focused visit is expected this year and children told the Children in Care Council that plans are not written for them.",
                    "Children subject to a child protection plan for more than three months, across the safeguarding teams.",
                    "Our child protection procedures and practice standards; what children said about their plans.",
                    EnumSet.of(Method.BESPOKE_TEMPLATE, Method.CHILDREN_VIEWS, Method.FOCUS_GROUPS));
            Template t2 = template(voice, List.of(
                    new QuestionDraft("Quality of the direct work with the child", "Grade the direct work seen on file.", QuestionType.GRADE, true,
                            List.of(), null, null),
                    new QuestionDraft("Are the child's words in the plan?", null, QuestionType.YES_NO_PARTLY, true, List.of(), null, null),
                    new QuestionDraft("Visits where the child was seen alone in the last three months", null, QuestionType.NUMBER, true, List.of(),
                            0, 20),
                    new QuestionDraft("How were the child's views gathered?", null, QuestionType.CHOICE, true,
                            List.of("Direct work tools", "Conversation during visits", "Advocate", "Not gathered"), null, null),
                    new QuestionDraft("What would have made the plan better for the child?", null, QuestionType.TEXT, false, List.of(), null, null)));
            sample(voice, t2, d, random, LevelOfNeed.CHILD_PROTECTION, 12, 12, today.minusMonths(3));
            voice.findings("- Most children were seen alone regularly.\n- Direct work tools were used well where workers had done the training.",
                    "- Children's words rarely reached the plan itself.\n- Plans were written for professionals, not for children.");
            recommend(voice, "Write a plan summary for every child old enough to read it, in words they use", psw, today.plusMonths(1), false);
            recommend(voice, "Bring direct work tools into supervision for the safeguarding teams", manager, today.plusWeeks(2), false);
            evidence.save(new Evidence(voice, Method.FOCUS_GROUPS, "Focus group with the Children in Care Council", today.minusMonths(4),
                    "Young people said plans used words they did not understand and did not say what they wanted.", psw));
            voice.reported(today.minusMonths(2).atTime(10, 0).atZone(UK).toInstant());
            evaluations.save(voice);

            Evaluation neglect = evaluation(psw, qa, Set.of(), "Chronologies in children in need work", "Chronologies, genograms and case summaries",
                    today.minusMonths(1), today.minusWeeks(3), today.plusWeeks(3), today.plusWeeks(7),
                    "Complaints and audits point to missing or out-of-date chronologies where neglect is a concern.",
                    "Two recent reviews found that patterns of neglect were visible only when a chronology was pieced together afterwards.",
                    "Children in need cases open for more than six months in the family support teams.",
                    "Our chronology practice guidance and the neglect strategy.",
                    EnumSet.of(Method.BESPOKE_TEMPLATE, Method.CASE_EVALUATION));
            Template t3 = template(neglect, List.of(
                    new QuestionDraft("Is there a chronology on file?", null, QuestionType.YES_NO_PARTLY, true, List.of(), null, null),
                    new QuestionDraft("Months since the chronology was last updated", null, QuestionType.NUMBER, false, List.of(), 0, 60),
                    new QuestionDraft("Quality of the analysis of the chronology", null, QuestionType.GRADE, true, List.of(), null, null)));
            sample(neglect, t3, d, random, LevelOfNeed.CHILD_IN_NEED, 10, 5, null);
            neglect.moveTo(EvaluationStatus.FIELDWORK);
            evaluations.save(neglect);
            evaluations.flush();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private Evaluation evaluation(Person psw, List<Person> qa, Set<Person> extra, String title, String theme, LocalDate commissioned,
                                  LocalDate start, LocalDate fieldworkEnd, LocalDate reportDue, String why, String whyNow, String scope,
                                  String criteria, Set<Method> methods) {
        Evaluation e = new Evaluation(psw, commissioned.atTime(9, 0).atZone(UK).toInstant());
        Set<Person> auditors = new HashSet<>(qa);
        auditors.addAll(extra);
        e.apply(new TermsOfReference(title, theme, "Quality, Performance and Impact Board", commissioned, why, whyNow, scope, criteria,
                psw.getId(), Set.of(), methods, start, fieldworkEnd, reportDue, 20), psw, auditors);
        e.moveTo(EvaluationStatus.COMMISSIONED);
        return evaluations.save(e);
    }

    private Template template(Evaluation e, List<QuestionDraft> questions) {
        Template t = new Template(e, 1);
        t.replaceQuestions(questions);
        t.freeze(e.getStartOn().atTime(9, 0).atZone(UK).toInstant());
        return templates.saveAndFlush(t);
    }

    /** Samples cases, shares them among the auditors, and answers {@code submitted} of them. */
    private void sample(Evaluation e, Template t, DemoDirectory d, Random random, LevelOfNeed level, int size, int submitted,
                        LocalDate moderatedBy) {
        List<CaseRecord> pool = new java.util.ArrayList<>(d.cases().stream().filter(c -> c.getLevelOfNeed() == level).toList());
        java.util.Collections.shuffle(pool, random);
        List<Person> auditors = e.getAuditors().stream().sorted(java.util.Comparator.comparing(Person::getFullName)).toList();
        for (int i = 0; i < Math.min(size, pool.size()); i++) {
            CaseReview r = new CaseReview(e, pool.get(i));
            r.assign(auditors.get(i % auditors.size()));
            if (i < submitted) {
                Map<Long, String> answers = new HashMap<>();
                for (Question q : t.getQuestions()) {
                    String a = answer(q, random);
                    if (a != null) {
                        answers.put(q.getId(), a);
                    }
                }
                r.answer(t, answers);
                r.submit(e.getStartOn().plusDays(7 + i).atTime(15, 0).atZone(UK).toInstant());
                if (moderatedBy != null && i % 5 == 0) {
                    r.chooseForModeration(true);
                    Person psw = e.getLead();
                    r.moderate(psw, moderatedBy.atTime(11, 0).atZone(UK).toInstant(), i != 5,
                            i != 5 ? null : "The direct work was graded good; the plan itself does not use the child's words, so requires improvement.");
                }
            }
            reviews.save(r);
        }
        reviews.flush();
    }

    private static String answer(Question q, Random random) {
        return switch (q.getType()) {
            case GRADE -> new Grade[] {Grade.GOOD, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.REQUIRES_IMPROVEMENT, Grade.OUTSTANDING,
                    Grade.INADEQUATE}[random.nextInt(6)].name();
            case YES_NO_PARTLY -> new String[] {"YES", "YES", "PARTLY", "NO"}[random.nextInt(4)];
            case NUMBER -> String.valueOf((q.getMin() == null ? 0 : q.getMin()) + random.nextInt(Math.min(8, (q.getMax() == null ? 8 : q.getMax()) + 1)));
            case CHOICE -> q.optionList().get(random.nextInt(q.optionList().size()));
            case TEXT -> random.nextInt(3) == 0 ? null : new String[] {
                    "Seeing the child at school, away from home, helped them talk.",
                    "A plan summary in the child's own words.",
                    "Inviting the father to the core group changed the plan.",
                    "Using the three houses tool before the conference."}[random.nextInt(4)];
        };
    }

    /** The tracker takes no due date in the past, so the demo's finished recommendations are shown as done by today. */
    private void recommend(Evaluation e, String text, Person owner, LocalDate due, boolean done) {
        ActionItem a = actions.raise(new NewAction(text, text, owner.getId(), due, "thematic", "Thematic evaluation: " + e.getTitle(),
                "thematic/" + e.getId()));
        if (done) {
            a = actions.complete(a.getId(), a.getVersion(), "Done and checked at the QA meeting.");
        }
        recommendations.save(new Recommendation(e, text, a));
    }
}
