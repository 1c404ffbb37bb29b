package org.sightline.observations.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ValidationException;
import org.sightline.observations.CadenceRule;
import org.sightline.observations.CadenceRules;
import org.sightline.observations.ComplianceService;
import org.sightline.observations.NatureOfPractice;
import org.sightline.observations.Observation;
import org.sightline.observations.ObservationDraft;
import org.sightline.observations.ObservationPdfs;
import org.sightline.observations.ObservationRepository;
import org.sightline.observations.ObservationReminders;
import org.sightline.observations.ObservationService;
import org.sightline.observations.ObservationStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

class ObservationCycleTest extends AbstractKaribuTest {

    /** The test clock's day: Friday 20 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired
    ObservationService observations;
    @Autowired
    ObservationRepository repository;
    @Autowired
    ComplianceService compliance;
    @Autowired
    CadenceRules rules;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;
    @Autowired
    TransactionTemplate tx;

    private List<String> noticesFor(String login) {
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(person(login).getId(), PageRequest.of(0, 30)).map(n -> n.getTitle()).getContent();
    }

    private static ObservationDraft draft(Long observedId, LocalDate on) {
        return new ObservationDraft(observedId, on, null, null, NatureOfPractice.HOME_VISIT, null,
                "Saw the children alone and recorded their words.", "Involve the father.", null, null, Set.of(), Set.of());
    }

    /** One limit per field: the form stops typing where the service would refuse, and the service refuses one more. */
    @Test
    void eachFieldsLimitIsTheSameOnTheFormAndInTheService() {
        signIn("manager");
        navigate("observations/new");
        ObservationView form = _get(ObservationView.class);
        assertThat(form.natureOther.getMaxLength()).isEqualTo(org.sightline.observations.Observation.NATURE_OTHER_MAX);
        assertThat(form.strengths.getMaxLength()).isEqualTo(org.sightline.observations.Observation.TEXT_MAX);
        Long observed = person("practitioner").getId();
        String longest = "S".repeat(org.sightline.observations.Observation.TEXT_MAX);
        var ok = new ObservationDraft(observed, TODAY, null, null, NatureOfPractice.HOME_VISIT, null, longest, null, null, null,
                Set.of(), Set.of());
        assertThat(observations.create(ok).getStrengths()).isEqualTo(longest);
        var tooLong = new ObservationDraft(observed, TODAY, null, null, NatureOfPractice.HOME_VISIT, null, longest + "S", null, null, null,
                Set.of(), Set.of());
        assertThatThrownBy(() -> observations.create(tooLong))
                .isInstanceOfSatisfying(org.sightline.kernel.support.ValidationException.class,
                        e -> assertThat(e.errors()).containsEntry("strengths", "Keep this to 4,000 characters or fewer."));
    }

