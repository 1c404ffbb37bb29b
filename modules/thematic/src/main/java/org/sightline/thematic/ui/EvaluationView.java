package org.sightline.thematic.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.charts.ui.ChartView;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
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
import org.sightline.thematic.Method;
import org.sightline.thematic.Recommendation;
import org.sightline.thematic.EvaluationTemplates;
import org.sightline.thematic.TermsOfReference;
import org.sightline.thematic.ThematicPdfs;
import org.sightline.thematic.ThematicReports;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One evaluation: its terms of reference (a form while it is a draft), then the template, the
 * sample and fieldwork, other evidence, moderation, the figures, findings and recommendations.
 * Case-level parts show only to the lead, the QA team and each auditor for their own cases.
 */
@Route("thematic/:evaluationId([0-9]+|new)")
@PermitAll
public class EvaluationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    // Terms of reference
    final TextField title = new TextField("Title");
    final TextField theme = new TextField("Theme");
    final TextField board = new TextField("Commissioning board");
    final DatePicker commissionedOn = new DatePicker("Commissioned on");
    final TextArea why = new TextArea("Why it is commissioned");
    final TextArea whyNow = new TextArea("Why now");
    final TextArea scope = new TextArea("Scope");
    final TextArea criteria = new TextArea("Evaluation criteria");
    final ComboBox<Person> lead = new ComboBox<>("Lead");
    final MultiSelectComboBox<Person> auditors = new MultiSelectComboBox<>("Auditors");
    final CheckboxGroup<Method> methods = new CheckboxGroup<>("Methods");
    final DatePicker startOn = new DatePicker("Start");
    final DatePicker fieldworkEndOn = new DatePicker("Fieldwork ends");
    final DatePicker reportDueOn = new DatePicker("Report due");
    final IntegerField moderationPercent = new IntegerField("Share of case reviews moderated (%)");
    final Button saveDraft = new Button("Save draft");
    final Button commission = new Button("Commission");

    // Lifecycle
    final Button startFieldwork = new Button("Start fieldwork");
    final Button startModeration = new Button("End fieldwork and start moderation");
    final Button report = new Button("Report to the board");
    final Button close = new Button("Close the evaluation");
    final Button followUp = new Button("Commission a follow-up evaluation");

    // Sample
    final ComboBox<Team> sampleTeam = new ComboBox<>("Team");
    final ComboBox<LevelOfNeed> sampleLevel = new ComboBox<>("Level of need");
    final ComboBox<String> sampleOpenOrClosed = new ComboBox<>("Open or closed");
    final ComboBox<CaseReview> assignCase = new ComboBox<>("Case not yet started");
    final ComboBox<Person> assignAuditor = new ComboBox<>("Auditor");
    final Button assign = new Button("Assign");
    final Button removeCase = new Button("Remove from the sample");
    final IntegerField sampleCount = new IntegerField("How many cases");
    final Button addSample = new Button("Add cases to the sample");
    final TextField caseReference = new TextField("Case reference");
    final Button addCase = new Button("Add this case");
    final Button assignEvenly = new Button("Share unassigned cases among the auditors");

    // Evidence
    final ComboBox<Method> evidenceMethod = new ComboBox<>("Method");
    final TextField evidenceTitle = new TextField("Title");
    final DatePicker evidenceOn = new DatePicker("Date");
    final TextArea evidenceNotes = new TextArea("Notes");
    final Button addEvidence = new Button("Add the record");

    // Findings
    final TextArea strengths = new TextArea("Strengths");
    final TextArea weaknesses = new TextArea("Weaknesses and risks");
    final Button saveFindings = new Button("Save the findings");
    final TextField recommendation = new TextField("Recommendation");
    final ComboBox<Person> recommendationOwner = new ComboBox<>("Action owner");
    final DatePicker recommendationDue = new DatePicker("Due");
    final Button recommend = new Button("Add the recommendation");

    final Paragraph message = new Paragraph();

    private final EvaluationQueries evaluations;
    private final Commissioning commissioning;
    private final EvaluationLifecycle lifecycle;
    private final FieldworkService fieldwork;
    private final EvaluationTemplates templates;
    private final ThematicReports reports;
    private final ThematicPdfs pdfs;
    private final ExportService exports;
    private final TeamService teams;
    private final org.sightline.kernel.security.CurrentUser currentUser;
    Evaluation evaluation;
    private String pageTitle = "Thematic evaluation | Sightline";

    public EvaluationView(EvaluationQueries evaluations, Commissioning commissioning, EvaluationLifecycle lifecycle,
                          FieldworkService fieldwork, EvaluationTemplates templates, ThematicReports reports, ThematicPdfs pdfs, ExportService exports, TeamService teams,
                          org.sightline.kernel.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.evaluations = evaluations;
        this.commissioning = commissioning;
        this.lifecycle = lifecycle;
        this.fieldwork = fieldwork;
        this.templates = templates;
        this.reports = reports;
        this.pdfs = pdfs;
        this.exports = exports;
        this.teams = teams;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        for (DatePicker d : List.of(commissionedOn, startOn, fieldworkEndOn, reportDueOn, evidenceOn, recommendationDue)) {
            d.setLocale(Locale.UK);
        }
        saveDraft.addClickListener(e -> saveTerms(false));
        commission.addClickListener(e -> saveTerms(true));
        startFieldwork.addClickListener(e -> act(() -> lifecycle.startFieldwork(evaluation.getId(), evaluation.getVersion()),
                "Fieldwork has started; the auditors are told.", Map.of()));
        startModeration.addClickListener(e -> act(() -> lifecycle.startModeration(evaluation.getId(), evaluation.getVersion()),
                "Moderation has started: the reviews to moderate are chosen.", Map.of()));
        report.addClickListener(e -> Confirm.ask("Report " + evaluation.getTitle() + " to the board?",
                "The findings and recommendations are fixed as they are now and the report goes into board packs. A reported "
                        + "evaluation cannot be changed; a later look is a follow-up evaluation.", "Report",
                () -> act(() -> lifecycle.report(evaluation.getId(), evaluation.getVersion()),
                        "Reported.", Map.of("strengths", strengths, "weaknesses", weaknesses, "title", recommendation))));
        close.addClickListener(e -> Confirm.ask("Close " + evaluation.getTitle() + "?",
                "It moves to the closed list; its report stays readable. A closed evaluation cannot be reopened.", "Close the evaluation",
                () -> act(() -> lifecycle.close(evaluation.getId(), evaluation.getVersion()), "Closed.", Map.of())));
        followUp.addClickListener(e -> {
            Evaluation created = commissioning.commissionFollowUp(evaluation.getId());
            getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, new RouteParameters("evaluationId", String.valueOf(created.getId()))));
        });
        addSample.addClickListener(e -> act(() -> {
            fieldwork.sampleByCriteria(evaluation.getId(), sampleTeam.getValue(), sampleLevel.getValue(),
                    "Open".equals(sampleOpenOrClosed.getValue()) ? Boolean.TRUE : "Closed".equals(sampleOpenOrClosed.getValue()) ? Boolean.FALSE : null,
                    sampleCount.getValue() == null ? 0 : sampleCount.getValue());
            return evaluation;
        }, "Cases added to the sample.", Map.of("count", sampleCount)));
        addCase.addClickListener(e -> act(() -> {
            fieldwork.addCase(evaluation.getId(), caseReference.getValue());
            return evaluation;
        }, "Case added.", Map.of("caseReference", caseReference)));
        assign.addClickListener(e -> act(() -> {
            if (assignCase.getValue() == null) {
                throw ValidationException.of("review", "Choose the case.");
            }
            fieldwork.assign(assignCase.getValue().getId(), assignAuditor.getValue() == null ? null : assignAuditor.getValue().getId());
            return evaluation;
        }, "Assigned.", Map.of("review", assignCase, "auditor", assignAuditor)));
        removeCase.addClickListener(e -> act(() -> {
            if (assignCase.getValue() == null) {
                throw ValidationException.of("review", "Choose the case.");
            }
            fieldwork.removeCase(assignCase.getValue().getId());
            return evaluation;
        }, "Removed from the sample.", Map.of("review", assignCase)));
        assignEvenly.addClickListener(e -> act(() -> {
            fieldwork.assignEvenly(evaluation.getId());
            return evaluation;
        }, "Cases shared among the auditors.", Map.of()));
        addEvidence.addClickListener(e -> act(() -> {
            lifecycle.addEvidence(evaluation.getId(), evidenceMethod.getValue(), evidenceTitle.getValue(), evidenceOn.getValue(),
                    evidenceNotes.getValue());
            return evaluation;
        }, "Evidence recorded.", Map.of("evidenceMethod", evidenceMethod, "evidenceTitle", evidenceTitle, "evidenceOn", evidenceOn,
                "evidenceNotes", evidenceNotes)));
        saveFindings.addClickListener(e -> act(() -> lifecycle.saveFindings(evaluation.getId(), evaluation.getVersion(),
                strengths.getValue(), weaknesses.getValue()), "Findings saved.", Map.of("strengths", strengths, "weaknesses", weaknesses)));
        recommend.addClickListener(e -> act(() -> {
            lifecycle.recommend(evaluation.getId(), recommendation.getValue(),
                    recommendationOwner.getValue() == null ? null : recommendationOwner.getValue().getId(), recommendationDue.getValue());
            return evaluation;
        }, "Recommendation added; its action is in the tracker.", Map.of("title", recommendation, "owner", recommendationOwner,
                "dueDate", recommendationDue)));
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
            add(new RouterLink("← Thematic evaluations", ThematicView.class), new H1("Commission a thematic evaluation"), message);
            termsForm(null);
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
        boolean manages = evaluations.mayManage(e);
        boolean caseLevel = evaluations.seesCaseLevel(e);
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
        if (manages) {
            Div steps = new Div();
            steps.addClassName("form-actions");
            switch (e.getStatus()) {
                case COMMISSIONED -> steps.add(startFieldwork);
                case FIELDWORK -> steps.add(startModeration);
                case MODERATION -> steps.add(report);
                case REPORTED -> steps.add(close);
                default -> {
                }
            }
            add(steps);
        }
        if (e.getStatus().isReported() && evaluations.mayCommission()) {
            add(new Div(followUp));
        }

        add(new H2("Terms of reference"));
        if (manages && (e.getStatus() == EvaluationStatus.DRAFT || e.getStatus() == EvaluationStatus.COMMISSIONED)) {
            termsForm(e);
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

        // Board members read figures only: the sample is not asked for at all.
        List<CaseReview> mine = currentUser.hasRole(org.sightline.kernel.people.Role.BOARD_MEMBER) ? List.of() : fieldwork.sample(e);
        if (!mine.isEmpty() || manages) {
            add(new H2(caseLevel ? "Sample and fieldwork" : "My cases"));
            if (manages && (e.getStatus() == EvaluationStatus.DRAFT || e.getStatus() == EvaluationStatus.COMMISSIONED
                    || e.getStatus() == EvaluationStatus.FIELDWORK)) {
                sampleTools(mine);
            }
            com.vaadin.flow.dom.Element t = new com.vaadin.flow.dom.Element("table");
            t.getClassList().add("moderation-table");
            t.setAttribute("id", "sample-table");
            t.appendChild(new com.vaadin.flow.dom.Element("caption").setText(caseLevel ? "The sample" : "Cases assigned to me"));
            com.vaadin.flow.dom.Element head = new com.vaadin.flow.dom.Element("tr");
            for (String h : List.of("Case", "Team", "Level of need", "Auditor", "Status")) {
                head.appendChild(new com.vaadin.flow.dom.Element("th").setAttribute("scope", "col").setText(h));
            }
            t.appendChild(new com.vaadin.flow.dom.Element("thead").appendChild(head));
            com.vaadin.flow.dom.Element body = new com.vaadin.flow.dom.Element("tbody");
            for (CaseReview r : mine) {
                com.vaadin.flow.dom.Element tr = new com.vaadin.flow.dom.Element("tr");
                com.vaadin.flow.dom.Element c = new com.vaadin.flow.dom.Element("th").setAttribute("scope", "row");
                c.appendChild(new com.vaadin.flow.dom.Element("a").setAttribute("router-link", "").setAttribute("href", "thematic/reviews/" + r.getId())
                        .setText(r.getCaseRecord().getReference()));
                tr.appendChild(c);
                tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(r.getCaseRecord().getTeam() == null ? "" : r.getCaseRecord().getTeam().getName()));
                tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(r.getCaseRecord().getLevelOfNeed() == null ? ""
                        : r.getCaseRecord().getLevelOfNeed().label()));
                tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(r.getAuditor() == null ? "Not assigned" : r.getAuditor().getFullName()));
                tr.appendChild(new com.vaadin.flow.dom.Element("td").setText(r.getStatus().label()
                        + (r.isForModeration() ? (r.isModerated() ? ", moderated" : ", to moderate") : "")));
                body.appendChild(tr);
            }
            t.appendChild(body);
            Div sampleTable = new Div();
            sampleTable.getElement().appendChild(t);
            sampleTable.getStyle().set("overflow-x", "auto");
            add(sampleTable);
            if (caseLevel) {
                List<List<String>> rows = fieldwork.progress(e).stream().map(p -> List.of(p.auditor().getFullName(),
                        String.valueOf(p.assigned()), String.valueOf(p.inProgress()), String.valueOf(p.submitted()))).toList();
                add(FiguresTable.of("Progress per auditor", List.of("Auditor", "Cases", "In progress", "Submitted"), rows));
            }
        }

        if (caseLevel || e.getAuditors().contains(currentUser.require())) {
            add(new H2("Evidence from other methods"));
            List<Evidence> records = evaluations.evidence(e);
            UnorderedList list = new UnorderedList();
            for (Evidence ev : records) {
                list.add(new ListItem(ev.getMethod().label() + ", " + Formats.date(ev.getHeldOn()) + ": " + ev.getTitle() + ". " + ev.getNotes()));
            }
            if (!records.isEmpty()) {
                add(list);
            }
            if (!e.getStatus().isReported()) {
                evidenceMethod.setItems(Method.values());
                evidenceMethod.setItemLabelGenerator(Method::label);
                evidenceOn.setMax(evaluations.today());
                evidenceNotes.setMaxLength(8000);
                evidenceTitle.setMaxLength(200);
                FormLayout form = new FormLayout(evidenceMethod, evidenceTitle, evidenceOn, evidenceNotes);
                form.setColspan(evidenceNotes, 2);
                form.setMaxWidth("60rem");
                Div row = new Div(addEvidence);
                row.addClassName("form-actions");
                add(form, row);
            }
        }

        if (e.getStatus().ordinal() >= EvaluationStatus.FIELDWORK.ordinal()) {
            add(new H2("What the case reviews found"));
            List<Aggregates.Result> results = reports.results(e);
            long[] counts = reports.sampleCounts(e);
            add(new Paragraph(counts[1] + " of " + counts[0] + " sampled cases reviewed; " + counts[2] + " moderated."));
            for (Aggregates.Result r : results) {
                add(new H3(r.question()));
                if (r.answered() > 0 && (r.type() == org.sightline.thematic.QuestionType.GRADE
                        || r.type() == org.sightline.thematic.QuestionType.YES_NO_PARTLY || r.type() == org.sightline.thematic.QuestionType.CHOICE)) {
                    add(new ChartView(r.chart()));
                }
                add(new Paragraph(r.headline() + (r.type() == org.sightline.thematic.QuestionType.NUMBER && r.answered() > 0
                        ? " (lowest " + r.min() + ", highest " + r.max() + ")" : "") + "; " + r.answered() + " answered."));
                if (r.type() == org.sightline.thematic.QuestionType.TEXT && !r.texts().isEmpty() && caseLevel) {
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

        if (e.getStatus().ordinal() >= EvaluationStatus.FIELDWORK.ordinal()) {
            add(new H2("Findings"));
            boolean editable = manages && (e.getStatus() == EvaluationStatus.FIELDWORK || e.getStatus() == EvaluationStatus.MODERATION);
            if (editable) {
                for (TextArea a : List.of(strengths, weaknesses)) {
                    a.setMaxLength(8000);
                    a.setWidthFull();
                    a.setMinHeight("6rem");
                    a.setHelperText("Leave a blank line between paragraphs; start a line with \"- \" for a bullet point.");
                }
                strengths.setValue(nz(e.getStrengths()));
                weaknesses.setValue(nz(e.getWeaknesses()));
                Div row = new Div(saveFindings);
                row.addClassName("form-actions");
                add(strengths, weaknesses, row);
            } else {
                add(new H3("Strengths"), MarkupView.of(e.getStrengths()), new H3("Weaknesses and risks"), MarkupView.of(e.getWeaknesses()));
            }
            add(new H2("Recommendations"));
            List<Recommendation> recs = evaluations.recommendations(e);
            add(FiguresTable.of("Each recommendation and its action", List.of("Recommendation", "Owner", "Due", "Status"),
                    recs.stream().map(r -> List.of(r.getText(), r.getAction() == null || r.getAction().getOwner() == null ? ""
                                    : r.getAction().getOwner().getFullName(),
                            r.getAction() == null || r.getAction().getDueDate() == null ? "" : Formats.date(r.getAction().getDueDate()),
                            r.getAction() == null ? "" : r.getAction().getStatus().label())).toList()));
            if (editable) {
                recommendation.setMaxLength(1000);
                recommendation.setWidth("min(40rem, 100%)");
                recommendationOwner.setItems(evaluations.staff());
                recommendationOwner.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
                recommendationDue.setMin(evaluations.today());
                Div row = new Div(recommendation, recommendationOwner, recommendationDue);
                row.addClassName("filters");
                Div buttons = new Div(recommend);
                buttons.addClassName("form-actions");
                add(row, buttons);
            }
        }
    }

    private void sampleTools(List<CaseReview> sampled) {
        sampleTeam.setItems(teams.activeTeams());
        sampleTeam.setItemLabelGenerator(Team::getName);
        sampleTeam.setClearButtonVisible(true);
        sampleTeam.setPlaceholder("Any team");
        sampleLevel.setItems(LevelOfNeed.values());
        sampleLevel.setItemLabelGenerator(LevelOfNeed::label);
        sampleLevel.setClearButtonVisible(true);
        sampleLevel.setPlaceholder("Any level");
        sampleCount.setMin(1);
        sampleCount.setMax(100);
        sampleCount.setStepButtonsVisible(true);
        if (sampleCount.getValue() == null) {
            sampleCount.setValue(10);
        }
        sampleOpenOrClosed.setItems("Open", "Closed");
        sampleOpenOrClosed.setClearButtonVisible(true);
        sampleOpenOrClosed.setPlaceholder("Either");
        Div byCriteria = new Div(sampleTeam, sampleLevel, sampleOpenOrClosed, sampleCount, addSample);
        byCriteria.addClassName("filters");
        caseReference.setMaxLength(40);
        Div byHand = new Div(caseReference, addCase, assignEvenly);
        byHand.addClassName("filters");
        assignCase.setItems(sampled.stream().filter(r -> r.getStatus() == org.sightline.thematic.ReviewStatus.ASSIGNED).toList());
        assignCase.setItemLabelGenerator(r -> r.getCaseRecord().getReference() + (r.getAuditor() == null ? " (not assigned)"
                : " (" + r.getAuditor().getFullName() + ")"));
        java.util.Set<Person> who = new java.util.HashSet<>(evaluation.getAuditors());
        if (evaluation.getLead() != null) {
            who.add(evaluation.getLead());
        }
        assignAuditor.setItems(who.stream().sorted(java.util.Comparator.comparing(Person::getFullName)).toList());
        assignAuditor.setItemLabelGenerator(Person::getFullName);
        Div oneCase = new Div(assignCase, assignAuditor, assign, removeCase);
        oneCase.addClassName("filters");
        add(new H3("Choose cases by criteria, at random"), byCriteria, new H3("Or by hand"), byHand, new H3("One case"), oneCase);
    }

    private void termsForm(Evaluation e) {
        List<Person> staff = evaluations.staff();
        lead.setItems(staff);
        lead.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
        auditors.setItems(staff);
        auditors.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
        methods.setItems(Method.values());
        methods.setItemLabelGenerator(Method::label);
        title.setMaxLength(Evaluation.TITLE_MAX);
        theme.setMaxLength(Evaluation.SHORT_MAX);
        board.setMaxLength(Evaluation.SHORT_MAX);
        board.setHelperText("For example: Quality, Performance and Impact Board.");
        moderationPercent.setMin(0);
        moderationPercent.setMax(100);
        for (TextArea a : List.of(why, whyNow, scope, criteria)) {
            a.setMaxLength(Evaluation.TEXT_MAX);
            a.setMinHeight("5rem");
        }
        criteria.setHelperText("What it measures against: legislation, local policy and procedures, feedback from families.");
        scope.setHelperText("Which children, teams and period are in scope, and what is not.");
        title.setValue(e == null ? "" : nz(e.getTitle()));
        theme.setValue(e == null ? "" : nz(e.getTheme()));
        board.setValue(e == null ? "" : nz(e.getBoard()));
        commissionedOn.setValue(e == null ? null : e.getCommissionedOn());
        why.setValue(e == null ? "" : nz(e.getWhy()));
        whyNow.setValue(e == null ? "" : nz(e.getWhyNow()));
        scope.setValue(e == null ? "" : nz(e.getScope()));
        criteria.setValue(e == null ? "" : nz(e.getCriteria()));
        lead.setValue(e == null || e.getLead() == null ? null : staff.stream().filter(p -> p.equals(e.getLead())).findFirst().orElse(null));
        auditors.setValue(e == null ? java.util.Set.of() : staff.stream().filter(p -> e.getAuditors().contains(p)).collect(Collectors.toSet()));
        methods.setValue(e == null ? java.util.Set.of() : e.getMethods());
        startOn.setValue(e == null ? null : e.getStartOn());
        fieldworkEndOn.setValue(e == null ? null : e.getFieldworkEndOn());
        reportDueOn.setValue(e == null ? null : e.getReportDueOn());
        moderationPercent.setValue(e == null ? 20 : e.getModerationPercent());
        FormLayout form = new FormLayout(title, theme, board, commissionedOn, why, whyNow, scope, criteria, lead, auditors, methods, startOn,
                fieldworkEndOn, reportDueOn, moderationPercent);
        for (Component wide : List.of(why, whyNow, scope, criteria, methods)) {
            form.setColspan(wide, 2);
        }
        form.setMaxWidth("60rem");
        Div buttons = new Div(saveDraft);
        if (e == null || e.getStatus() == EvaluationStatus.DRAFT) {
            commission.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(commission);
            saveDraft.setText("Save draft");
        } else {
            saveDraft.setText("Save the terms of reference");
        }
        buttons.addClassName("form-actions");
        add(form, buttons);
    }

    private TermsOfReference terms() {
        return new TermsOfReference(title.getValue(), theme.getValue(), board.getValue(), commissionedOn.getValue(), why.getValue(),
                whyNow.getValue(), scope.getValue(), criteria.getValue(), lead.getValue() == null ? null : lead.getValue().getId(),
                auditors.getValue().stream().map(Person::getId).collect(Collectors.toSet()), methods.getValue(), startOn.getValue(),
                fieldworkEndOn.getValue(), reportDueOn.getValue(), moderationPercent.getValue() == null ? -1 : moderationPercent.getValue());
    }

    private void saveTerms(boolean andCommission) {
        Map<String, HasValidation> fields = new HashMap<>(Map.ofEntries(Map.entry("title", title), Map.entry("theme", theme),
                Map.entry("board", board), Map.entry("commissionedOn", commissionedOn), Map.entry("why", why), Map.entry("whyNow", whyNow),
                Map.entry("scope", scope), Map.entry("criteria", criteria), Map.entry("lead", lead), Map.entry("methods", methods),
                Map.entry("startOn", startOn), Map.entry("fieldworkEndOn", fieldworkEndOn), Map.entry("reportDueOn", reportDueOn),
                Map.entry("moderationPercent", moderationPercent)));
        clearErrors(fields);
        try {
            Evaluation saved;
            if (evaluation == null) {
                saved = andCommission ? commissioning.commissionNew(terms()) : commissioning.draft(terms());
            } else {
                saved = andCommission ? commissioning.commission(evaluation.getId(), evaluation.getVersion(), terms())
                        : commissioning.updateTerms(evaluation.getId(), evaluation.getVersion(), terms());
            }
            evaluation = saved;
            Notification.show(andCommission ? "Commissioned; the lead and auditors are told." : "Saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            Evaluation done = saved;
            getUI().ifPresent(ui -> ui.navigate(EvaluationView.class, new RouteParameters("evaluationId", String.valueOf(done.getId()))));
        } catch (ValidationException ex) {
            showErrors(ex, fields);
        } catch (ObjectOptimisticLockingFailureException ex) {
            message.setText(FormAction.changedMeanwhile("evaluation"));
        }
    }

    private void act(Supplier<Evaluation> step, String done, Map<String, HasValidation> fields) {
        clearErrors(fields);
        try {
            Evaluation result = step.get();
            evaluation = evaluations.open(result.getId());
            Notification.show(done, 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            removeAll();
            message.setText("");
            build();
        } catch (ValidationException ex) {
            showErrors(ex, fields);
        } catch (ObjectOptimisticLockingFailureException ex) {
            message.setText(FormAction.changedMeanwhile("evaluation"));
        }
    }

    private void clearErrors(Map<String, HasValidation> fields) {
        org.sightline.kernel.support.ui.FieldErrors.clear(fields, message);
    }

    private void showErrors(ValidationException ex, Map<String, HasValidation> fields) {
        org.sightline.kernel.support.ui.FieldErrors.show(ex, fields, message);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
