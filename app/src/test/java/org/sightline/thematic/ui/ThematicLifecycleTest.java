package org.sightline.thematic.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.ValidationException;
import org.sightline.thematic.Aggregates;
import org.sightline.thematic.CaseReview;
import org.sightline.thematic.CaseReviewRepository;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationRepository;
import org.sightline.thematic.Commissioning;
import org.sightline.thematic.EvaluationLifecycle;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.EvaluationStatus;
import org.sightline.thematic.EvaluationTemplates;
import org.sightline.thematic.FieldworkService;
import org.sightline.thematic.Method;
import org.sightline.thematic.Question;
import org.sightline.thematic.QuestionDraft;
import org.sightline.thematic.QuestionType;
import org.sightline.thematic.Template;
import org.sightline.thematic.TermsOfReference;
import org.sightline.thematic.ThematicPdfs;
import org.sightline.thematic.ThematicReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Commission, template and its versions, sample and fieldwork, answers, moderation, figures, findings, report, follow-up. */
class ThematicLifecycleTest extends AbstractKaribuTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    EvaluationQueries evaluations;
    @Autowired
    Commissioning commissioning;
    @Autowired
    EvaluationLifecycle lifecycle;
    @Autowired
    EvaluationTemplates templates;
    @Autowired
    FieldworkService fieldwork;
    @Autowired
    ThematicReports reports;
    @Autowired
    EvaluationRepository repository;
    @Autowired
    CaseReviewRepository reviews;
    @Autowired
    PersonRepository people;

    private TermsOfReference terms(String title) {
        return new TermsOfReference(title, "Working with fathers and men", "Quality, Performance and Impact Board", TODAY.minusDays(3),
                "Audits show fathers left out of plans.", "The new guidance has been in place for six months.",
                "Assessments completed last quarter.", "Working Together; our practice standards; what fathers told us.",
                person("qa").getId(), Set.of(person("manager").getId(), person("qa").getId()), EnumSet.of(Method.BESPOKE_TEMPLATE,
                Method.FOCUS_GROUPS), TODAY, TODAY.plusWeeks(4), TODAY.plusWeeks(8), 50);
    }

    private static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft("Quality of the work with the father", null, QuestionType.GRADE, true, List.of(), null, null),
            new QuestionDraft("Was the father seen?", null, QuestionType.YES_NO_PARTLY, true, List.of(), null, null),
            new QuestionDraft("Visits in the last three months", "Count visits where he was seen.", QuestionType.NUMBER, true, List.of(), 0, 20),
            new QuestionDraft("How was he contacted?", null, QuestionType.CHOICE, false, List.of("Phone", "Letter", "Visit"), null, null),
            new QuestionDraft("What made a difference?", null, QuestionType.TEXT, false, List.of(), null, null));

    @Test
    void theFullLifecycleWithVersionsFiguresModerationFindingsAndAFollowUp() throws Exception {
        // Commissioning: the form names each missing part of the terms of reference.
        signIn("psw");
        navigate("thematic/new");
        EvaluationView form = _get(EvaluationView.class);
        HasValueUtilsKt._setValue(form.terms.title, "Fathers in assessments");
        HasValueUtilsKt._setValue(form.terms.startOn, TODAY.plusWeeks(2));
        HasValueUtilsKt._setValue(form.terms.fieldworkEndOn, TODAY);
        ButtonKt._click(form.terms.commission);
        assertThat(form.terms.why.getErrorMessage()).isEqualTo("Say why the evaluation is commissioned.");
        assertThat(form.terms.lead.getErrorMessage()).isEqualTo("Choose who leads the evaluation.");
        assertThat(form.terms.methods.getErrorMessage()).isEqualTo("Choose at least one method.");
        assertThat(form.terms.fieldworkEndOn.getErrorMessage()).isEqualTo("Fieldwork cannot end before the evaluation starts.");
        assertThat(form.terms.title.getValue()).isEqualTo("Fathers in assessments");
        assertThat(repository.findAll()).noneMatch(x -> x.getTitle().equals("Fathers in assessments"));
        // Saved as a draft instead, to finish later.
        HasValueUtilsKt._setValue(form.terms.fieldworkEndOn, TODAY.plusWeeks(4));
        ButtonKt._click(form.terms.saveDraft);
        Evaluation draft = repository.findAll().stream().filter(e -> e.getTitle().equals("Fathers in assessments")).findFirst().orElseThrow();
        assertThat(draft.getStatus()).isEqualTo(EvaluationStatus.DRAFT);
        // The draft's own page shows the form again, filled from what was saved, and saves it back unchanged.
        EvaluationView draftPage = _get(EvaluationView.class);
        assertThat(draftPage.evaluation.getId()).isEqualTo(draft.getId());
        assertThat(draftPage.terms.title.getValue()).isEqualTo("Fathers in assessments");
        assertThat(draftPage.terms.startOn.getValue()).isEqualTo(TODAY.plusWeeks(2));
        assertThat(draftPage.terms.fieldworkEndOn.getValue()).isEqualTo(TODAY.plusWeeks(4));
        assertThat(draftPage.terms.moderationPercent.getValue()).isEqualTo(20);
        ButtonKt._click(draftPage.terms.saveDraft);
        Evaluation resaved = repository.findById(draft.getId()).orElseThrow();
        assertThat(resaved.getVersion()).isGreaterThan(draft.getVersion());
        assertThat(resaved.getStartOn()).isEqualTo(TODAY.plusWeeks(2));
        assertThat(resaved.getModerationPercent()).isEqualTo(20);
        Evaluation e = commissioning.commission(resaved.getId(), resaved.getVersion(), terms("Fathers in assessments"));
        assertThat(e.getStatus()).isEqualTo(EvaluationStatus.COMMISSIONED);

        // The lead (a QA officer) builds the template; a choice needs options, a number range must make sense.
        signIn("qa");
        assertThatThrownBy(() -> templates.save(e.getId(), List.of(new QuestionDraft("Pick one", null, QuestionType.CHOICE, true,
                List.of("Only"), null, null), new QuestionDraft("How many", null, QuestionType.NUMBER, true, List.of(), 10, 2))))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .containsEntry("q0.options", "List at least two options, one per line.")
                        .containsEntry("q1.max", "The largest allowed number must not be below the smallest."));
        assertThatThrownBy(() -> templates.save(e.getId(), List.of(new QuestionDraft("Pick one", null, QuestionType.CHOICE, true,
                List.of("A".repeat(1500), "B".repeat(1500)), null, null))))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors())
                        .containsEntry("q0.options", "Keep the options to 2,000 characters or fewer."));
        Template v1 = templates.save(e.getId(), QUESTIONS);
        assertThat(v1.getVersionNo()).isEqualTo(1);
        assertThat(templates.save(e.getId(), QUESTIONS).getVersionNo()).isEqualTo(1);

        // Sample: four open child-in-need cases at random, and one by hand; shared among the auditors.
        assertThatThrownBy(() -> fieldwork.addCase(e.getId(), "NOPE")).isInstanceOf(ValidationException.class);
        List<CaseReview> added = fieldwork.sampleByCriteria(e.getId(), null, LevelOfNeed.CHILD_IN_NEED, true, 4);
        assertThat(added).hasSize(4).allMatch(r -> r.getCaseRecord().getLevelOfNeed() == LevelOfNeed.CHILD_IN_NEED && r.getCaseRecord().isOpen());
        Evaluation withTemplate = repository.findById(e.getId()).orElseThrow();
        assertThatThrownBy(() -> lifecycle.startFieldwork(withTemplate.getId(), withTemplate.getVersion()))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors().get(""))
                        .isEqualTo("Assign every sampled case to an auditor before fieldwork starts."));
        // One case by hand in the page, the rest shared evenly.
        navigate("thematic/" + e.getId());
        EvaluationView evaluationPage = _get(EvaluationView.class);
        HasValueUtilsKt._setValue(evaluationPage.sample.assignCase, evaluationPage.sample.assignCase.getListDataView().getItems().findFirst().orElseThrow());
        ButtonKt._click(evaluationPage.sample.assign);
        assertThat(evaluationPage.sample.assignAuditor.getErrorMessage()).isEqualTo("Choose one of the evaluation's auditors (or its lead).");
        HasValueUtilsKt._setValue(evaluationPage.sample.assignAuditor, person("manager"));
        ButtonKt._click(evaluationPage.sample.assign);
        assertThat(reviews.findByEvaluationIdOrderByIdAsc(e.getId())).filteredOn(r -> r.getAuditor() != null).hasSize(1);
        fieldwork.assignEvenly(e.getId());
        assertThat(fieldwork.progress(withTemplate)).extracting(FieldworkService.Progress::assigned).containsExactlyInAnyOrder(2L, 2L);
        Evaluation started = lifecycle.startFieldwork(withTemplate.getId(), withTemplate.getVersion());
        assertThat(started.getStatus()).isEqualTo(EvaluationStatus.FIELDWORK);
        assertThat(templates.current(started).orElseThrow().isFrozen()).isTrue();

        // The auditors answer. The form refuses a missing required answer and a number out of range, keeping the rest.
        List<CaseReview> qaCases = reviews.findByEvaluationIdOrderByIdAsc(e.getId()).stream().filter(r -> r.getAuditor().equals(person("qa"))).toList();
        navigate("thematic/reviews/" + qaCases.getFirst().getId());
        ReviewView page = _get(ReviewView.class);
        List<Question> qs = page.questions();
        set(page, qs.get(0), Grade.GOOD);
        set(page, qs.get(2), 25);
        ButtonKt._click(page.submit);
        confirm();
        assertThat(error(page, qs.get(1))).isEqualTo("Answer this question; it is required.");
        assertThat(error(page, qs.get(2))).isEqualTo("Enter a number from 0 to 20.");
        assertThat(page.fields.get(qs.get(0).getId()).getValue()).isEqualTo(Grade.GOOD);
        set(page, qs.get(1), "YES");
        set(page, qs.get(2), 4);
        set(page, qs.get(3), "Phone");
        set(page, qs.get(4), "Seeing him at work.");
        ButtonKt._click(page.submit);
        confirm();
        assertThat(reviews.findById(qaCases.getFirst().getId()).orElseThrow().isSubmitted()).isTrue();
        answer(qaCases.get(1), Map.of(0, "REQUIRES_IMPROVEMENT", 1, "PARTLY", 2, "2", 3, "Letter"));

        // A change during fieldwork makes version 2; answers already given stay tied to version 1.
        List<QuestionDraft> v2 = new java.util.ArrayList<>(QUESTIONS);
        v2.add(new QuestionDraft("Was he invited to the conference?", null, QuestionType.YES_NO_PARTLY, false, List.of(), null, null));
        Template second = templates.save(e.getId(), v2);
        assertThat(second.getVersionNo()).isEqualTo(2);
        assertThat(reviews.findById(qaCases.getFirst().getId()).orElseThrow().getTemplate().getVersionNo()).isEqualTo(1);

        // The other auditor sees only their own cases; they answer on version 2.
        signIn("manager");
        List<CaseReview> managerCases = fieldwork.sample(repository.findById(e.getId()).orElseThrow());
        assertThat(managerCases).hasSize(2).allMatch(r -> r.getAuditor().equals(person("manager")));
        assertThatThrownBy(() -> fieldwork.open(qaCases.getFirst().getId())).isInstanceOf(AccessDeniedException.class);
        answer(managerCases.get(0), Map.of(0, "GOOD", 1, "YES", 2, "6", 3, "Phone", 5, "YES"));
        answer(managerCases.get(1), Map.of(0, "INADEQUATE", 1, "NO", 2, "0", 5, "NO"));
        assertThat(reviews.findById(managerCases.get(0).getId()).orElseThrow().getTemplate().getVersionNo()).isEqualTo(2);

        // Figures for this known set of four reviews, across both versions.
        signIn("qa");
        List<Aggregates.Result> results = reports.results(repository.findById(e.getId()).orElseThrow());
        Aggregates.Result grade = results.get(0);
        assertThat(grade.answered()).isEqualTo(4);
        assertThat(grade.counts()).containsEntry("Good", 2L).containsEntry("Requires improvement", 1L).containsEntry("Inadequate", 1L)
                .containsEntry("Outstanding", 0L);
        assertThat(grade.average()).isEqualTo(2.25);
        assertThat(grade.percent("Good")).isEqualTo(50);
        assertThat(results.get(1).counts()).containsExactly(Map.entry("Yes", 2L), Map.entry("Partly", 1L), Map.entry("No", 1L));
        assertThat(results.get(2).average()).isEqualTo(3.0);
        assertThat(results.get(2).min()).isZero();
        assertThat(results.get(2).max()).isEqualTo(6);
        assertThat(results.get(3).counts()).containsExactly(Map.entry("Phone", 2L), Map.entry("Letter", 1L), Map.entry("Visit", 0L));
        assertThat(results.get(3).answered()).isEqualTo(3);
        assertThat(results.get(4).texts()).containsExactly("Seeing him at work.");
        assertThat(results.get(5).question()).isEqualTo("Was he invited to the conference?");
        assertThat(results.get(5).answered()).isEqualTo(2);

        // Moderation: half of the four, by the PSW, never by the case's own auditor.
        Evaluation fw = repository.findById(e.getId()).orElseThrow();
        Evaluation moderation = lifecycle.startModeration(fw.getId(), fw.getVersion());
        List<CaseReview> chosen = reviews.findByEvaluationIdOrderByIdAsc(e.getId()).stream().filter(CaseReview::isForModeration).toList();
        assertThat(chosen).hasSize(2);
        assertThatThrownBy(() -> lifecycle.report(moderation.getId(), moderation.getVersion()))
                .isInstanceOfSatisfying(ValidationException.class, ex -> assertThat(ex.errors()).containsKeys("strengths", "weaknesses", "title", ""));
        signIn("psw");
        for (CaseReview r : chosen) {
            assertThatThrownBy(() -> fieldwork.moderate(r.getId(), r.getVersion(), false, " ")).isInstanceOf(ValidationException.class);
            fieldwork.moderate(r.getId(), r.getVersion(), true, null);
        }

        // Findings and recommendations, each a tracked action; then the report.
        signIn("qa");
        Evaluation m = repository.findById(e.getId()).orElseThrow();
        m = lifecycle.saveFindings(m.getId(), m.getVersion(), "- Fathers seen were involved in the plan.", "- Non-resident fathers rarely contacted.");
        var rec = lifecycle.recommend(m.getId(), "Record every attempt to contact a non-resident father", person("manager").getId(), TODAY.plusMonths(1));
        assertThat(rec.getAction().getSourceLink()).isEqualTo("thematic/" + e.getId());
        Evaluation reported = lifecycle.report(m.getId(), m.getVersion());
        assertThat(reported.getStatus()).isEqualTo(EvaluationStatus.REPORTED);

        // Board members read the reported aggregate report, never a case.
        signIn("board");
        assertThat(evaluations.visible()).extracting(Evaluation::getId).contains(e.getId());
        assertThat(reports.results(reported)).hasSize(6);
        assertThatThrownBy(() -> fieldwork.sample(reported)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fieldwork.open(chosen.getFirst().getId())).isInstanceOf(AccessDeniedException.class);
        navigate("thematic/reviews/" + chosen.getFirst().getId());
        assertThat(currentView()).isNotEqualTo(ReviewView.class);
        navigate("thematic/" + e.getId());
        assertThat(_get(EvaluationView.class).getElement().getTextRecursively()).contains("What the case reviews found")
                .doesNotContain(chosen.getFirst().getCaseRecord().getReference());

        // The board commissions a follow-up on the same questions; the two are compared.
        signIn("psw");
        Evaluation follow = commissioning.commissionFollowUp(e.getId());
        assertThat(follow.getFollowUpOf().getId()).isEqualTo(e.getId());
        assertThat(templates.current(follow).orElseThrow().getQuestions()).hasSize(6);
        follow = commissioning.commission(follow.getId(), follow.getVersion(), terms("Follow-up: Fathers in assessments"));
        signIn("qa");
        CaseReview again = fieldwork.sampleByCriteria(follow.getId(), null, LevelOfNeed.CHILD_IN_NEED, null, 1).getFirst();
        fieldwork.assign(again.getId(), person("qa").getId());
        follow = repository.findById(follow.getId()).orElseThrow();
        follow = lifecycle.startFieldwork(follow.getId(), follow.getVersion());
        answer(again, Map.of(0, "OUTSTANDING", 1, "YES", 2, "8"));
        var comparison = reports.comparison(repository.findById(follow.getId()).orElseThrow());
        assertThat(comparison).extracting(Aggregates.Comparison::question).startsWith("Quality of the work with the father", "Was the father seen?");
        assertThat(comparison.getFirst().before()).isEqualTo("50% good or better (average 2.3)");
        assertThat(comparison.getFirst().after()).isEqualTo("100% good or better (average 4.0)");
        assertThat(comparison.get(2).before()).isEqualTo("Average 3.0");
        assertThat(comparison.get(2).after()).isEqualTo("Average 8.0");

        // PDFs: the terms of reference and the report, PDF/UA-1.
        var pdfs = ctx.getBean(ThematicPdfs.class);
        PdfKit kit = ctx.getBean(PdfKit.class);
        byte[] tor = kit.render(pdfs.termsOfReference(reported));
        byte[] report = kit.render(pdfs.report(repository.findById(e.getId()).orElseThrow()));
        byte[] followReport = kit.render(pdfs.report(repository.findById(follow.getId()).orElseThrow()));
        assertThat(PdfUaValidator.failures(tor)).isEmpty();
        assertThat(PdfUaValidator.failures(report)).isEmpty();
        assertThat(PdfUaValidator.failures(followReport)).isEmpty();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/thematic-terms-of-reference.pdf"), tor);
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/thematic-report.pdf"), report);
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/thematic-follow-up.pdf"), followReport);
    }

    @Test
    void theReportABoardReadsQuotesNoCaseAnswer() throws Exception {
        signIn("qa");
        Evaluation reported = repository.findAll().stream().filter(e -> e.getStatus().isReported()).findFirst().orElseThrow();
        List<String> caseWords = reports.results(reported).stream().filter(r -> r.type() == QuestionType.TEXT)
                .flatMap(r -> r.texts().stream()).toList();
        assertThat(caseWords).as("the demo's reported evaluation has free-text answers").isNotEmpty();
        signIn("board");
        var exporter = ctx.getBean(org.sightline.kernel.pdf.ExportService.class).available().stream()
                .filter(x -> x.id().equals("thematic-reports")).findFirst().orElseThrow();
        byte[] pdf = ctx.getBean(PdfKit.class).render(exporter.build(new org.sightline.kernel.pdf.ReportPeriod(
                java.time.LocalDate.of(2024, 4, 1), java.time.LocalDate.of(2026, 11, 20))));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(reported.getTitle()).contains("in their own words");
            for (String words : caseWords) {
                assertThat(text).doesNotContain(words.replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theBuilderSaysWhereNewQuestionsStandBeforeTheFirstSave() {
        signIn("qa");
        Evaluation fresh = commissioning.commissionNew(terms("Template note check"));
        navigate("thematic/" + fresh.getId() + "/template");
        TemplateBuilderView builder = _get(TemplateBuilderView.class);
        assertThat(builder.versionNote.getText()).isEqualTo("No questions yet.");
        ButtonKt._click(builder.addQuestion);
        assertThat(builder.versionNote.getText()).isEqualTo("Not saved yet: save the template to keep this question.");
        ButtonKt._click(builder.addQuestion);
        assertThat(builder.versionNote.getText()).isEqualTo("Not saved yet: save the template to keep these 2 questions.");
    }

    @Test
    void auditorsSeeOnlyTheirCasesAndOthersSeeOnlyReportedEvaluations() {
        signIn("practitioner");
        List<Evaluation> seen = evaluations.visible();
        assertThat(seen).isNotEmpty().allMatch(e -> e.getStatus().isReported());
        Evaluation fieldworkDemo = repository.findAll().stream().filter(e -> e.getStatus() == EvaluationStatus.FIELDWORK).findFirst().orElseThrow();
        assertThatThrownBy(() -> evaluations.open(fieldworkDemo.getId())).isInstanceOf(AccessDeniedException.class);
        signIn("director");
        assertThat(evaluations.visible()).extracting(Evaluation::getId).contains(fieldworkDemo.getId());
        assertThat(fieldwork.sample(fieldworkDemo)).isEmpty();
        signIn("qa");
        assertThat(fieldwork.sample(fieldworkDemo)).isNotEmpty();
        navigate("thematic/programme");
        ProgrammeView programme = _get(ProgrammeView.class);
        assertThat(programme.summary.getText()).contains("of the 4 evaluations expected report in 2026/27");
        // The year runs April to March: its first column is April 2026, its last March 2027.
        assertThat(programme.content.getElement().getTextRecursively()).contains("Apr 2026", "Jan 2027", "Mar");
    }

    @Test
    void theTemplateBuilderAddsMovesAndChecksQuestionsAndVersionsAFrozenTemplate() {
        signIn("qa");
        Evaluation inFieldwork = repository.findAll().stream().filter(e -> e.getStatus() == EvaluationStatus.FIELDWORK).findFirst().orElseThrow();
        navigate("thematic/" + inFieldwork.getId() + "/template");
        TemplateBuilderView builder = _get(TemplateBuilderView.class);
        assertThat(builder.versionNote.getText()).startsWith("Version 1 is in use for fieldwork. Saving a change makes version 2");
        int before = builder.rows.size();
        ButtonKt._click(builder.addQuestion);
        TemplateBuilderView.Row added = builder.rows.getLast();
        HasValueUtilsKt._setValue(added.type, QuestionType.CHOICE);
        HasValueUtilsKt._setValue(added.options, "Only one");
        ButtonKt._click(builder.save);
        assertThat(added.text.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(added.options.getErrorMessage()).isEqualTo("List at least two options, one per line.");
        HasValueUtilsKt._setValue(added.text, "Who last updated the chronology?");
        HasValueUtilsKt._setValue(added.options, "Social worker\nTeam manager\nNobody");
        ButtonKt._click(added.up);
        assertThat(builder.rows.get(before - 1)).isSameAs(added);
        ButtonKt._click(builder.save);
        Template current = templates.current(inFieldwork).orElseThrow();
        assertThat(current.getVersionNo()).isEqualTo(2);
        assertThat(current.getQuestions()).hasSize(before + 1);
        assertThat(current.getQuestions().get(before - 1).getText()).isEqualTo("Who last updated the chronology?");
        assertThat(current.getQuestions().get(before - 1).optionList()).containsExactly("Social worker", "Team manager", "Nobody");
        // Reviews answered before keep version 1.
        assertThat(reviews.findByEvaluationIdOrderByIdAsc(inFieldwork.getId()).stream().filter(CaseReview::isSubmitted))
                .allMatch(r -> r.getTemplate().getVersionNo() == 1);

        // A practitioner cannot change a template.
        signIn("practitioner");
        assertThatThrownBy(() -> templates.save(inFieldwork.getId(), QUESTIONS)).isInstanceOf(AccessDeniedException.class);
    }

    private void set(ReviewView page, Question q, Object value) {
        @SuppressWarnings("unchecked")
        var field = (com.vaadin.flow.component.HasValue<?, Object>) page.fields.get(q.getId());
        HasValueUtilsKt._setValue(field, value);
    }

    private static String error(ReviewView page, Question q) {
        return ((com.vaadin.flow.component.HasValidation) page.fields.get(q.getId())).getErrorMessage();
    }

    /** Submits answers by question position in the review's template. */
    private void answer(CaseReview r, Map<Integer, String> byPosition) {
        CaseReview fresh = reviews.findById(r.getId()).orElseThrow();
        Template t = fieldwork.templateFor(fresh);
        Map<Long, String> answers = new HashMap<>();
        byPosition.forEach((i, v) -> answers.put(t.getQuestions().get(i).getId(), v));
        fieldwork.submit(fresh.getId(), fresh.getVersion(), answers);
    }
}
