package org.sightline.audits.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.audits.audit.Assessment;
import org.sightline.audits.audit.AssessmentDraft;
import org.sightline.audits.audit.AuditScope;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.audit.AuditStatus;
import org.sightline.audits.audit.AuditorRole;
import org.sightline.audits.audit.CaseAudit;
import org.sightline.audits.audit.CaseAuditRepository;
import org.sightline.audits.audit.DomainAnswer;
import org.sightline.audits.sample.SampleLine;
import org.sightline.audits.sample.SampleRequest;
import org.sightline.audits.sample.SampleService;
import org.sightline.kernel.actions.ActionFilter;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.ServiceAreaRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class CaseAuditCycleTest extends AbstractKaribuTest {

    static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    @Autowired
    SampleService samples;
    @Autowired
    AuditService audits;
    @Autowired
    CaseAuditRepository auditRepository;
    @Autowired
    ServiceAreaRepository areas;
    @Autowired
    PersonRepository people;
    @Autowired
    ActionService actions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    org.sightline.kernel.cases.CaseService caseService;
    @Autowired
    org.sightline.kernel.pdf.ExportService exports;
    @Autowired
    org.sightline.audits.reports.AuditPdf auditPdf;
    @Autowired
    org.sightline.kernel.cases.CaseRepository caseRepository;

    private SampleRequest request(long seed) {
        Map<Long, Integer> sizes = new java.util.HashMap<>();
        areas.findAll().forEach(a -> sizes.put(a.getId(), 2));
        return new SampleRequest(DECEMBER, sizes, 6, seed);
    }

    private String login(Long personId) {
        return tx.execute(s -> people.findById(personId).orElseThrow().getEmail().replace("@sightline-council.example", ""));
    }

    /** Three December audits led by the demo team manager with the demo QA officer as peer: both can sign in. */
    private List<CaseAudit> allocateDecember() {
        signIn("qa");
        var qa = people.findByEmailIgnoreCase("qa@sightline-council.example").orElseThrow();
        List<String> refs = tx.execute(s -> {
            var team = people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow().getTeam();
            var taken = auditRepository.findAll().stream().filter(a -> a.getMonth().equals(DECEMBER))
                    .map(a -> a.getCaseRecord().getId()).collect(java.util.stream.Collectors.toSet());
            return caseRepository.findAll().stream().filter(c -> c.isOpen() && c.getTeam().equals(team) && !taken.contains(c.getId()))
                    .map(org.sightline.kernel.cases.CaseRecord::getReference).sorted().limit(3).toList();
        });
        List<SampleLine> lines = new java.util.ArrayList<>();
        for (String ref : refs) {
            lines.add(samples.lineFor(DECEMBER, ref, lines).withPeer(qa.getId(), qa.getFullName()));
        }
        List<CaseAudit> created = samples.allocate(request(7), lines);
        assertThat(created).allSatisfy(a -> assertThat(login(a.getLeadAuditor().getId())).isEqualTo("manager"));
        return created;
    }

    private AssessmentDraft graded(int domains, Grade grade) {
        List<DomainAnswer> answers = java.util.stream.IntStream.range(0, domains)
                .mapToObj(i -> new DomainAnswer(grade, "Evidence for domain " + i, "Working well", null)).toList();
        return new AssessmentDraft(answers, grade, "Balanced judgement", "Reflected together", "Said they feel listened to",
                null, null, "Parent declined to take part", "Update the plan");
    }

    @Test
    void theSampleIsStratifiedReproducibleAndAllocatedToTheRightAuditors() {
        signIn("qa");
        List<SampleLine> first = samples.preview(request(42));
        List<SampleLine> again = samples.preview(request(42));
        assertThat(first).isNotEmpty().isEqualTo(again);
        var perArea = first.stream().collect(java.util.stream.Collectors.groupingBy(SampleLine::serviceAreaName, java.util.stream.Collectors.counting()));
        assertThat(perArea.size()).isGreaterThanOrEqualTo(3);
        assertThat(perArea.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2));
        assertThat(first).allSatisfy(l -> {
            assertThat(l.leadId()).isNotNull();
            assertThat(l.peerId()).isNotNull().isNotEqualTo(l.leadId());
        });

        List<CaseAudit> created = samples.allocate(request(42), first);
        assertThat(created).hasSize(first.size());
        tx.executeWithoutResult(s -> {
            for (CaseAudit a : auditRepository.findAllById(created.stream().map(CaseAudit::getId).toList())) {
                var lead = a.getLeadAuditor();
                assertThat(lead.hasRole(org.sightline.kernel.people.Role.TEAM_MANAGER)).isTrue();
                assertThat(lead.getTeam()).isEqualTo(a.getCaseRecord().getTeam());
                // the peer is outside the case's line of management
                for (var p = a.getPractitioner(); p != null; p = p.getLineManager()) {
                    assertThat(p.getId()).isNotEqualTo(a.getPeerAuditor().getId());
                }
                assertThat(a.getStatus()).isEqualTo(AuditStatus.ALLOCATED);
                assertThat(a.getSample().getSeed()).isEqualTo(42);
            }
        });
        // allocating the same cases again for the same month is refused
        assertThatThrownBy(() -> samples.allocate(request(42), first)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theSamplePageSaysWhenAMonthIsAlreadyAllocatedAndWhyADrawFallsShort() {
        List<CaseAudit> created = allocateDecember();
        navigate("audits/sample");
        SampleView page = _get(SampleView.class);
        HasValueUtilsKt._setValue(page.month, DECEMBER);
        long december = auditRepository.findAll().stream().filter(a -> a.getMonth().equals(DECEMBER)).count();
        assertThat(page.monthState.getText()).startsWith("December 2026 already has " + december + " audits allocated (")
                .contains(" 20 Nov 2026, 10:00 by qa)")
                .endsWith("A new draw leaves out cases already audited and adds to them.");
        assertThat(page.monthState.getClassNames()).contains("warning-text");

        // Ask for more cases than an area has: the page says how many came and why.
        var first = page.sizes.entrySet().iterator().next();
        int open = tx.execute(s -> caseRepository.findAll().stream()
                .filter(c -> c.isOpen() && c.getTeam().getServiceArea().getId().equals(first.getKey().getId())).toList().size());
        page.sizes.values().forEach(f -> HasValueUtilsKt._setValue(f, 0));
        HasValueUtilsKt._setValue(first.getValue(), open + 5);
        ButtonKt._click(page.preview);
        assertThat(page.shortfall.getText()).startsWith(page.lines.size() + " of the " + (open + 5) + " cases asked for could be drawn. "
                + first.getKey().getName() + ": " + page.lines.size() + " of " + (open + 5) + " drawn. It has " + open + " open cases");
        ButtonKt._click(page.allocate);
        assertThat(confirmation().question()).isEqualTo("Allocate " + page.lines.size() + " more audits for December 2026?");
        assertThat(confirmation().consequence()).startsWith(december + " audits are already allocated for that month; these are added.");
        confirmation().cancel();
    }

    @Test
    void someoneWhoIsNotAnAuditorIsToldWhyTheGradesAreHiddenAndHasAWayBack() {
        List<CaseAudit> created = allocateDecember();
        signIn("psw");
        navigate("audits/" + created.get(0).getId());
        assertThat(currentView()).isEqualTo(AuditView.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("why-hidden")).getText())
                .startsWith("The auditors' grades and notes are private to them while they work")
                .contains("The final grades show here once the audit is complete.");
        var back = _get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withText("← Case audits"));
        assertThat(back.getHref()).isEqualTo("audits");
    }

    @Test
    void agreedPathInTheFormAndModerationPathToTheActionTracker() {
        List<CaseAudit> created = allocateDecember();
        CaseAudit agreed = created.get(0);
        CaseAudit disputed = created.get(1);
        int domains = tx.execute(s -> auditRepository.findById(agreed.getId()).orElseThrow().getTemplate().getDomains().size());

        // The lead works in the form: a grade saves as a draft; submitting with domains ungraded names them.
        signIn(login(agreed.getLeadAuditor().getId()));
        navigate("audits/" + agreed.getId());
        AuditView form = _get(AuditView.class);
        HasValueUtilsKt._setValue(form.domainFields.get(0).grade, Grade.GOOD);
        form.saveDraft();
        HasValueUtilsKt._setValue(form.domainFields.get(0).evidence, "Seen alone at every visit; views recorded.");
        HasValueUtilsKt._setValue(form.overallGrade, Grade.GOOD);
        ButtonKt._click(form.submit);
        confirm();
        assertThat(form.formError.getText()).startsWith("Grade every domain before submitting. Still to grade: Assessment, Quality of plans");
        assertThat(form.domainFields.get(1).grade.isInvalid()).isTrue();
        assertThat(form.domainFields.get(0).evidence.getValue()).isEqualTo("Seen alone at every visit; views recorded.");
        AuditStatus afterRefusal = tx.execute(s -> auditRepository.findById(agreed.getId()).orElseThrow().getStatus());
        assertThat(afterRefusal).isEqualTo(AuditStatus.IN_PROGRESS);

        for (int i = 1; i < domains; i++) {
            HasValueUtilsKt._setValue(form.domainFields.get(i).grade, Grade.GOOD);
        }
        HasValueUtilsKt._setValue(form.overallRationale, "Consistent good practice");
        HasValueUtilsKt._setValue(form.childFeedback, "Likes their worker");
        HasValueUtilsKt._setValue(form.parentReason, "Parent was in hospital");
        ButtonKt._click(form.submit);
        assertThat(confirmation().question()).isEqualTo("Submit your audit of case " + agreed.getCaseRecord().getReference() + "?");
        confirmation().cancel();
        AuditStatus afterGoingBack = tx.execute(s -> auditRepository.findById(agreed.getId()).orElseThrow().getStatus());
        assertThat(afterGoingBack).isEqualTo(AuditStatus.IN_PROGRESS);
        ButtonKt._click(form.submit);
        confirm();
        assertThat(form.formError.getText()).isEmpty();

        // Until the peer submits, the lead cannot see the peer's grades.
        CaseAudit reopened = audits.open(agreed.getId());
        assertThat(audits.otherAssessment(reopened)).isEmpty();

        signIn(login(agreed.getPeerAuditor().getId()));
        CaseAudit peerView = audits.open(agreed.getId());
        var peerAssessment = peerView.assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(peerAssessment.getId(), peerAssessment.getVersion(), graded(domains, Grade.GOOD));
        CaseAudit done = audits.open(agreed.getId());
        assertThat(done.getStatus()).isEqualTo(AuditStatus.COMPLETE);
        assertThat(done.getAgreed()).isTrue();
        assertThat(done.getFinalOverall()).isEqualTo(Grade.GOOD);
        assertThat(audits.otherAssessment(done)).isPresent();

        // The completed audit as a PDF for the child's file: accessible, marked, and its grades in the text.
        var summary = caseService.find(done.getCaseRecord().getId()).orElseThrow();
        var pdf = exports.exportDocument("audits", "CaseAudit", done.getId(), auditPdf.build(done, summary));
        assertThat(org.sightline.kernel.pdf.PdfUaValidator.failures(pdf.content())).isEmpty();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.content())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("OFFICIAL-SENSITIVE", "Case audit " + summary.reference(), "Voice of the child", "Good",
                    "Seen alone at every visit");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        // Disagreement goes to moderation.
        signIn(login(disputed.getLeadAuditor().getId()));
        var lead = audits.open(disputed.getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(lead.getId(), lead.getVersion(), graded(domains, Grade.GOOD));
        signIn(login(disputed.getPeerAuditor().getId()));
        var peer = audits.open(disputed.getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(peer.getId(), peer.getVersion(), graded(domains, Grade.REQUIRES_IMPROVEMENT));
        assertThat(audits.open(disputed.getId()).getStatus()).isEqualTo(AuditStatus.AWAITING_MODERATION);

        signIn("psw");
        assertThat(audits.search(AuditScope.MODERATION, null, null, PageRequest.of(0, 100)).map(CaseAudit::getId))
                .contains(disputed.getId());
        navigate("audits/" + disputed.getId() + "/moderate");
        ModerationView moderation = _get(ModerationView.class);
        assertThat(moderation.getElement().getOuterHTML()).contains("class=\"differs\"");
        ButtonKt._click(moderation.confirm);
        confirm();
        assertThat(moderation.finalDomains.get(0).isInvalid()).isTrue();
        assertThat(moderation.rationale.isInvalid()).isTrue();
        moderation.finalDomains.forEach(s -> HasValueUtilsKt._setValue(s, Grade.REQUIRES_IMPROVEMENT));
        HasValueUtilsKt._setValue(moderation.finalOverall, Grade.REQUIRES_IMPROVEMENT);
        HasValueUtilsKt._setValue(moderation.rationale, "Plans lack timescales; the peer's grade fits the evidence.");
        ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Add an action")));
        ModerationView.PlanRow row = moderation.plan.getFirst();
        HasValueUtilsKt._setValue(row.title, "Add timescales to every action in the child's plan");
        HasValueUtilsKt._setValue(row.owner, row.owner.getListDataView().getItem(0));
        HasValueUtilsKt._setValue(row.due, LocalDate.of(2026, 12, 18));
        ButtonKt._click(moderation.confirm);
        confirm();

        signIn("qa");
        CaseAudit moderated = audits.open(disputed.getId());
        assertThat(moderated.getStatus()).isEqualTo(AuditStatus.COMPLETE);
        assertThat(moderated.getAgreed()).isFalse();
        assertThat(moderated.getFinalOverall()).isEqualTo(Grade.REQUIRES_IMPROVEMENT);
        List<ActionItem> raised = actions.search(new ActionFilter(ActionFilter.Scope.ALL, "audits", null, null, null, false,
                "Add timescales"), PageRequest.of(0, 10)).getContent();
        assertThat(raised).singleElement().satisfies(a -> assertThat(a.getSourceLink()).isEqualTo("audits/" + disputed.getId()));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefused() {
        CaseAudit a = allocateDecember().get(2);
        signIn(login(a.getLeadAuditor().getId()));
        var lead = audits.open(a.getId()).assessment(AuditorRole.LEAD).orElseThrow();
        int domains = lead.getDomains().size();
        // Every text the auditor writes is held to its column: one character more is refused beside its field.
        AssessmentDraft tooLong = new AssessmentDraft(graded(domains, Grade.GOOD).domains(), Grade.GOOD, "Balanced judgement",
                "R".repeat(Assessment.REFLECTION_MAX + 1), "F".repeat(Assessment.FEEDBACK_MAX + 1), null, null,
                "W".repeat(Assessment.REASON_MAX + 1), "A".repeat(Assessment.PROPOSED_ACTIONS_MAX + 1));
        assertThatThrownBy(() -> audits.saveDraft(lead.getId(), lead.getVersion(), tooLong))
                .isInstanceOfSatisfying(org.sightline.kernel.support.ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("reflection", "Keep the reflective discussion to 3,000 characters or fewer.")
                        .containsEntry("childFeedback", "Keep the feedback to 2,000 characters or fewer.")
                        .containsEntry("parentFeedbackReason", "Keep the reason to 500 characters or fewer.")
                        .containsEntry("proposedActions", "Keep the proposed actions to 2,000 characters or fewer."));
        audits.saveDraft(lead.getId(), lead.getVersion(), graded(domains, Grade.GOOD));
        assertThatThrownBy(() -> audits.saveDraft(lead.getId(), lead.getVersion(), graded(domains, Grade.INADEQUATE)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(audits.open(a.getId()).assessment(AuditorRole.LEAD).orElseThrow().getOverallGrade()).isEqualTo(Grade.GOOD);

        // In the form, the refused save says so and keeps what was typed.
        navigate("audits/" + a.getId());
        AuditView first = _get(AuditView.class);
        audits.saveDraft(lead.getId(), lead.getVersion() + 1, graded(domains, Grade.OUTSTANDING)); // saved elsewhere meanwhile
        HasValueUtilsKt._setValue(first.overallRationale, "Typed in the first window");
        first.saveDraft();
        assertThat(first.formError.getText()).isEqualTo(org.sightline.kernel.support.ui.FormAction.changedMeanwhile("audit"));
        assertThat(first.overallRationale.getValue()).isEqualTo("Typed in the first window");
    }

    @Test
    void eachRoleSeesOnlyTheAuditsItMay() {
        signIn("practitioner");
        var practitionerId = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow().getId();
        List<CaseAudit> mine = audits.search(AuditScope.VISIBLE, null, null, PageRequest.of(0, 500)).getContent();
        tx.executeWithoutResult(s -> assertThat(auditRepository.findAllById(mine.stream().map(CaseAudit::getId).toList()))
                .allSatisfy(a -> {
                    assertThat(a.getPractitioner().getId()).isEqualTo(practitionerId);
                    assertThat(a.getStatus()).isEqualTo(AuditStatus.COMPLETE);
                }));

        signIn("manager");
        var managerTeam = tx.execute(s -> people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow().getTeam().getId());
        List<CaseAudit> team = audits.search(AuditScope.VISIBLE, null, null, PageRequest.of(0, 500)).getContent();
        assertThat(team).isNotEmpty().allSatisfy(a -> assertThat(a.getTeam().getId()).isEqualTo(managerTeam));
        CaseAudit other = tx.execute(s -> auditRepository.findAll().stream()
                .filter(a -> !a.getTeam().getId().equals(managerTeam) && !a.getPeerAuditor().getEmail().startsWith("manager@"))
                .findFirst().orElseThrow());
        assertThatThrownBy(() -> audits.open(other.getId())).isInstanceOf(AccessDeniedException.class);

        signIn("board");
        assertThatThrownBy(() -> audits.search(AuditScope.VISIBLE, null, null, PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);

        signIn("qa");
        navigate("audits");
        assertThat(GridKt._size(_get(AuditsView.class).grid)).isGreaterThan(100);
    }

    @Autowired
    org.sightline.audits.tracking.TrackingService tracking;

    @Test
    void trackingFiguresFollowTheAudits() {
        signIn("qa");
        var december = new org.sightline.audits.tracking.TrackingFilter(DECEMBER, DECEMBER, null, null);
        // Other tests in this class may have allocated December audits too: compare before and after.
        var before = tracking.figures(december);
        long allocatedBefore = before.completion().stream().mapToLong(r -> r.allocated()).sum();
        var year = tracking.figures(org.sightline.audits.tracking.TrackingFilter.lastTwelveMonths(LocalDate.of(2026, 11, 20)));
        assertThat(year.completed()).as("the demo year of audits").isGreaterThan(100);
        assertThat(year.trend().categories()).hasSize(12);
        assertThat(year.overall().get(Grade.GOOD)).isPositive();

        List<CaseAudit> created = allocateDecember();
        int domains = tx.execute(s -> auditRepository.findById(created.get(0).getId()).orElseThrow().getTemplate().getDomains().size());
        // agreed: both Good
        signIn("manager");
        var l0 = audits.open(created.get(0).getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(l0.getId(), l0.getVersion(), graded(domains, Grade.GOOD));
        var l1 = audits.open(created.get(1).getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(l1.getId(), l1.getVersion(), graded(domains, Grade.GOOD));
        signIn("qa");
        var p0 = audits.open(created.get(0).getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(p0.getId(), p0.getVersion(), graded(domains, Grade.GOOD));
        var p1 = audits.open(created.get(1).getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(p1.getId(), p1.getVersion(), graded(domains, Grade.REQUIRES_IMPROVEMENT));
        signIn("psw");
        CaseAudit disputed = audits.open(created.get(1).getId());
        ctx.getBean(org.sightline.audits.audit.Moderation.class).moderate(disputed.getId(), disputed.getVersion(), new org.sightline.audits.audit.ModerationDecision(
                java.util.Collections.nCopies(domains, Grade.REQUIRES_IMPROVEMENT), Grade.REQUIRES_IMPROVEMENT, "Peer is right", List.of()));

        signIn("qa");
        var after = tracking.figures(december);
        assertThat(after.completed()).isEqualTo(before.completed() + 2);
        assertThat(after.overall().get(Grade.GOOD)).isEqualTo(before.overall().get(Grade.GOOD) + 1);
        assertThat(after.overall().get(Grade.REQUIRES_IMPROVEMENT)).isEqualTo(before.overall().get(Grade.REQUIRES_IMPROVEMENT) + 1);
        assertThat(after.moderated()).isEqualTo(before.moderated() + 1);
        assertThat(after.completion()).singleElement().satisfies(r -> {
            assertThat(r.allocated()).isEqualTo(allocatedBefore + 3);
            assertThat(r.complete()).isEqualTo(before.completed() + 2);
        });
        String managerName = tx.execute(s -> people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow().getFullName());
        assertThat(after.shifts()).filteredOn(r -> r.auditor().equals(managerName)).singleElement()
                .satisfies(r -> assertThat(r.optimistic()).isGreaterThanOrEqualTo(1));
        long domainTotal = after.domains().categories().stream().mapToLong(c -> (long) after.domains().total(c)).sum();
        assertThat(domainTotal).isEqualTo((before.completed() + 2) * domains);

        // A team manager's figures are their team's only.
        signIn("manager");
        var team = tracking.figures(org.sightline.audits.tracking.TrackingFilter.lastTwelveMonths(LocalDate.of(2026, 11, 20)));
        String managerTeam = tx.execute(s -> people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow().getTeam().getName());
        assertThat(team.byTeam().stream().map(r -> r.name()).toList()).containsOnly(managerTeam);
        signIn("practitioner");
        assertThatThrownBy(() -> tracking.figures(december)).isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    org.sightline.kernel.notifications.NotificationRepository notices;

    @Test
    void inadequateNotifiesTheHeadOfServiceAndSetsUpTheReviewAndReaudit() {
        CaseAudit a = allocateDecember().getFirst();
        int domains = tx.execute(s -> auditRepository.findById(a.getId()).orElseThrow().getTemplate().getDomains().size());
        signIn("manager");
        var lead = audits.open(a.getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(lead.getId(), lead.getVersion(), graded(domains, Grade.INADEQUATE));
        signIn("qa");
        var peer = audits.open(a.getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(peer.getId(), peer.getVersion(), graded(domains, Grade.INADEQUATE));

        CaseAudit done = audits.open(a.getId());
        assertThat(done.isInadequate()).isTrue();
        assertThat(done.getReviewDue()).isEqualTo(LocalDate.of(2026, 11, 20).plusWeeks(6));
        assertThat(done.getReauditDue()).isEqualTo(LocalDate.of(2027, 2, 20));
        var hos = people.findByEmailIgnoreCase("headofservice@sightline-council.example").orElseThrow();
        assertThat(notices.findByRecipientIdOrderByCreatedAtDescIdDesc(hos.getId(), PageRequest.of(0, 20)).map(n -> n.getTitle()))
                .contains("Inadequate case audit: " + done.getCaseRecord().getReference());

        // The re-audit exists, linked to the first, led by the Head of Service.
        CaseAudit again = tx.execute(s -> auditRepository.findAll().stream()
                .filter(x -> x.getFollowUpOf() != null && x.getFollowUpOf().getId().equals(a.getId())).findFirst().orElseThrow());
        assertThat(login(again.getLeadAuditor().getId())).isEqualTo("headofservice");
        assertThat(again.getDueDate()).isEqualTo(LocalDate.of(2027, 2, 20));

        // Oversight: only a Head of Service, and not empty.
        assertThatThrownBy(() -> ctx.getBean(org.sightline.audits.audit.AuditFollowUp.class).recordOversight(done.getId(), done.getVersion(), "Seen")).isInstanceOf(AccessDeniedException.class);
        signIn("headofservice");
        navigate("audits/" + done.getId());
        AuditView view = _get(AuditView.class);
        ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Record oversight")));
        assertThat(view.followUpSection.oversight.isInvalid()).isTrue();
        HasValueUtilsKt._setValue(view.followUpSection.oversight, "Discussed with the team manager; a legal planning meeting is booked.");
        ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Record oversight")));
        CaseAudit overseen = audits.open(done.getId());
        assertThat(overseen.getOversight()).startsWith("Discussed with the team manager");
        ctx.getBean(org.sightline.audits.audit.AuditFollowUp.class).recordReview(overseen.getId(), overseen.getVersion(), "Plan now has timescales; the child is seen weekly.");

        // The re-audit completes and is compared with the first.
        var hl = audits.open(again.getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(hl.getId(), hl.getVersion(), graded(domains, Grade.REQUIRES_IMPROVEMENT));
        signIn(login(again.getPeerAuditor().getId()));
        var hp = audits.open(again.getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(hp.getId(), hp.getVersion(), graded(domains, Grade.REQUIRES_IMPROVEMENT));
        navigate("audits/" + again.getId());
        assertThat(_get(AuditView.class).getElement().getTextRecursively())
                .contains("Compared with the first audit", "Inadequate then Requires improvement");
    }

    @Test
    void thePractitionerReadsTheCompletedAuditAndAddsAReflection() {
        CaseAudit a = allocateDecember().getFirst();
        int domains = tx.execute(s -> auditRepository.findById(a.getId()).orElseThrow().getTemplate().getDomains().size());
        String practitioner = tx.execute(s -> {
            var p = auditRepository.findById(a.getId()).orElseThrow().getPractitioner();
            return p == null ? null : p.getEmail().replace("@sightline-council.example", "");
        });
        signIn("manager");
        var lead = audits.open(a.getId()).assessment(AuditorRole.LEAD).orElseThrow();
        audits.submit(lead.getId(), lead.getVersion(), graded(domains, Grade.GOOD));
        signIn("qa");
        var peer = audits.open(a.getId()).assessment(AuditorRole.PEER).orElseThrow();
        audits.submit(peer.getId(), peer.getVersion(), graded(domains, Grade.GOOD));
        CaseAudit done = audits.open(a.getId());
        assertThatThrownBy(() -> ctx.getBean(org.sightline.audits.audit.AuditFollowUp.class).reflect(done.getId(), done.getVersion(), "Not mine")).isInstanceOf(AccessDeniedException.class);
        org.junit.jupiter.api.Assumptions.assumeTrue("practitioner".equals(practitioner),
                "the demo practitioner's own case is needed to sign in as its worker");
        signIn("practitioner");
        navigate("audits/" + a.getId());
        AuditView view = _get(AuditView.class);
        HasValueUtilsKt._setValue(view.followUpSection.practitionerReflection, "I recognise the drift in reviews and will diarise them.");
        ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class, s -> s.withText("Save my reflection")));
        assertThat(audits.open(a.getId()).getPractitionerReflection()).startsWith("I recognise the drift");
    }

    @Test
    void aServiceManagerWithoutATeamSeesTheAuditsOfTheirServiceAndNoOther() {
        Long me = people.findByEmailIgnoreCase("servicemanager@sightline-council.example").orElseThrow().getId();
        // Each audit's service area, and whether the service manager is one of its auditors.
        record Row(Long id, String area, boolean auditor) {
        }
        List<Row> all = tx.execute(st -> auditRepository.findAll().stream().map(a -> new Row(a.getId(), a.getTeam().getServiceArea().getName(),
                me.equals(a.getLeadAuditor().getId()) || a.getPeerAuditor() != null && me.equals(a.getPeerAuditor().getId()))).toList());
        signIn("servicemanager");
        assertThat(people.findById(me).map(p -> p.getTeam())).isEmpty();
        var visible = audits.search(org.sightline.audits.audit.AuditScope.VISIBLE, null, null, PageRequest.of(0, 500)).getContent()
                .stream().map(a -> a.getId()).toList();
        var ofTheirService = all.stream().filter(r -> r.area().equals("Front Door and Assessment")).map(Row::id).toList();
        assertThat(ofTheirService).isNotEmpty();
        assertThat(visible).containsAll(ofTheirService);
        assertThat(all).filteredOn(r -> visible.contains(r.id())).allMatch(r -> r.area().equals("Front Door and Assessment") || r.auditor());
        assertThat(audits.open(ofTheirService.getFirst()).getId()).isEqualTo(ofTheirService.getFirst());
        Row elsewhere = all.stream().filter(r -> !r.area().equals("Front Door and Assessment") && !r.auditor()).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audits.open(elsewhere.id()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        navigate("audits/" + ofTheirService.getFirst());
        assertThat(currentView()).isEqualTo(AuditView.class);
    }
}
