package org.sightline.complaints.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.complaints.Categories;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Channel;
import org.sightline.complaints.ComplainantType;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintDetails;
import org.sightline.complaints.ComplaintPdfs;
import org.sightline.complaints.ComplaintReminders;
import org.sightline.complaints.ComplaintRepository;
import org.sightline.complaints.ComplaintEscalation;
import org.sightline.complaints.ComplaintIntake;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.NewPoint;
import org.sightline.complaints.Stage1Workflow;
import org.sightline.complaints.ComplimentDraft;
import org.sightline.complaints.ComplimentFrom;
import org.sightline.complaints.ComplimentService;
import org.sightline.complaints.EarlyResolution;
import org.sightline.complaints.Outcome;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.audit.AuditEntryRepository;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** Stage 1 from logging to the response — resolved early, on time, extended, overdue — escalation, compliments and access. */
class ComplaintWorkflowTest extends AbstractKaribuTest {

    /** The test clock's day: Friday 20 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    ComplaintQueries complaints;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    Stage1Workflow stage1;
    @Autowired
    ComplaintEscalation escalation;
    @Autowired
    ComplaintRepository repository;
    @Autowired
    ComplimentService compliments;
    @Autowired
    Categories categories;
    @Autowired
    PersonRepository people;
    @Autowired
    TeamRepository teams;
    @Autowired
    NotificationRepository notices;
    @Autowired
    AuditEntryRepository auditEntries;

    private List<String> noticesFor(Person p) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(p.getId(), PageRequest.of(0, 1000)).map(n -> n.getTitle()).getContent();
    }

    private Team assessment() {
        return teams.findAllByOrderByNameAsc().stream().filter(t -> t.getName().equals("Assessment Team")).findFirst().orElseThrow();
    }

    private Long category(String name) {
        return categories.active(CategoryKind.COMPLAINT).stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private Complaint logged(LocalDate received, ComplainantType type) {
        return intake.register(new ComplaintDetails(received, Channel.EMAIL, type, "Dawn Example", "dawn@example.org", null,
                assessment().getId(), "The family were not told the outcome of the assessment."), List.of(
                new NewPoint("Not told the outcome before the meeting.", category("Communication")),
                new NewPoint("The report had facts wrong.", category("Quality of assessment or report"))));
    }

    /** One limit per field: the form stops typing where the service would refuse, and the service refuses one more. */
    @Test
    void eachFieldsLimitIsTheSameOnTheFormAndInTheService() {
        signIn("complaints");
        navigate("complaints/new");
        ComplaintView form = _get(ComplaintView.class);
        assertThat(form.log.complainantName.getMaxLength()).isEqualTo(Complaint.NAME_MAX);
        assertThat(form.log.complainantContact.getMaxLength()).isEqualTo(Complaint.CONTACT_MAX);
        assertThat(form.log.summary.getMaxLength()).isEqualTo(Complaint.SUMMARY_MAX);
        assertThat(form.log.pointRows.getFirst().description.getMaxLength()).isEqualTo(org.sightline.complaints.ComplaintPoint.DESCRIPTION_MAX);

        String longestName = "N".repeat(Complaint.NAME_MAX);
        Complaint saved = intake.register(new ComplaintDetails(TODAY, Channel.EMAIL, ComplainantType.PARENT, longestName, null, null,
                assessment().getId(), "S".repeat(Complaint.SUMMARY_MAX)), List.of(new NewPoint("P".repeat(
                org.sightline.complaints.ComplaintPoint.DESCRIPTION_MAX), null)));
        assertThat(saved.getComplainantName()).isEqualTo(longestName);
        assertThatThrownBy(() -> intake.register(new ComplaintDetails(TODAY, Channel.EMAIL, ComplainantType.PARENT,
                longestName + "N", null, null, assessment().getId(), "S".repeat(Complaint.SUMMARY_MAX + 1)), List.of(new NewPoint("Late.", null))))
                .isInstanceOfSatisfying(org.sightline.kernel.support.ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("complainantName", "Keep the name to 200 characters or fewer.")
                        .containsEntry("summary", "Keep the summary to 8,000 characters or fewer."));
    }

