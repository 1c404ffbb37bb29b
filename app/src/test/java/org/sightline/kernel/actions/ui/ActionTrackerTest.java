package org.sightline.kernel.actions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.actions.ActionFilter;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionRepository;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.ActionStatus;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.actions.OverdueActions;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfFile;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

class ActionTrackerTest extends AbstractKaribuTest {

    @Autowired
    ActionService actions;
    @Autowired
    ActionRepository actionRepository;
    @Autowired
    OverdueActions overdue;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    PersonRepository people;
    @Autowired
    ExportService exports;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private String managerLogin() {
        return tx.execute(s -> person("practitioner").getLineManager().getEmail().replace("@sightline-council.example", ""));
    }

    private ActionItem raiseForPractitioner(String title, LocalDate due) {
        signIn("qa");
        ActionItem a = actions.raise(new NewAction(title, "Agree the contingency plan with the family.",
                person("practitioner").getId(), due, "audits", "Case audit C-10001, November 2026", "audits/1"));
        signOut();
        return a;
    }

    private List<String> titlesFor(String login) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(person(login).getId(), PageRequest.of(0, 50))
                .map(n -> n.getTitle()).getContent();
    }

    @Test
    void anOverdueActionNotifiesTheOwnerThenTheManagerAfterFiveWorkingDays() {
        Person practitioner = person("practitioner");
        String managerLogin = managerLogin();
        // Due Thursday 20 November 2026, the day the test clock starts.
        raiseForPractitioner("Update the child's plan after the audit", LocalDate.of(2026, 11, 20));
        assertThat(titlesFor("practitioner")).contains("New action: Update the child's plan after the audit");

        overdue.run(); // not overdue on its due date
        assertThat(titlesFor("practitioner")).doesNotContain("Action overdue: Update the child's plan after the audit");

        clock.set(Instant.parse("2026-11-23T07:00:00Z")); // Monday: 1 working day overdue
        overdue.run();
        assertThat(titlesFor("practitioner")).contains("Action overdue: Update the child's plan after the audit");
        assertThat(titlesFor(managerLogin)).noneMatch(t -> t.contains("Update the child's plan after the audit"));

        clock.set(Instant.parse("2026-11-26T07:00:00Z")); // Thursday: 4 working days overdue
        overdue.run();
        assertThat(titlesFor(managerLogin)).noneMatch(t -> t.contains("Update the child's plan after the audit"));

        clock.set(Instant.parse("2026-11-27T07:00:00Z")); // Friday: 5 working days overdue
        overdue.run();
        overdue.run(); // once only
        assertThat(titlesFor(managerLogin)).filteredOn(t -> t.contains("Update the child's plan after the audit"))
                .containsExactly("Overdue action for " + practitioner.getFullName() + ": Update the child's plan after the audit");
        assertThat(titlesFor("practitioner")).filteredOn(t -> t.startsWith("Action overdue: Update the child's plan"))
                .hasSize(1);
    }

    @Test
    void theOwnerCompletesAnActionWithEvidenceInTheView() {
        ActionItem a = raiseForPractitioner("Hold a family network meeting", LocalDate.of(2026, 12, 4));
        signIn("practitioner");
        navigate("actions");
        ActionsView view = _get(ActionsView.class);
        assertThat(view.grid.getDataProvider().isInMemory()).as("the grid pages in the database").isFalse();
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._findAll(view.grid).stream().map(ActionItem::getTitle)).contains("Hold a family network meeting");

        navigate("actions/" + a.getId());
        ActionDialog dialog = _get(ActionDialog.class);
        ButtonKt._click(dialog.done);
        assertThat(dialog.evidence.isInvalid()).isTrue();
        assertThat(dialog.evidence.getErrorMessage()).isEqualTo("Describe what was done, so the loop can be closed.");

        HasValueUtilsKt._setValue(dialog.evidence, "Meeting held on 1 December; minutes on the case file.");
        ButtonKt._click(dialog.done);
        ActionItem done = actionRepository.findById(a.getId()).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);
        assertThat(done.getEvidence()).isEqualTo("Meeting held on 1 December; minutes on the case file.");
        assertThat(done.getCompletedBy().getId()).isEqualTo(person("practitioner").getId());
    }

    @Test
    void aConcurrentChangeIsDetectedNotOverwritten() {
        ActionItem a = raiseForPractitioner("Visit the child at school", LocalDate.of(2026, 12, 11));
        signIn("practitioner");
        navigate("actions/" + a.getId());
        ActionDialog dialog = _get(ActionDialog.class);
        // Meanwhile the QA officer cancels it.
        signIn("qa");
        assertThatThrownBy(() -> actions.cancel(a.getId(), a.getVersion(), "R".repeat(ActionItem.DETAIL_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("evidence", "Keep the reason to 4,000 characters or fewer."));
        actions.cancel(a.getId(), a.getVersion(), "Raised twice");
        signIn("practitioner");
        HasValueUtilsKt._setValue(dialog.evidence, "Visited on 2 December.");
        ButtonKt._click(dialog.done);
        assertThat(dialog.message.getText()).isEqualTo(org.sightline.kernel.support.ui.FormAction.changedMeanwhile("action"));
        assertThat(dialog.evidence.getValue()).isEqualTo("Visited on 2 December.");
        assertThat(actionRepository.findById(a.getId()).orElseThrow().getStatus()).isEqualTo(ActionStatus.CANCELLED);
    }

    @Test
    void practitionersSeeOnlyTheirOwnAndManagersTheirTeams() {
        raiseForPractitioner("Review the safety plan", LocalDate.of(2026, 12, 18));
        signIn("practitioner");
        assertThatThrownBy(() -> actions.search(ActionFilter.mine().withScope(ActionFilter.Scope.ALL), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actions.search(ActionFilter.mine().withScope(ActionFilter.Scope.TEAM), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        signIn(managerLogin());
        assertThat(actions.search(ActionFilter.mine().withScope(ActionFilter.Scope.TEAM), PageRequest.of(0, 50)).map(ActionItem::getTitle))
                .contains("Review the safety plan");

        signIn("board");
        assertThatThrownBy(() -> actions.search(ActionFilter.mine(), PageRequest.of(0, 10))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void actionsNeedAnOwnerATitleAndAFutureDueDate() {
        signIn("qa");
        assertThatThrownBy(() -> actions.raise(new NewAction(" ", null, null, LocalDate.of(2026, 1, 1), "audits", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("title", "Say what needs to be done.")
                        .containsEntry("owner", "Choose who owns the action.")
                        .containsEntry("dueDate", "The due date cannot be in the past."));
    }

    @Test
    void theActionsReportIsAccessibleAndListsTheActions() throws Exception {
        raiseForPractitioner("Complete the chronology", LocalDate.of(2026, 11, 30));
        raiseForPractitioner("Share the plan with the school", LocalDate.of(2026, 12, 2));
        signIn("qa");
        PdfFile pdf = exports.export("actions-report", ReportPeriod.quarterOf(LocalDate.of(2026, 11, 20)));
        assertThat(pdf.fileName()).isEqualTo("actions-report.pdf");
        assertThat(PdfUaValidator.failures(pdf.content())).isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Actions report", "Complete the chronology", "Share the plan with the school",
                    person("practitioner").getFullName(), "Case audit C-", "OFFICIAL");
        }
        // Every action's team, and an overdue one marked in word and colour.
        var kit = ctx.getBean(org.sightline.kernel.pdf.PdfKit.class);
        String xhtml = kit.xhtml(exports.build("actions-report", ReportPeriod.quarterOf(LocalDate.of(2026, 11, 20)), LocalDate.of(2026, 12, 20)));
        String all = xhtml.substring(xhtml.indexOf("All actions in the period"));
        assertThat(all).contains("<th scope=\"col\">Team</th>", "<td class=\"alert\">Overdue</td>");

        signIn("practitioner");
        assertThatThrownBy(() -> exports.export("actions-report", ReportPeriod.quarterOf(LocalDate.of(2026, 11, 20))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersAndQaSeeAChartOfOpenActionsWithItsFigures() {
        signIn("qa");
        navigate("actions");
        ActionsView view = _get(ActionsView.class);
        assertThat(view.chart.isVisible()).as("no chart for one's own actions").isFalse();
        HasValueUtilsKt._setValue(view.scopes, ActionFilter.Scope.ALL);
        assertThat(view.chart.isVisible()).isTrue();
        assertThat(view.chart.alt()).startsWith("Stacked bar chart: Open actions by team.");
        long open = actions.search(view.filter(), PageRequest.of(0, 1)).getTotalElements();
        double charted = view.chart.spec().categories().stream().mapToDouble(view.chart.spec()::total).sum();
        assertThat(charted).isEqualTo((double) open);
        assertThat(view.chart.getElement().getOuterHTML()).contains("<th scope=\"row\">", "<caption>Open actions by team</caption>");
    }
}