    @Test
    void aManagerRecordsAndSharesThePractitionerReflectsAndAcknowledges() throws Exception {
        Person practitioner = person("practitioner");
        signIn("manager");
        navigate("observations/new");
        ObservationView form = _get(ObservationView.class);
        assertThat(form.observed.getListDataView().getItems().map(Person::getId)).doesNotContain(person("manager").getId())
                .contains(practitioner.getId());
        HasValueUtilsKt._setValue(form.observed, form.observed.getListDataView().getItems()
                .filter(p -> p.getId().equals(practitioner.getId())).findFirst().orElseThrow());
        HasValueUtilsKt._setValue(form.observedOn, TODAY.plusDays(1));
        HasValueUtilsKt._setValue(form.nature, NatureOfPractice.OTHER);
        HasValueUtilsKt._setValue(form.strengths, "Explained the purpose of the visit; saw the child alone.");
        HasValueUtilsKt._setValue(form.caseReference, "NO-SUCH-CASE");
        ButtonKt._click(form.share);
        confirm();
        assertThat(form.observedOn.isInvalid()).isTrue();
        assertThat(form.observedOn.getErrorMessage()).isEqualTo("The date cannot be in the future; record an observation once it has happened.");
        assertThat(form.natureOther.getErrorMessage()).isEqualTo("Say what kind of practice it was.");
        assertThat(form.caseReference.getErrorMessage()).isEqualTo("No case has the reference \"NO-SUCH-CASE\". Check it, or leave it empty.");
        assertThat(form.strengths.getValue()).isEqualTo("Explained the purpose of the visit; saw the child alone.");
        long before = repository.count();
        assertThat(repository.count()).isEqualTo(before);

        HasValueUtilsKt._setValue(form.observedOn, TODAY.minusDays(2));
        HasValueUtilsKt._setValue(form.natureOther, "Family group conference");
        HasValueUtilsKt._setValue(form.caseReference, "");
        ButtonKt._click(form.share);
        assertThat(confirmation().question()).isEqualTo("Share this observation with " + practitioner.getFullName() + "?");
        long draftsBefore = repository.count();
        int noticesBefore = noticesFor("practitioner").size();
        confirmation().cancel();
        assertThat(repository.count()).isEqualTo(draftsBefore);
        assertThat(noticesFor("practitioner")).hasSize(noticesBefore);
        ButtonKt._click(form.share);
        confirm();
        assertThat(form.observedOn.isInvalid()).isFalse();
        Observation shared = repository.findAll().stream().filter(o -> "Family group conference".equals(o.getNatureOther()))
                .findFirst().orElseThrow();
        assertThat(shared.getStatus()).isEqualTo(ObservationStatus.SHARED);
        assertThat(shared.getObserver().getId()).isEqualTo(person("manager").getId());
        assertThat(noticesFor("practitioner")).contains("Observation of your practice to reflect on");

        // Observing yourself is refused by the service too, not only by the list.
        assertThatThrownBy(() -> observations.create(draft(person("manager").getId(), TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("observed"))
                        .isEqualTo("You cannot observe yourself; choose the practitioner you observed."));

        signIn("practitioner");
        navigate("observations/" + shared.getId());
        ObservationView page = _get(ObservationView.class);
        ButtonKt._click(page.acknowledge);
        assertThat(page.reflection.getErrorMessage()).isEqualTo("Add your own reflection: what went well, and what you would do differently.");
        HasValueUtilsKt._setValue(page.reflection, "I will invite the father next time and ask him directly.");
        ButtonKt._click(page.acknowledge);
        Observation done = repository.findById(shared.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ObservationStatus.ACKNOWLEDGED);
        assertThat(done.getPractitionerReflection()).isEqualTo("I will invite the father next time and ask him directly.");
        assertThat(noticesFor("manager")).anyMatch(t -> t.startsWith("Observation acknowledged by"));

        // Linked into supervision and an action raised from the development area.
        HasValueUtilsKt._setValue(page.supervisionNote, "Discussed in supervision on 24 November.");
        ButtonKt._click(page.saveNote);
        assertThat(repository.findById(shared.getId()).orElseThrow().getSupervisionNote()).isEqualTo("Discussed in supervision on 24 November.");
        signIn("manager");
        var action = observations.raiseAction(shared.getId(), "Invite the father to the next visit", TODAY.plusDays(14));
        assertThat(action.getOwner().getId()).isEqualTo(practitioner.getId());
        assertThat(action.getSourceLink()).isEqualTo("observations/" + shared.getId());

        byte[] pdf = ctx.getBean(PdfKit.class).render(ctx.getBean(ObservationPdfs.class).record(observations.open(shared.getId())));
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/observation-record.pdf"), pdf);
        // One rule in the kit: a record that names a child's case is marked OFFICIAL-SENSITIVE; one that does not, OFFICIAL.
        assertThat(text(pdf)).contains("OFFICIAL").doesNotContain("OFFICIAL-SENSITIVE");
        var tx = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        String reference = tx.execute(s -> ctx.getBean(org.sightline.kernel.cases.CaseRepository.class).findAll().stream()
                .filter(c -> c.isOpen() && c.getTeam() != null && c.getTeam().getId().equals(person("practitioner").getTeam().getId()))
                .map(org.sightline.kernel.cases.CaseRecord::getReference).findFirst().orElseThrow());
        ObservationDraft named = new ObservationDraft(practitioner.getId(), TODAY.minusDays(1), reference, null, NatureOfPractice.HOME_VISIT,
                null, "Saw the children alone.", null, null, null, Set.of(), Set.of());
        Observation withReference = observations.create(named);
        byte[] withCase = tx.execute(s -> ctx.getBean(PdfKit.class).render(ctx.getBean(ObservationPdfs.class)
                .record(observations.open(withReference.getId()))));
        assertThat(text(withCase)).contains("OFFICIAL-SENSITIVE");
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theQaTeamChoosesGoodPracticeAndTheSummaryGroupsThemes() {
        signIn("qa");
        var period = org.sightline.kernel.pdf.ReportPeriod.quarterOf(TODAY);
        var summary = ctx.getBean(org.sightline.observations.ObservationSummary.class);
        var before = summary.figures(period);
        Observation pick = repository.findAll().stream().filter(o -> o.getStatus() != ObservationStatus.DRAFT && !o.isGoodPractice()
                && period.contains(o.getObservedOn())).findFirst().orElseThrow();
        navigate("observations/" + pick.getId());
        ObservationView page = _get(ObservationView.class);
        HasValueUtilsKt._setValue(page.goodPractice, true);
        assertThat(repository.findById(pick.getId()).orElseThrow().isGoodPractice()).isTrue();

        navigate("observations/summary");
        SummaryView view = _get(SummaryView.class);
        var f = view.figures;
        assertThat(f.goodPractice()).extracting(Observation::getId).contains(pick.getId());
        assertThat(f.goodPractice()).hasSize(before.goodPractice().size() + 1);
        assertThat(f.total()).isEqualTo(repository.findAll().stream().filter(o -> o.getStatus() != ObservationStatus.DRAFT
                && period.contains(o.getObservedOn())).count());
        int tagged = f.strengthsByTheme().values().stream().mapToInt(List::size).sum();
        assertThat(tagged).isGreaterThanOrEqualTo(f.total());
        assertThat(f.byNatureAndService().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum())
                .isEqualTo(f.total());
        // Practitioners cannot choose good practice.
        signIn("practitioner");
        assertThatThrownBy(() -> observations.markGoodPractice(pick.getId(), false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void administratorsChangeACadenceRuleWithErrorsBesideTheFields() {
        signIn("admin");
        navigate("observations/rules");
        CadenceRulesView view = _get(CadenceRulesView.class);
        ButtonKt._click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.grid, 2, "change"));
        assertThat(view.form.isVisible()).isTrue();
        HasValueUtilsKt._setValue(view.interval, 0);
        ButtonKt._click(view.save);
        assertThat(view.interval.getErrorMessage()).isEqualTo("Enter how often, in months, from 1 to 36.");
        HasValueUtilsKt._setValue(view.interval, 4);
        ButtonKt._click(view.save);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(rules.all().get(2).getIntervalMonths()).isEqualTo(4);
        assertThat(rules.all().get(2).describe()).isEqualTo("Assistant Directors observe practice at least every 4 months");

        // Someone else saves the rule while this page has it open: nothing is overwritten, and the page says so.
        ButtonKt._click((com.vaadin.flow.component.button.Button) GridKt._getCellComponent(view.grid, 2, "change"));
        var stored = rules.all().get(2);
        rules.change(stored.getId(), stored.getVersion(), stored.getRoles(), stored.getObserver(), 6, stored.isActive());
        HasValueUtilsKt._setValue(view.interval, 9);
        ButtonKt._click(view.save);
        assertThat(view.message.getText()).startsWith("Someone else has just changed this rule, so your change was not saved.");
        assertThat(rules.all().get(2).getIntervalMonths()).isEqualTo(6);
    }

    @Test
    void homePanelsShowWhatIsDueAndWhatAwaitsReflection() {
        signIn("practitioner");
        navigate("");
        assertThat(_get(org.sightline.app.ui.HomeView.class).panelTitles()).contains("Observations awaiting my reflection");
        signIn("manager");
        assertThat(compliance.mine()).extracting(r -> r.status()).contains(org.sightline.kernel.support.Cadence.Status.OVERDUE, org.sightline.kernel.support.Cadence.Status.DUE_SOON);
        navigate("observations"); // away and back, so the home page is built for this user
        navigate("");
        assertThat(_get(org.sightline.app.ui.HomeView.class).panelTitles()).contains("Observations I am due to carry out");
        // Nothing waits for the director's reflection, so the panel stays off their home page.
        signIn("director");
        navigate("observations");
        navigate("");
        assertThat(_get(org.sightline.app.ui.HomeView.class).panelTitles()).doesNotContain("Observations awaiting my reflection");
    }

    @Test
    void eachPersonSeesOnlyWhatTheyMay() {
        Person practitioner = person("practitioner");
        signIn("practitioner");
        assertThat(observations.visible()).isNotEmpty().allMatch(o -> o.getObserved().getId().equals(practitioner.getId()));
        Observation someoneElses = repository.findAll().stream()
                .filter(o -> !o.getObserved().getId().equals(practitioner.getId()) && o.getStatus() != ObservationStatus.DRAFT)
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> observations.open(someoneElses.getId())).isInstanceOf(AccessDeniedException.class);
        navigate("observations/" + someoneElses.getId());
        assertThat(currentView().getSimpleName()).isEqualTo("AccessDeniedView");

        signIn("manager");
        Person manager = person("manager");
        List<Observation> managerSees = observations.visible();
        assertThat(managerSees).isNotEmpty().allMatch(o -> o.getObserver().getId().equals(manager.getId())
                || o.getObserved().getId().equals(manager.getId()) || o.getObserved().getLineManager() != null && o.getObserved().getLineManager().getId().equals(manager.getId()));
        navigate("observations");
        assertThat(GridKt._size(_get(ObservationsView.class).grid)).isEqualTo(managerSees.size());

        signIn("qa");
        assertThat(observations.visible()).hasSizeGreaterThan(managerSees.size());

        signIn("board");
        assertThatThrownBy(() -> observations.visible()).isInstanceOf(AccessDeniedException.class);
        navigate("observations");
        assertThat(currentView().getSimpleName()).isEqualTo("AccessDeniedView");
    }

    @Test
    void theCadenceRulesGiveDueAndOverdueListsOnAFixedClock() {
        // A new team under the demo team manager, with one person in each state.
        record Staff(Long never, Long lapsed, Long soon, Long recent) {
        }
        Person manager = person("manager");
        Staff s = tx.execute(st -> {
            Long[] ids = new Long[4];
            String[] names = {"Never Observed", "Lapsed Observation", "Soon Due", "Recently Observed"};
            for (int i = 0; i < 4; i++) {
                Person p = new Person(names[i], "cadence." + i + "@sightline-council.example");
                p.setRoles(EnumSet.of(Role.PRACTITIONER));
                p.setLineManager(manager);
                ids[i] = people.save(p).getId();
            }
            return new Staff(ids[0], ids[1], ids[2], ids[3]);
        });
        signIn("manager");
        for (var pair : List.of(List.of(s.lapsed(), TODAY.minusMonths(13)), List.of(s.soon(), TODAY.minusMonths(11).minusDays(10)),
                List.of(s.recent(), TODAY.minusMonths(2)))) {
            Observation o = observations.create(draft((Long) pair.get(0), (LocalDate) pair.get(1)));
            observations.share(o.getId(), o.getVersion(), draft((Long) pair.get(0), (LocalDate) pair.get(1)));
        }
        List<ComplianceService.Row> mine = compliance.mine();
        assertThat(row(mine, s.never()).status()).isEqualTo(org.sightline.kernel.support.Cadence.Status.OVERDUE);
        assertThat(row(mine, s.never()).lastObserved()).isNull();
        assertThat(row(mine, s.lapsed()).status()).isEqualTo(org.sightline.kernel.support.Cadence.Status.OVERDUE);
        assertThat(row(mine, s.lapsed()).dueOn()).isEqualTo(TODAY.minusMonths(1));
        assertThat(row(mine, s.soon()).status()).isEqualTo(org.sightline.kernel.support.Cadence.Status.DUE_SOON);
        assertThat(row(mine, s.soon()).dueOn()).isEqualTo(TODAY.plusMonths(1).minusDays(10));
        assertThat(mine).noneMatch(r -> r.subject().getId().equals(s.recent()));
        // The demo practitioner was observed by their manager six days ago: up to date, due next year.
        assertThat(compliance.visible()).filteredOn(r -> r.subject().getId().equals(person("practitioner").getId()) && !r.observerRule())
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo(org.sightline.kernel.support.Cadence.Status.UP_TO_DATE);
                    assertThat(r.dueOn()).isEqualTo(TODAY.minusDays(6).plusMonths(12));
                });
        // The team manager is due a yearly observation by their Head of Service, up the line.
        assertThat(compliance.visible()).filteredOn(r -> r.subject().getId().equals(manager.getId())
                        && r.rule().getObserver() == CadenceRule.Observer.HEAD_OF_SERVICE).singleElement()
                .satisfies(r -> assertThat(r.observer().getId()).isEqualTo(person("headofservice").getId()));

        // The Director's last observation was seven months ago, against a six-monthly rule.
        signIn("qa");
        navigate("observations/compliance");
        ComplianceView view = _get(ComplianceView.class);
        HasValueUtilsKt._setValue(view.status, "Overdue");
        List<ComplianceService.Row> overdue = GridKt._findAll(view.grid);
        assertThat(overdue).anyMatch(r -> r.observerRule() && r.subject().getId().equals(person("director").getId()));
        assertThat(overdue).anyMatch(r -> r.subject().getId().equals(s.never()));
        assertThat(overdue).allMatch(r -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE);

        // Reminders: each observer once per due date.
        signOut();
        ctx.getBean(ObservationReminders.class).run();
        ctx.getBean(ObservationReminders.class).run();
        assertThat(noticesFor("manager")).filteredOn(t -> t.contains("observations of practice are due")
                || t.equals("An observation of practice is due")).as(noticesFor("manager").toString()).hasSize(1);

        // An administrator makes the practitioners' rule six-monthly: the recent observation is now due sooner.
        signIn("admin");
        CadenceRule first = rules.all().getFirst();
        rules.change(first.getId(), first.getVersion(), first.getRoles(), first.getObserver(), 6, true);
        signIn("manager");
        assertThat(row(compliance.visible(), s.recent()).dueOn()).isEqualTo(TODAY.minusMonths(2).plusMonths(6));
        signIn("manager");
        assertThatThrownBy(() -> rules.change(first.getId(), first.getVersion() + 1, first.getRoles(), first.getObserver(), 12, true))
                .isInstanceOf(AccessDeniedException.class);
        // Back to yearly, for the other tests sharing this portal.
        signIn("admin");
        CadenceRule changed = rules.all().getFirst();
        rules.change(changed.getId(), changed.getVersion(), changed.getRoles(), changed.getObserver(), 12, true);
    }