    @Test
    void theFormFillsTheTeamFromTheCaseAndAPointCanBeRemovedBeforeSaving() {
        var aCase = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(st -> {
            var c = ctx.getBean(org.sightline.kernel.cases.CaseRepository.class).findAll().stream().filter(x -> x.getTeam() != null)
                    .findFirst().orElseThrow();
            return java.util.Map.entry(c.getReference(), c.getTeam().getName());
        });
        signIn("complaints");
        navigate("complaints/new");
        ComplaintView form = _get(ComplaintView.class);
        HasValueUtilsKt._setValue(form.log.caseReference, aCase.getKey());
        assertThat(form.log.team.getValue().getName()).isEqualTo(aCase.getValue());
        HasValueUtilsKt._setValue(form.log.caseReference, "NO-SUCH-CASE");
        assertThat(form.log.caseReference.isInvalid()).isTrue();
        assertThat(form.log.caseReference.getErrorMessage()).isEqualTo("No case has the reference \"NO-SUCH-CASE\". Check it, or leave it empty.");

        // One point cannot be removed; of three, the middle one can, and the rest are renumbered.
        assertThat(form.log.pointRows.getFirst().remove.isVisible()).isFalse();
        ButtonKt._click(form.log.addPointRow);
        ButtonKt._click(form.log.addPointRow);
        HasValueUtilsKt._setValue(form.log.pointRows.get(0).description, "Calls not returned");
        HasValueUtilsKt._setValue(form.log.pointRows.get(1).description, "Typed by mistake");
        HasValueUtilsKt._setValue(form.log.pointRows.get(2).description, "Report not shared");
        ButtonKt._click(form.log.pointRows.get(1).remove);
        assertThat(form.log.pointRows).extracting(r -> r.description.getLabel() + ": " + r.description.getValue())
                .containsExactly("Point 1: Calls not returned", "Point 2: Report not shared");
        assertThat(form.log.pointRows.get(1).remove.getText()).isEqualTo("Remove point 2");
    }

    @Test
    void aComplaintIsLoggedWithClearMessagesAndResolvedEarly() {
        signIn("qa");
        navigate("complaints/new");
        ComplaintView form = _get(ComplaintView.class);
        HasValueUtilsKt._setValue(form.log.receivedOn, TODAY.plusDays(3));
        HasValueUtilsKt._setValue(form.log.channel, Channel.PHONE);
        HasValueUtilsKt._setValue(form.log.summary, "Mum says nobody returned her calls for two weeks.");
        HasValueUtilsKt._setValue(form.log.caseReference, "NO-SUCH-CASE");
        long before = repository.count();
        ButtonKt._click(form.log.save);
        assertThat(form.log.receivedOn.getErrorMessage()).isEqualTo("The received date cannot be in the future.");
        assertThat(form.log.complainantType.getErrorMessage()).isEqualTo("Choose who made the complaint.");
        assertThat(form.log.complainantName.getErrorMessage()).isEqualTo("Enter the complainant's name.");
        assertThat(form.log.caseReference.getErrorMessage()).isEqualTo("No case has the reference \"NO-SUCH-CASE\". Check it, or leave it empty.");
        assertThat(form.log.pointRows.getFirst().description.getErrorMessage()).isEqualTo("Describe every complaint point, or remove the empty one.");
        assertThat(form.log.summary.getValue()).isEqualTo("Mum says nobody returned her calls for two weeks.");
        assertThat(repository.count()).isEqualTo(before);

        HasValueUtilsKt._setValue(form.log.receivedOn, TODAY.minusDays(1));
        HasValueUtilsKt._setValue(form.log.complainantType, ComplainantType.CHILD);
        HasValueUtilsKt._setValue(form.log.complainantName, "Kai Example");
        HasValueUtilsKt._setValue(form.log.caseReference, "");
        HasValueUtilsKt._setValue(form.log.team, form.log.team.getListDataView().getItems().filter(t -> t.getName().equals("Assessment Team"))
                .findFirst().orElseThrow());
        HasValueUtilsKt._setValue(form.log.pointRows.getFirst().description, "Nobody returned my calls.");
        ButtonKt._click(form.log.addPointRow);
        HasValueUtilsKt._setValue(form.log.pointRows.get(1).description, "I was not told my social worker had left.");
        ButtonKt._click(form.log.save);
        assertThat(repository.count()).isEqualTo(before + 1);
        Complaint c = repository.findAll().stream().filter(x -> x.getComplainantName().equals("Kai Example")).findFirst().orElseThrow();
        assertThat(c.getPoints()).hasSize(2);
        assertThat(c.getReference()).startsWith("CMP-2026-");
        assertThat(noticesFor(person("qa").getLineManager())).contains("New complaint " + c.getReference() + " to allocate");

        navigate("complaints/" + c.getId());
        ComplaintView page = _get(ComplaintView.class);
        ButtonKt._click(page.stage1.allocate);
        assertThat(page.stage1.officer.getErrorMessage()).isEqualTo("Choose the QA officer who will investigate.");
        HasValueUtilsKt._setValue(page.stage1.officer, page.stage1.officer.getListDataView().getItems().filter(p -> p.equals(person("qa")))
                .findFirst().orElseThrow());
        ButtonKt._click(page.stage1.allocate);
        assertThat(page.complaint.getOfficer()).isEqualTo(person("qa"));
        assertThat(noticesFor(person("qa"))).contains("Complaint " + c.getReference() + " allocated to you");
        ButtonKt._click(page.stage1.saveContact);
        ButtonKt._click(page.stage1.saveAdvocate);
        assertThat(page.complaint.getContact().getAdvocateOfferedOn()).isEqualTo(TODAY);
        HasValueUtilsKt._setValue(page.stage1.resolution, EarlyResolution.RESOLVED);
        ButtonKt._click(page.stage1.saveResolution);
        assertThat(page.stage1.resolutionNote.getErrorMessage()).isEqualTo("Record how it was resolved and what was agreed with the team.");
        HasValueUtilsKt._setValue(page.stage1.resolutionNote, "The team manager called Kai and agreed weekly calls.");
        ButtonKt._click(page.stage1.saveResolution);
        Complaint done = repository.findById(c.getId()).orElseThrow();
        assertThat(done.statusLabel()).isEqualTo("Resolved early");
        assertThat(done.getPoints()).extracting(p -> p.getOutcome()).containsOnly(Outcome.RESOLVED_EARLY);
        assertThat(complaints.steps(done)).extracting(Timeline.Entry::step).doesNotContain(Timeline.Step.RESPOND);
        assertThat(complaints.steps(done)).allMatch(Timeline.Entry::isDone);
        assertThat(auditEntries.search(null, "Complaint", String.valueOf(c.getId()), org.sightline.kernel.audit.AuditAction.VIEW_CHILD_DETAIL,
                null, null, PageRequest.of(0, 10)).getContent()).isNotEmpty();
    }

