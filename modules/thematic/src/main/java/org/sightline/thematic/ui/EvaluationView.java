package org.sightline.thematic.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.FiguresTable;
import org.sightline.kernel.support.ui.MarkupView;
import org.sightline.kernel.support.ui.PdfLink;
import org.sightline.kernel.support.ui.RecordRoute;
import org.sightline.thematic.Aggregates;
import org.sightline.thematic.CaseReview;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.Commissioning;
import org.sightline.thematic.EvaluationLifecycle;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.EvaluationStatus;
import org.sightline.thematic.Evidence;
import org.sightline.thematic.FieldworkService;
import org.sightline.thematic.EvaluationTemplates;
import org.sightline.thematic.ThematicPdfs;
import org.sightline.thematic.ThematicReports;

import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ui.RecordSteps;
import org.sightline.thematic.QuestionType;
/**
 * One evaluation: its terms of reference (a {@link TermsForm} while it is a draft), then the
 * template, the sample and fieldwork ({@link SampleSection}), other evidence
 * ({@link EvidenceSection}), the figures, and findings and recommendations
 * ({@link FindingsSection}). Case-level parts show only to the lead, the QA team and each auditor
 * for their own cases.
 */
@Route("thematic/:evaluationId([0-9]+|new)")
@PermitAll
public class EvaluationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button startFieldwork = new Button("Start fieldwork");
    final Button startModeration = new Button("End fieldwork and start moderation");
    final Button report = new Button("Report to the board");
    final Button close = new Button("Close the evaluation");
    final Button followUp = new Button("Commission a follow-up evaluation");
    final Paragraph message = new Paragraph();

    TermsForm terms;
    final SampleSection sample;
    final EvidenceSection evidence;
    final FindingsSection findings;

    private final EvaluationQueries evaluations;
    private final Commissioning commissioning;
    private final FieldworkService fieldwork;
    private final EvaluationTemplates templates;
    private final ThematicReports reports;
    private final ThematicPdfs pdfs;
    private final ExportService exports;
    private final CurrentUser currentUser;
    private final RecordSteps<Evaluation> steps;
    Evaluation evaluation;
    private String pageTitle = "Thematic evaluation | Sightline";

    public EvaluationView(EvaluationQueries evaluations, Commissioning commissioning, EvaluationLifecycle lifecycle,
                          FieldworkService fieldwork, EvaluationTemplates templates, ThematicReports reports, ThematicPdfs pdfs,
                          ExportService exports, TeamService teams, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.evaluations = evaluations;
        this.commissioning = commissioning;
        this.fieldwork = fieldwork;
        this.templates = templates;
        this.reports = reports;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        // Sections are made once, with their listeners; the page rebuilds its content on every visit and after each step.
        this.steps = new RecordSteps<>("evaluation", message, saved -> {
            evaluation = evaluations.open(saved.getId());
            removeAll();
            message.setText("");
            build();
        });
        this.sample = new SampleSection(fieldwork, evaluations, teams, steps);
        this.evidence = new EvidenceSection(evaluations, lifecycle, steps);
        this.findings = new FindingsSection(evaluations, lifecycle, steps);
        startFieldwork.addClickListener(e -> steps.act(() -> lifecycle.startFieldwork(steps.id(), steps.version()),
                "Fieldwork has started; the auditors are told.", Map.of()));
        startModeration.addClickListener(e -> steps.act(() -> lifecycle.startModeration(steps.id(), steps.version()),
                "Moderation has started: the reviews to moderate are chosen.", Map.of()));
        report.addClickListener(e -> Confirm.ask("Report " + evaluation.getTitle() + " to the board?",
                "The findings and recommendations are fixed as they are now and the report goes into board packs. A reported "
                        + "evaluation cannot be changed; a later look is a follow-up evaluation.", "Report",
                () -> steps.act(() -> lifecycle.report(steps.id(), steps.version()), "Reported.",
                        Map.of("strengths", findings.strengths, "weaknesses", findings.weaknesses, "title", findings.recommendation))));
        close.addClickListener(e -> Confirm.ask("Close " + evaluation.getTitle() + "?",
                "It moves to the closed list; its report stays readable. A closed evaluation cannot be reopened.", "Close the evaluation",
                () -> steps.act(() -> lifecycle.close(steps.id(), steps.version()), "Closed.", Map.of())));
        followUp.addClickListener(e -> {
            Evaluation created = commissioning.commissionFollowUp(evaluation.getId());
            getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, new RouteParameters("evaluationId", String.valueOf(created.getId()))));
        });
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("evaluationId").orElse("");
        removeAll();
        message.setText("");
        if (id.equals("new")) {
            if (!evaluations.mayCommission()) {
                event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
                return;
            }
            evaluation = null;
            pageTitle = "Commission an evaluation | Sightline";
            terms = new TermsForm(commissioning, evaluations.staff(), null, message);
            add(new RouterLink("← Thematic evaluations", ThematicView.class), new H1("Commission a thematic evaluation"), message, terms);
            return;
        }
        evaluation = RecordRoute.load(event, () -> evaluations.open(Long.parseLong(id))).orElse(null);
        if (evaluation != null) {
            pageTitle = evaluation.getTitle() + " | Sightline";
            build();
        }
    }

    private void build() {
        Evaluation e = evaluation;
        steps.showing(e);
        boolean manages = evaluations.mayManage(e);
        boolean caseLevel = evaluations.seesCaseLevel(e);
        header(e);
        if (manages) {
            Div next = new Div();
            next.addClassName("form-actions");
            switch (e.getStatus()) {
                case COMMISSIONED -> next.add(startFieldwork);
                case FIELDWORK -> next.add(startModeration);
                case MODERATION -> next.add(report);
                case REPORTED -> next.add(close);
                default -> {
                }
            }
            add(next);
        }
        if (e.getStatus().isReported() && evaluations.mayCommission()) {
            add(new Div(followUp));
        }
        termsAndTemplate(e, manages, caseLevel);

        // Board members read figures only: the sample is not asked for at all.
        List<CaseReview> mine = currentUser.hasRole(Role.BOARD_MEMBER) ? List.of() : fieldwork.sample(e);
        if (!mine.isEmpty() || manages) {
            add(new H2(caseLevel ? "Sample and fieldwork" : "My cases"));
            sample.show(e, mine, manages && (e.getStatus() == EvaluationStatus.DRAFT || e.getStatus() == EvaluationStatus.COMMISSIONED
                    || e.getStatus() == EvaluationStatus.FIELDWORK), caseLevel);
            add(sample);
        }
        if (caseLevel || e.getAuditors().contains(currentUser.require())) {
            add(new H2("Evidence from other methods"));
            evidence.show(e);
            add(evidence);
        }
        if (e.getStatus().ordinal() >= EvaluationStatus.FIELDWORK.ordinal()) {
            results(e, caseLevel);
            findings.show(e, manages && (e.getStatus() == EvaluationStatus.FIELDWORK || e.getStatus() == EvaluationStatus.MODERATION));
            add(findings);
        }
    }

    private void header(Evaluation e) {
        add(new RouterLink("← Thematic evaluations", ThematicView.class));
        Div actions = new Div(PdfLink.of("Terms of reference (PDF)", () -> exports.exportDocument("thematic", "Evaluation", e.getId(),
                pdfs.termsOfReference(e))));
        if (e.getStatus().ordinal() >= EvaluationStatus.MODERATION.ordinal()) {
            actions.add(PdfLink.of(e.getStatus().isReported() ? "Report (PDF)" : "Draft report (PDF)",
                    () -> exports.exportDocument("thematic", "Evaluation", e.getId(), pdfs.report(e))));
        }
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1(e.getTitle())), actions);
        header.addClassName("page-header");
        add(header, message);
        add(Facts.of(Facts.fact("Status", e.getStatus().label()), Facts.fact("Theme", nz(e.getTheme())),
                Facts.fact("Commissioned by", nz(e.getBoard()) + (e.getCommissionedOn() == null ? "" : ", " + Formats.date(e.getCommissionedOn()))),
                Facts.fact("Lead", e.getLead() == null ? "Not named" : e.getLead().getFullName()),
                Facts.fact("Timescale", (e.getStartOn() == null ? "?" : Formats.date(e.getStartOn())) + " to "
                        + (e.getReportDueOn() == null ? "?" : Formats.date(e.getReportDueOn())))));
        if (e.getFollowUpOf() != null) {
            Paragraph p = new Paragraph("A follow-up testing the impact of ");
            p.add(new RouterLink(e.getFollowUpOf().getTitle(), EvaluationView.class,
                    new RouteParameters("evaluationId", String.valueOf(e.getFollowUpOf().getId()))));
            add(p);
        }
    }

    private void termsAndTemplate(Evaluation e, boolean manages, boolean caseLevel) {
        add(new H2("Terms of reference"));
        if (manages && (e.getStatus() == EvaluationStatus.DRAFT || e.getStatus() == EvaluationStatus.COMMISSIONED)) {
            terms = new TermsForm(commissioning, evaluations.staff(), e, message);
            add(terms);
        } else {
            add(new H3("Why, and why now"), MarkupView.of(e.getWhy()), MarkupView.of(e.getWhyNow()), new H3("Scope"), MarkupView.of(e.getScope()),
                    new H3("Evaluation criteria"), MarkupView.of(e.getCriteria()), new H3("Methods"));
            UnorderedList m = new UnorderedList();
            e.getMethods().forEach(x -> m.add(new ListItem(x.label())));
            add(m);
        }
        add(new H2("Question template"));
        var current = templates.current(e);
        add(new Paragraph(current.map(t -> "Version " + t.getVersionNo() + ", " + t.getQuestions().size() + " questions"
                + (t.isFrozen() ? ", in use since " + Formats.dateTime(t.getFrozenAt()) + "." : ", not yet in use.")).orElse("Not built yet.")));
        if (manages || caseLevel) {
            add(new RouterLink(manages && !e.getStatus().isReported() && e.getStatus() != EvaluationStatus.MODERATION
                    ? "Build the template" : "Read the template", TemplateBuilderView.class,
                    new RouteParameters("evaluationId", String.valueOf(e.getId()))));
        }
    }

    /** What the case reviews found, question by question; free text only to those who see case-level detail. */
    private void results(Evaluation e, boolean caseLevel) {
        add(new H2("What the case reviews found"));
        long[] counts = reports.sampleCounts(e);
        add(new Paragraph(counts[1] + " of " + counts[0] + " sampled cases reviewed; " + counts[2] + " moderated."));
        for (Aggregates.Result r : reports.results(e)) {
            add(new H3(r.question()));
            if (r.answered() > 0 && (r.type() == QuestionType.GRADE || r.type() == QuestionType.YES_NO_PARTLY || r.type() == QuestionType.CHOICE)) {
                add(new ChartView(r.chart()));
            }
            add(new Paragraph(r.headline() + (r.type() == QuestionType.NUMBER && r.answered() > 0
                    ? " (lowest " + r.min() + ", highest " + r.max() + ")" : "") + "; " + r.answered() + " answered."));
            if (r.type() == QuestionType.TEXT && !r.texts().isEmpty() && caseLevel) {
                UnorderedList texts = new UnorderedList();
                r.texts().stream().limit(10).forEach(t -> texts.add(new ListItem(t)));
                add(texts);
            }
        }
        var comparison = reports.comparison(e);
        if (!comparison.isEmpty()) {
            add(new H2("Compared with the original evaluation"));
            add(FiguresTable.of("The same questions, before and after", List.of("Question", e.getFollowUpOf().getTitle(), "This follow-up"),
                    comparison.stream().map(c -> List.of(c.question(), c.before(), c.after())).toList()));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