    @Test
    void aTeamManagerWhoseLineManagerIsTheirHeadOfServiceIsOneExpectation() {
        signIn("qa");
        tx.executeWithoutResult(st -> everyExpectationOnce(compliance.visible()));
    }

    private static void everyExpectationOnce(List<ComplianceService.Row> rows) {
        // Early Help's team managers report straight to the Head of Service: both default rules name the same observer.
        var earlyHelpManagers = rows.stream().filter(r -> !r.observerRule() && r.subject().hasRole(Role.TEAM_MANAGER)
                && r.subject().getLineManager() != null && r.subject().getLineManager().hasRole(Role.HEAD_OF_SERVICE)).toList();
        assertThat(earlyHelpManagers).isNotEmpty();
        var perPair = earlyHelpManagers.stream().collect(java.util.stream.Collectors.groupingBy(
                r -> r.subject().getId() + ":" + r.observer().getId(), java.util.stream.Collectors.counting()));
        assertThat(perPair.values()).allMatch(n -> n == 1);
        // And so across the whole list: no person and observer twice.
        var all = rows.stream().filter(r -> !r.observerRule()).collect(java.util.stream.Collectors.groupingBy(
                r -> r.subject().getId() + ":" + (r.observer() == null ? "-" : r.observer().getId()), java.util.stream.Collectors.counting()));
        assertThat(all.values()).allMatch(n -> n == 1);
    }

    private static ComplianceService.Row row(List<ComplianceService.Row> rows, Long subjectId) {
        return rows.stream().filter(r -> r.subject().getId().equals(subjectId) && !r.observerRule()
                && r.rule().getObserver() == CadenceRule.Observer.LINE_MANAGER).findFirst().orElseThrow();
    }
}