    @Test
    void investigatedAndAnsweredOnTimeAfterQualityAssurance() {
        signIn("qa");
        LocalDate received = LocalDate.of(2026, 11, 10);
        Complaint c = logged(received, ComplainantType.PARENT);
        c = stage1.allocate(c.getId(), c.getVersion(), person("qa").getId(), LocalDate.of(2026, 11, 11));
        c = stage1.recordContact(c.getId(), c.getVersion(), LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 16), true);
        c = stage1.earlyResolution(c.getId(), c.getVersion(), EarlyResolution.DECLINED, LocalDate.of(2026, 11, 16), null);
        assertThat(c.getPointsConfirmedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(Timeline.responseDue(c, complaints.days())).isEqualTo(LocalDate.of(2026, 11, 24));
        Complaint sent = stage1.sendForQualityAssurance(c.getId(), c.getVersion());

        // The investigating officer cannot sign off their own response, and a practitioner cannot at all.
        signIn("practitioner");
        assertThatThrownBy(() -> stage1.qualityAssure(sent.getId(), sent.getVersion())).isInstanceOf(AccessDeniedException.class);
        signIn("headofservice");
        navigate("complaints/" + c.getId());
        ComplaintView page = _get(ComplaintView.class);
        ButtonKt._click(page.stage1.approve);
        Complaint approved = repository.findById(c.getId()).orElseThrow();
        assertThat(approved.getResponse().getQaBy()).isEqualTo(person("headofservice"));

        signIn("qa");
        navigate("complaints/" + c.getId());
        page = _get(ComplaintView.class);
        assertThat(page.stage1.outcomes).hasSize(2);
        var firstBox = page.stage1.outcomes.values().iterator().next();
        HasValueUtilsKt._setValue(firstBox, Outcome.UPHELD);
        ButtonKt._click(page.stage1.respond);
        var secondBox = page.stage1.outcomes.values().stream().skip(1).findFirst().orElseThrow();
        assertThat(secondBox.getErrorMessage()).isEqualTo("Record the outcome of this point.");
        HasValueUtilsKt._setValue(secondBox, Outcome.NOT_UPHELD);
        HasValueUtilsKt._setValue(page.stage1.learning, "Share reports with families before meetings.");
        ButtonKt._click(page.stage1.respond);
        Complaint answered = repository.findById(c.getId()).orElseThrow();
        assertThat(answered.getResponse().getResponseSentOn()).isEqualTo(TODAY);
        assertThat(complaints.steps(answered).stream().filter(s -> s.step() == Timeline.Step.RESPOND).findFirst().orElseThrow().wasLate())
                .isFalse();
        assertThat(answered.getPoints()).extracting(p -> p.getOutcome()).containsExactly(Outcome.UPHELD, Outcome.NOT_UPHELD);

        // A recommendation becomes a tracked action.
        var action = stage1.raiseAction(c.getId(), "Reflective supervision on sharing reports", person("manager").getId(), TODAY.plusDays(20));
        assertThat(action.getSourceLink()).isEqualTo("complaints/" + c.getId());

        byte[] pdf = ctx.getBean(PdfKit.class).render(ctx.getBean(ComplaintPdfs.class).chronology(answered, complaints.steps(answered),
                complaints.days(), TODAY));
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        write("complaint-chronology.pdf", pdf);
    }

