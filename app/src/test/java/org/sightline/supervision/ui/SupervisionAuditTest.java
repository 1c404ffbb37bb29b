package org.sightline.supervision.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.grades.Grade;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Cadence;
import org.sightline.supervision.AuditStatus;
import org.sightline.supervision.ChainService;
import org.sightline.supervision.Criterion;
import org.sightline.supervision.DipSampler;
import org.sightline.supervision.SupervisionAudit;
import org.sightline.supervision.SupervisionAuditRepository;
import org.sightline.supervision.SupervisionService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class SupervisionAuditTest extends AbstractKaribuTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    SupervisionService audits;
    @Autowired
    SupervisionAuditRepository repository;
    @Autowired
    ChainService chain;
    @Autowired
    DipSampler sampler;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;
    @Autowired
    TransactionTemplate tx;

    private List<String> noticesFor(String login) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(person(login).getId(), PageRequest.of(0, 30)).map(n -> n.getTitle()).getContent();
    }

    @Test
    void theChainGivesEachAuditorTheirDueListAndACompletedAuditIsDiscussedAndAcknowledged() {
        Person serviceManager = person("servicemanager");
        Person manager = person("manager");
        // A new team manager under the service manager, never audited.
        Long newManager = tx.execute(s -> {
            Person tm = new Person("Chain Newmanager", "chain.tm@sightline-council.example");
            tm.setRoles(EnumSet.of(Role.TEAM_MANAGER));
            tm.setLineManager(serviceManager);
            tm = people.save(tm);
            Person sw = new Person("Chain Worker", "chain.sw@sightline-council.example");
            sw.setRoles(EnumSet.of(Role.PRACTITIONER));
            sw.setLineManager(tm);
            people.save(sw);
            return tm.getId();
        });
        signIn("servicemanager");
        navigate("supervision");
        navigate("");
        assertThat(_get(org.sightline.app.ui.HomeView.class).panelTitles()).contains("Supervision audits I owe");
        List<ChainService.Row> mine = chain.mine();
        assertThat(mine).filteredOn(r -> r.supervisor().getId().equals(newManager)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Cadence.Status.OVERDUE));
        // The demo team manager's supervision was audited twelve days ago: up to date for a year.
        assertThat(chain.visible()).filteredOn(r -> r.supervisor().equals(manager)).singleElement().satisfies(r -> {
            assertThat(r.auditor()).isEqualTo(serviceManager);
            assertThat(r.status()).isEqualTo(Cadence.Status.UP_TO_DATE);
            assertThat(r.dueOn()).isEqualTo(TODAY.minusDays(12).plusYears(1));
        });
        // The Assistant Director audits each Head of Service; the Director each Assistant Director.
        assertThat(chain.visible()).noneMatch(r -> r.supervisor().hasRole(Role.PRACTITIONER));
        signIn("director");
        assertThat(chain.visible()).filteredOn(r -> r.supervisor().hasRole(Role.HEAD_OF_SERVICE))
                .allMatch(r -> r.auditor().hasRole(Role.ASSISTANT_DIRECTOR));
        assertThat(chain.visible()).filteredOn(r -> r.supervisor().hasRole(Role.ASSISTANT_DIRECTOR))
                .isNotEmpty().allMatch(r -> r.auditor().hasRole(Role.DIRECTOR));

        // The form: completing with gaps names each gap and keeps what was typed.
        signIn("servicemanager");
        navigate("supervision/new");
        SupervisionAuditView form = _get(SupervisionAuditView.class);
        HasValueUtilsKt._setValue(form.supervisor, form.supervisor.getListDataView().getItems().filter(p -> p.getId().equals(newManager))
                .findFirst().orElseThrow());
        HasValueUtilsKt._setValue(form.supervisee, form.supervisee.getListDataView().getItems().findFirst().orElseThrow());
        HasValueUtilsKt._setValue(form.periodFrom, TODAY.minusMonths(6));
        HasValueUtilsKt._setValue(form.periodTo, TODAY.plusDays(3));
        HasValueUtilsKt._setValue(form.criteria.get(Criterion.FREQUENCY).grade, Grade.GOOD);
        HasValueUtilsKt._setValue(form.criteria.get(Criterion.FREQUENCY).evidence, "Five of six monthly sessions held.");
        ButtonKt._click(form.complete);
        confirm();
        assertThat(form.periodTo.getErrorMessage()).isEqualTo("The period reviewed cannot end in the future.");
        assertThat(form.sourcesError.getText()).isEqualTo("Say what you looked at: the personal supervision file, case records, or both.");
        assertThat(form.criteria.get(Criterion.REFLECTIVE).grade.getErrorMessage()).isEqualTo("Grade \"Reflective\".");
        assertThat(form.criteria.get(Criterion.FREQUENCY).grade.isInvalid()).isFalse();
        assertThat(form.criteria.get(Criterion.FREQUENCY).evidence.getValue()).isEqualTo("Five of six monthly sessions held.");
        assertThat(form.overall.getErrorMessage()).isEqualTo("Choose the overall grade.");

        HasValueUtilsKt._setValue(form.periodTo, TODAY.minusDays(1));
        HasValueUtilsKt._setValue(form.sourceFile, true);
        for (Criterion c : Criterion.values()) {
            HasValueUtilsKt._setValue(form.criteria.get(c).grade, c == Criterion.REVISITED ? Grade.REQUIRES_IMPROVEMENT : Grade.GOOD);
            HasValueUtilsKt._setValue(form.criteria.get(c).evidence, "Seen on the personal file for " + c.label().toLowerCase() + ".");
        }
        HasValueUtilsKt._setValue(form.overall, Grade.GOOD);
        ButtonKt._click(form.complete);
        confirm();
        SupervisionAudit done = repository.findAll().stream().filter(a -> a.getSupervisor().getId().equals(newManager)).findFirst().orElseThrow();
        assertThat(done.getStatus()).isEqualTo(AuditStatus.COMPLETED);
        assertThat(done.getAnswers()).hasSize(Criterion.values().length);
        assertThat(notices.findByRecipientIdOrderByCreatedAtDescIdDesc(newManager, PageRequest.of(0, 5)).map(n -> n.getTitle()).getContent())
                .contains("Audit of your supervision: Good");
        assertThat(chain.mine()).noneMatch(r -> r.supervisor().getId().equals(newManager));

        navigate("supervision/" + done.getId());
        SupervisionAuditView page = _get(SupervisionAuditView.class);
        HasValueUtilsKt._setValue(page.discussedOn, TODAY.plusDays(1));
        HasValueUtilsKt._setValue(page.discussionNote, "Agreed to review actions first each month.");
        ButtonKt._click(page.recordDiscussion);
        assertThat(page.discussedOn.getErrorMessage()).isEqualTo("The date cannot be in the future.");
        assertThat(page.discussionNote.getValue()).isEqualTo("Agreed to review actions first each month.");
        HasValueUtilsKt._setValue(page.discussedOn, TODAY);
        ButtonKt._click(page.recordDiscussion);
        assertThat(repository.findById(done.getId()).orElseThrow().getStatus()).isEqualTo(AuditStatus.DISCUSSED);
        // An action from the development areas goes to the supervisor through the tracker; a past due date is refused beside the field.
        HasValueUtilsKt._setValue(page.actionTitle, "Review last month's actions at the start of each session");
        HasValueUtilsKt._setValue(page.actionDue, TODAY.minusDays(1));
        ButtonKt._click(page.raise);
        assertThat(page.actionDue.getErrorMessage()).isEqualTo("The due date cannot be in the past.");
        HasValueUtilsKt._setValue(page.actionDue, TODAY.plusMonths(1));
        ButtonKt._click(page.raise);
        assertThat(notices.findByRecipientIdOrderByCreatedAtDescIdDesc(newManager, PageRequest.of(0, 5)).map(n -> n.getTitle()).getContent())
                .contains("New action: Review last month's actions at the start of each session");
        // The record is an accessible PDF.
        byte[] pdf = ctx.getBean(org.sightline.kernel.pdf.PdfKit.class).render(ctx.getBean(org.sightline.supervision.SupervisionPdfs.class)
                .record(audits.open(done.getId())));
        assertThat(org.sightline.kernel.pdf.PdfUaValidator.failures(pdf)).isEmpty();
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/supervision-audit.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Only the supervisor acknowledges.
        SupervisionAudit discussed = repository.findById(done.getId()).orElseThrow();
        assertThatThrownBy(() -> audits.acknowledge(discussed.getId(), discussed.getVersion())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoTeamManagerAcknowledgesTheAuditOfTheirSupervision() {
        signIn("manager");
        List<SupervisionAudit> waiting = audits.awaitingMyAcknowledgement();
        assertThat(waiting).hasSize(1);
        navigate("supervision/" + waiting.getFirst().getId());
        ButtonKt._click(_get(SupervisionAuditView.class).acknowledge);
        assertThat(repository.findById(waiting.getFirst().getId()).orElseThrow().getStatus()).isEqualTo(AuditStatus.ACKNOWLEDGED);
    }

    @Test
    void theAsyeDipSamplePicksThreeAndNobodyTwoMonthsRunningWhenOthersAreAvailable() {
        signIn("psw");
        Set<Long> asye = new HashSet<>(people.findByActiveTrueOrderByFullNameAsc().stream().filter(Person::isAsye).map(Person::getId).toList());
        assertThat(asye).hasSizeGreaterThanOrEqualTo(5);
        List<Person> november = sampler.forMonth(LocalDate.of(2026, 11, 1));
        assertThat(november).hasSize(3).allMatch(p -> asye.contains(p.getId()));
        assertThat(sampler.forMonth(LocalDate.of(2026, 11, 14))).containsExactlyInAnyOrderElementsOf(november); // stored, not redrawn
        // With five eligible, December takes the two not sampled in November and one repeat: only because it must.
        List<Person> december = sampler.forMonth(LocalDate.of(2026, 12, 1));
        assertThat(december).hasSize(3);
        assertThat(december.stream().filter(november::contains).count()).isEqualTo(Math.max(0, 3 - (asye.size() - 3)));
        // With more people eligible, January repeats nobody from December.
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                Person p = new Person("Asye Newstarter " + i, "asye." + i + "@sightline-council.example");
                p.setRoles(EnumSet.of(Role.PRACTITIONER));
                p.setAsye(true);
                people.save(p);
            }
        });
        List<Person> january = sampler.forMonth(LocalDate.of(2027, 1, 1));
        assertThat(january).hasSize(3).noneMatch(december::contains);
        navigate("supervision");
        assertThat(_get(SupervisionView.class).dipSample.getChildren().count()).isEqualTo(3);
        // Auditing the supervision of one of them is recorded as part of the dip sample.
        Person asyeWorker = november.getFirst();
        var answers = new java.util.EnumMap<Criterion, org.sightline.supervision.CriterionAnswer>(Criterion.class);
        for (Criterion c : Criterion.values()) {
            answers.put(c, new org.sightline.supervision.CriterionAnswer(Grade.GOOD, "Seen on file."));
        }
        SupervisionAudit dip = audits.complete(null, 0, new org.sightline.supervision.AuditDraft(asyeWorker.getLineManager().getId(),
                asyeWorker.getId(), TODAY.minusMonths(1), TODAY.minusDays(1), true, true, 4, 4, answers, Grade.GOOD, null, null, false));
        assertThat(dip.isDipSample()).isTrue();
        signIn("manager");
        assertThatThrownBy(() -> sampler.thisMonth()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEmptyFormIsAnsweredWithFieldMessagesNotAnError() {
        signIn("servicemanager");
        navigate("supervision/new");
        SupervisionAuditView form = _get(SupervisionAuditView.class);
        ButtonKt._click(form.complete);
        confirm();
        assertThat(form.supervisor.getErrorMessage()).isEqualTo("Choose the supervisor whose supervision you audited.");
        assertThat(form.criteria.get(Criterion.IMPACT).grade.isInvalid()).isTrue();
        assertThat(currentView()).isEqualTo(SupervisionAuditView.class);
    }

    @Test
    void theChainFiltersByServiceAndStatusAndAStaleDraftIsRefused() {
        signIn("qa");
        navigate("supervision");
        SupervisionView view = _get(SupervisionView.class);
        int everyone = com.github.mvysny.kaributesting.v10.GridKt._size(view.due);
        HasValueUtilsKt._setValue(view.statusFilter, "Overdue");
        List<ChainService.Row> overdue = com.github.mvysny.kaributesting.v10.GridKt._findAll(view.due);
        assertThat(overdue).isNotEmpty().allMatch(r -> r.status() == Cadence.Status.OVERDUE);
        assertThat(overdue.size()).isLessThan(everyone);
        HasValueUtilsKt._setValue(view.statusFilter, "Everyone");
        HasValueUtilsKt._setValue(view.serviceFilter, "Front Door and Assessment");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._findAll(view.due)).isNotEmpty()
                .allMatch(r -> r.supervisor().getTeam() != null && r.supervisor().getTeam().getServiceArea().getName().equals("Front Door and Assessment"));

        // Two tabs on one draft: the second save is told, not allowed to overwrite.
        signIn("servicemanager");
        Person manager = person("manager");
        var draft = new org.sightline.supervision.AuditDraft(manager.getId(), person("practitioner").getId(), TODAY.minusMonths(3), TODAY.minusDays(1), true, false,
                3, 3, null, null, null, null, false);
        SupervisionAudit saved = audits.saveDraft(null, 0, draft);
        var changed = new org.sightline.supervision.AuditDraft(draft.supervisorId(), draft.superviseeId(), draft.periodFrom(), draft.periodTo(),
                true, true, 3, 2, null, null, null, null, false);
        audits.saveDraft(saved.getId(), saved.getVersion(), changed);
        assertThatThrownBy(() -> audits.saveDraft(saved.getId(), saved.getVersion(), draft))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void accessFollowsTheLineAndBoardMembersSeeNothing() {
        Person practitioner = person("practitioner");
        signIn("practitioner");
        assertThat(audits.visible()).allMatch(a -> a.getSupervisee().equals(practitioner) || a.getSupervisor().equals(practitioner));
        SupervisionAudit other = repository.findAll().stream().filter(a -> a.getStatus() != AuditStatus.DRAFT
                && !a.getSupervisee().equals(practitioner) && !a.getSupervisor().equals(practitioner)).findFirst().orElseThrow();
        assertThatThrownBy(() -> audits.open(other.getId())).isInstanceOf(AccessDeniedException.class);
        signIn("qa");
        assertThat(audits.visible()).hasSizeGreaterThanOrEqualTo((int) repository.findAll().stream()
                .filter(a -> a.getStatus() != AuditStatus.DRAFT).count());
        signIn("board");
        assertThatThrownBy(() -> audits.visible()).isInstanceOf(AccessDeniedException.class);
        navigate("supervision");
        assertThat(currentView().getSimpleName()).isEqualTo("AccessDeniedView");
    }

    @Test
    void timelinessIsEnteredOrImportedAndShownAsATrend() {
        signIn("manager");
        navigate("supervision/tracking");
        TrackingView view = _get(TrackingView.class);
        assertThat(view.criteria.spec().isEmpty()).isFalse();
        var team = view.team.getListDataView().getItems().filter(t -> t.getName().equals("Assessment Team")).findFirst().orElseThrow();
        HasValueUtilsKt._setValue(view.team, team);
        HasValueUtilsKt._setValue(view.percentage, 140);
        ButtonKt._click(view.save);
        assertThat(view.percentage.getErrorMessage()).isEqualTo("Enter a percentage from 0 to 100.");
        HasValueUtilsKt._setValue(view.percentage, 91);
        ButtonKt._click(view.save);
        assertThat(view.percentage.isInvalid()).isFalse();
        String thisMonth = org.sightline.kernel.support.Formats.MONTH_SHORT.format(TODAY.withDayOfMonth(1));
        assertThat(view.timeliness.spec().value("Assessment Team", thisMonth)).isEqualTo(91);

        // The CSV: good rows are imported, bad rows named with their line and left out.
        view.importPanel.check("Team,Month,Percentage\nAssessment Team,2026-10,77\nNo Such Team,2026-10,80\nAssessment Team,October,80\n");
        var preview = view.importPanel.currentPreview();
        assertThat(preview.goodRows()).hasSize(1);
        assertThat(preview.badRows()).extracting(r -> r.problem())
                .containsExactly("No team is called \"No Such Team\".", "Month \"October\" is not like 2026-10.");
        ButtonKt._click(view.importPanel.importButton());
        assertThat(view.timeliness.spec().value("Assessment Team", "Oct 26")).isEqualTo(77);
        signIn("practitioner");
        assertThatThrownBy(() -> ctx.getBean(org.sightline.supervision.TimelinessService.class).trend())
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsChangeTheChainAndAuditorsAreRemindedOnce() {
        signIn("admin");
        navigate("supervision/rules");
        ChainRulesView view = _get(ChainRulesView.class);
        ButtonKt._click((com.vaadin.flow.component.button.Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, 0, "change"));
        HasValueUtilsKt._setValue(view.interval, 40);
        ButtonKt._click(view.save);
        assertThat(view.interval.getErrorMessage()).isEqualTo("Enter how often, in months, from 1 to 36.");
        HasValueUtilsKt._setValue(view.interval, 24);
        ButtonKt._click(view.save);
        assertThat(view.form.isVisible()).isFalse();
        signIn("servicemanager");
        // Audited twelve days ago, now every two years: due in two years less twelve days.
        assertThat(chain.visible()).filteredOn(r -> r.supervisor().equals(person("manager"))).singleElement()
                .satisfies(r -> assertThat(r.dueOn()).isEqualTo(TODAY.minusDays(12).plusYears(2)));

        // Back to yearly; a new team manager under the service manager has never been audited.
        signIn("admin");
        var chainRules = ctx.getBean(org.sightline.supervision.ChainRules.class);
        var rule = chainRules.all().getFirst();
        chainRules.change(rule.getId(), rule.getVersion(), rule.getRoles(), 12, true);
        Person serviceManager = person("servicemanager");
        tx.executeWithoutResult(st -> {
            Person tm = new Person("Reminder Newmanager", "reminder.tm@sightline-council.example");
            tm.setRoles(EnumSet.of(Role.TEAM_MANAGER));
            tm.setLineManager(serviceManager);
            tm = people.save(tm);
            Person sw = new Person("Reminder Worker", "reminder.sw@sightline-council.example");
            sw.setRoles(EnumSet.of(Role.PRACTITIONER));
            sw.setLineManager(tm);
            people.save(sw);
        });
        signOut();
        var job = ctx.getBean(org.sightline.supervision.SupervisionReminders.class);
        job.run();
        job.run();
        assertThat(noticesFor("servicemanager")).filteredOn(t -> t.equals("A supervision audit is due") || t.endsWith("supervision audits are due"))
                .hasSize(1);
    }
}