    @Test
    void anExtensionNeedsAgreementAndStaysWithinTwentyWorkingDaysAndANewPointCanRestartTheClock() {
        signIn("qa");
        Complaint c = logged(LocalDate.of(2026, 11, 16), ComplainantType.PARENT);
        c = stage1.allocate(c.getId(), c.getVersion(), person("qa").getId(), LocalDate.of(2026, 11, 17));
        assertThat(Timeline.responseDue(c, complaints.days())).isEqualTo(LocalDate.of(2026, 11, 30));
        navigate("complaints/" + c.getId());
        ComplaintView page = _get(ComplaintView.class);
        HasValueUtilsKt._setValue(page.stage1.extendedDue, LocalDate.of(2026, 12, 16));
        ButtonKt._click(page.stage1.extend);
        assertThat(page.stage1.extendedDue.getErrorMessage())
                .isEqualTo("Stage 1 can be extended to 20 working days at most: no later than 14 Dec 2026.");
        assertThat(page.stage1.extensionReason.getErrorMessage()).isEqualTo("Give the reason for the extension, as explained to the complainant.");
        assertThat(page.stage1.extensionAgreedOn.getErrorMessage())
                .isEqualTo("Enter the date of the complainant's written agreement; an extension needs it.");
        HasValueUtilsKt._setValue(page.stage1.extendedDue, LocalDate.of(2026, 12, 5));
        HasValueUtilsKt._setValue(page.stage1.extensionReason, "The allocated worker is on leave until 1 December.");
        HasValueUtilsKt._setValue(page.stage1.extensionAgreedOn, TODAY);
        ButtonKt._click(page.stage1.extend);
        assertThat(page.stage1.extendedDue.getErrorMessage()).isEqualTo("Choose a working day; 5 Dec 2026 is a weekend or bank holiday.");
        assertThat(page.stage1.extensionReason.getValue()).isEqualTo("The allocated worker is on leave until 1 December.");
        HasValueUtilsKt._setValue(page.stage1.extendedDue, LocalDate.of(2026, 12, 9));
        ButtonKt._click(page.stage1.extend);
        Complaint extended = repository.findById(c.getId()).orElseThrow();
        assertThat(Timeline.responseDue(extended, complaints.days())).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(extended.getResponse().getExtensionAgreedOn()).isEqualTo(TODAY);

        // New points at the initial meeting restart the clock with the complaints manager's agreement; the old extension lapses.
        Person manager = people.findAll().stream().filter(p -> "Complaints Manager".equals(p.getJobTitle())).findFirst().orElseThrow();
        assertThatThrownBy(() -> stage1.addPoint(extended.getId(), extended.getVersion(), new NewPoint(
                "Contact with grandparents stopped.", category("Contact arrangements")), true, TODAY, null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKeys("restartAgreedBy", "restartReason"));
        Complaint restarted = stage1.addPoint(extended.getId(), extended.getVersion(), new NewPoint(
                "Contact with grandparents stopped.", category("Contact arrangements")), true, TODAY, manager.getFullName(),
                "New points raised at the initial meeting.");
        assertThat(restarted.getPoints()).hasSize(3);
        assertThat(restarted.getClockStart()).isEqualTo(TODAY);
        assertThat(Timeline.responseDue(restarted, complaints.days())).isEqualTo(LocalDate.of(2026, 12, 4));

        // A reason longer than its column is refused beside its field.
        assertThatThrownBy(() -> stage1.addPoint(restarted.getId(), restarted.getVersion(), new NewPoint("Another point.", null), true,
                TODAY, manager.getFullName(), "R".repeat(Complaint.REASON_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("restartReason", "Keep the reason to 1,000 characters or fewer."));

        // Two people at once: the second save is refused, not lost silently.
        assertThatThrownBy(() -> stage1.recordContact(extended.getId(), extended.getVersion(), TODAY, null, false))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void overdueStepsShowInRedAndTheirOwnersAndManagersAreToldOnce() {
        signIn("qa");
        Complaint logged = logged(LocalDate.of(2026, 10, 28), ComplainantType.CARER);
        Complaint allocated = stage1.allocate(logged.getId(), logged.getVersion(), person("qa").getId(), LocalDate.of(2026, 10, 29));
        Complaint c = stage1.recordContact(allocated.getId(), allocated.getVersion(), LocalDate.of(2026, 10, 30), null, false);
        // Received 28 October: the response was due 11 November and nothing has been sent.
        navigate("complaints");
        ComplaintsView register = _get(ComplaintsView.class);
        HasValueUtilsKt._setValue(register.show, ComplaintsView.Show.OVERDUE);
        List<ComplaintQueries.Row> overdue = GridKt._findAll(register.grid);
        assertThat(overdue).anyMatch(r -> r.complaint().getId().equals(c.getId()));
        assertThat(overdue).allMatch(ComplaintQueries.Row::overdue);
        navigate("complaints/" + c.getId());
        assertThat(_get(ComplaintView.class).getElement().getTextRecursively()).contains("Overdue");

        // The officer's home page lists the steps they owe, the overdue one first.
        navigate("");
        var home = _get(org.sightline.app.ui.HomeView.class);
        assertThat(home.panelTitles()).contains("My complaint steps due");
        assertThat(home.getElement().getTextRecursively()).contains(c.getReference() + ": send the stage 1 response — overdue since 11 Nov 2026");
        signIn("practitioner");
        navigate("compliments");
        navigate("");
        assertThat(_get(org.sightline.app.ui.HomeView.class).panelTitles()).doesNotContain("My complaint steps due");
        signIn("qa");

        Person officer = person("qa");
        ctx.getBean(ComplaintReminders.class).run();
        ctx.getBean(ComplaintReminders.class).run();
        // Each overdue step once, to its owner and the owner's manager, however often the job runs.
        assertThat(noticesFor(officer)).filteredOn(t -> t.startsWith("Overdue") && t.contains(c.getReference()))
                .containsExactly("Overdue: send the stage 1 response (" + c.getReference() + ")");
        assertThat(noticesFor(officer.getLineManager())).filteredOn(t -> t.startsWith("Overdue") && t.contains(c.getReference()))
                .containsExactlyInAnyOrder(
                "Overdue: send the stage 1 response (" + c.getReference() + ")",
                "Overdue: quality-assure the draft response (" + c.getReference() + ")");
    }

    @Test
    void escalationToStagesTwoAndThreeKeepsEachStagesDatesAndOutcome() {
        signIn("qa");
        Complaint c = logged(LocalDate.of(2026, 7, 1), ComplainantType.PARENT);
        c = stage1.allocate(c.getId(), c.getVersion(), person("qa").getId(), LocalDate.of(2026, 7, 2));
        c = stage1.recordContact(c.getId(), c.getVersion(), LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 6), true);
        c = stage1.earlyResolution(c.getId(), c.getVersion(), EarlyResolution.DECLINED, LocalDate.of(2026, 7, 6), null);
        c = stage1.sendForQualityAssurance(c.getId(), c.getVersion());
        signIn("headofservice");
        c = stage1.qualityAssure(c.getId(), c.getVersion());
        signIn("qa");
        Map<Long, Outcome> outcomes = new java.util.HashMap<>();
        c.getPoints().forEach(p -> outcomes.put(p.getId(), Outcome.PARTLY_UPHELD));
        Complaint answered = stage1.respond(c.getId(), c.getVersion(), LocalDate.of(2026, 7, 15), outcomes, null);
        // More than 20 working days after the response is too late for stage 2.
        assertThatThrownBy(() -> escalation.escalate(answered.getId(), answered.getVersion(), 2, LocalDate.of(2026, 8, 13), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("requestedOn"))
                        .isEqualTo("The request came after 12 Aug 2026, more than 20 working days after the response; it is outside the procedure."));
        Complaint two = escalation.escalate(answered.getId(), answered.getVersion(), 2, LocalDate.of(2026, 8, 3), "R. Investigator");
        assertThat(two.statusLabel()).isEqualTo("Stage 2 investigation");
        assertThat(complaints.steps(two)).filteredOn(s -> s.step() == Timeline.Step.STAGE2_RESPOND).extracting(Timeline.Entry::due)
                .containsExactly(LocalDate.of(2026, 9, 8));
        assertThatThrownBy(() -> escalation.extendStage2(two.getId(), two.getVersion(), LocalDate.of(2026, 11, 10), "Complex"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("stage2Due"))
                        .isEqualTo("Stage 2 can be extended to 65 working days at most: no later than 3 Nov 2026."));
        Complaint twoExtended = escalation.extendStage2(two.getId(), two.getVersion(), LocalDate.of(2026, 10, 1), "Complex records");
        Complaint twoDone = escalation.stageResponse(twoExtended.getId(), twoExtended.getVersion(), 2, LocalDate.of(2026, 9, 30),
                Outcome.NOT_UPHELD, "The investigator found the stage 1 response fair.");
        Complaint three = escalation.escalate(twoDone.getId(), twoDone.getVersion(), 3, LocalDate.of(2026, 10, 5), "Panel chair");
        three = escalation.panelHeld(three.getId(), three.getVersion(), LocalDate.of(2026, 11, 2));
        three = escalation.panelReported(three.getId(), three.getVersion(), LocalDate.of(2026, 11, 6));
        Complaint closed = escalation.stageResponse(three.getId(), three.getVersion(), 3, LocalDate.of(2026, 11, 19), Outcome.NOT_UPHELD,
                "The council accepted the panel's findings.");
        assertThat(closed.getEscalations()).extracting(e -> e.getStage() + ":" + e.getOutcome())
                .containsExactly("2:NOT_UPHELD", "3:NOT_UPHELD");
        assertThat(closed.getPoints()).extracting(p -> p.getOutcome()).containsOnly(Outcome.PARTLY_UPHELD);
        assertThat(closed.statusLabel()).isEqualTo("Stage 3 responded");
        assertThat(complaints.steps(closed)).filteredOn(s -> s.step().name().startsWith("STAGE")).hasSize(4)
                .allMatch(s -> s.isDone() && !s.wasLate());
    }

    @Test
    void onlyTheQaTeamTheComplaintsTeamTheOfficerAndTheServicesManagersReadAComplaint() {
        signIn("qa");
        Complaint c = logged(TODAY.minusDays(2), ComplainantType.PARENT);

        signIn("practitioner");
        assertThatThrownBy(() -> complaints.open(c.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(complaints.visible()).isEmpty();
        navigate("complaints/" + c.getId());
        assertThat(currentView()).isNotEqualTo(ComplaintView.class);
        signIn("board");
        assertThatThrownBy(() -> complaints.open(c.getId())).isInstanceOf(AccessDeniedException.class);
        navigate("complaints");
        assertThat(currentView()).isNotEqualTo(ComplaintsView.class);

        // The Assessment Team's manager and those above them read it; for another team's complaint, they do not.
        signIn("manager");
        assertThat(complaints.open(c.getId()).getReference()).isEqualTo(c.getReference());
        signIn("servicemanager");
        assertThat(complaints.visible()).anyMatch(r -> r.complaint().getId().equals(c.getId()));
        signIn("complaints");
        assertThat(complaints.open(c.getId())).isNotNull();
        Team careLeavers = teams.findAllByOrderByNameAsc().stream().filter(t -> t.getName().equals("Care Leavers")).findFirst().orElseThrow();
        Complaint elsewhere = intake.register(new ComplaintDetails(TODAY, Channel.LETTER, ComplainantType.CHILD, "Jo Example", null,
                null, careLeavers.getId(), "No flat agreed before turning 18."), List.of(new NewPoint("No flat.", null)));
        signIn("manager");
        assertThatThrownBy(() -> complaints.open(elsewhere.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(complaints.visible()).noneMatch(r -> r.complaint().getId().equals(elsewhere.getId()));
        signIn("servicemanager");
        assertThatThrownBy(() -> complaints.open(elsewhere.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aComplimentIsRecordedAndSharedWithTheStaffMemberAndTheirManager() {
        signIn("manager");
        navigate("compliments");
        ComplimentsView view = _get(ComplimentsView.class);
        HasValueUtilsKt._setValue(view.words, "");
        ButtonKt._click(view.save);
        assertThat(view.fromType.getErrorMessage()).isEqualTo("Choose who the compliment came from.");
        assertThat(view.words.getErrorMessage()).isEqualTo("Enter the words of the compliment as they were given.");
        assertThat(view.staff.getErrorMessage()).isEqualTo("Choose the staff members or teams the compliment is for.");
        Person practitioner = person("practitioner");
        HasValueUtilsKt._setValue(view.fromType, ComplimentFrom.PARENT);
        HasValueUtilsKt._setValue(view.category, view.category.getListDataView().getItems().findFirst().orElseThrow());
        HasValueUtilsKt._setValue(view.staff, Set.of(view.staff.getListDataView().getItems().filter(p -> p.equals(practitioner))
                .findFirst().orElseThrow()));
        HasValueUtilsKt._setValue(view.words, "She always <b>listened</b> and kept her promises.");
        HasValueUtilsKt._setValue(view.consent, true);
        int before = GridKt._size(view.grid);
        ButtonKt._click(view.save);
        assertThat(GridKt._size(view.grid)).isEqualTo(before + 1);
        var recorded = compliments.all().getFirst();
        assertThat(recorded.getWords()).isEqualTo("She always <b>listened</b> and kept her promises.");
        assertThat(recorded.getTeams()).extracting(Team::getName).containsExactly("Assessment Team");
        assertThat(noticesFor(practitioner)).contains("A compliment about your work");
        assertThat(noticesFor(practitioner.getLineManager())).contains("A compliment for " + practitioner.getFullName());

        signIn("practitioner");
        assertThatThrownBy(() -> compliments.record(new ComplimentDraft(TODAY, ComplimentFrom.PARENT, null, null, "x", false,
                Set.of(practitioner.getId()), Set.of()))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aComplimentNotToBeSharedIsReadOnlyByThoseWithAPartInIt() {
        Person practitioner = person("practitioner");
        Team careLeavers = teams.findAllByOrderByNameAsc().stream().filter(t -> t.getName().equals("Care Leavers")).findFirst().orElseThrow();
        signIn("complaints");
        Long category = categories.active(CategoryKind.COMPLIMENT).getFirst().getId();
        var forCareLeavers = compliments.record(new ComplimentDraft(TODAY, ComplimentFrom.YOUNG_PERSON, null, category,
                "Thank you for finding me a flat near my college.", false, Set.of(), Set.of(careLeavers.getId())));
        var forPractitioner = compliments.record(new ComplimentDraft(TODAY, ComplimentFrom.PARENT, null, category,
                "She explained the plan so that my son understood it.", false, Set.of(practitioner.getId()), Set.of()));
        var shared = compliments.record(new ComplimentDraft(TODAY, ComplimentFrom.PARENT, null, category,
                "The team kept us informed every week.", true, Set.of(), Set.of(careLeavers.getId())));
        for (String everyone : List.of("complaints", "qa", "psw", "director")) {
            signIn(everyone);
            assertThat(compliments.all()).as(everyone).extracting(c -> c.getId())
                    .contains(forCareLeavers.getId(), forPractitioner.getId(), shared.getId());
        }
        // The practitioner and her line manager read hers, not another team's private one.
        for (String own : List.of("practitioner", "manager")) {
            signIn(own);
            assertThat(compliments.all()).as(own).extracting(c -> c.getId())
                    .contains(forPractitioner.getId(), shared.getId()).doesNotContain(forCareLeavers.getId());
        }
        // Someone with no part in either reads only the shared one.
        signIn("admin");
        assertThat(compliments.all()).extracting(c -> c.getId()).contains(shared.getId())
                .doesNotContain(forCareLeavers.getId(), forPractitioner.getId());
        navigate("compliments");
        assertThat(_get(ComplimentsView.class).getElement().getTextRecursively()).doesNotContain("near my college");
    }

    private static void write(String name, byte[] pdf) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/" + name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
