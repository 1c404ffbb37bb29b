package org.sightline.thematic.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.ValidationException;
import org.sightline.kernel.support.ui.FiguresTable;
import org.sightline.kernel.support.ui.RecordSteps;
import org.sightline.thematic.CaseReview;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.FieldworkService;
import org.sightline.thematic.ReviewStatus;

/**
 * An evaluation's sample: for its lead and the QA team, the tools to choose cases (at random by
 * criteria, or by hand) and assign them to auditors while fieldwork has not ended; for everyone
 * allowed, the table of cases and each auditor's progress.
 */
class SampleSection extends Composite<Div> {

    final ComboBox<Team> sampleTeam = new ComboBox<>("Team");
    final ComboBox<LevelOfNeed> sampleLevel = new ComboBox<>("Level of need");
    final ComboBox<String> sampleOpenOrClosed = new ComboBox<>("Open or closed");
    final IntegerField sampleCount = new IntegerField("How many cases");
    final Button addSample = new Button("Add cases to the sample");
    final TextField caseReference = new TextField("Case reference");
    final Button addCase = new Button("Add this case");
    final Button assignEvenly = new Button("Share unassigned cases among the auditors");
    final ComboBox<CaseReview> assignCase = new ComboBox<>("Case not yet started");
    final ComboBox<Person> assignAuditor = new ComboBox<>("Auditor");
    final Button assign = new Button("Assign");
    final Button removeCase = new Button("Remove from the sample");

    private final FieldworkService fieldwork;
    private final RecordSteps<Evaluation> steps;

    SampleSection(FieldworkService fieldwork, EvaluationQueries evaluations, TeamService teams, RecordSteps<Evaluation> steps) {
        this.fieldwork = fieldwork;
        this.steps = steps;
        configure(teams);
        java.util.function.Supplier<Evaluation> reread = () -> evaluations.open(steps.id());
        addSample.addClickListener(e -> steps.run(() -> fieldwork.sampleByCriteria(steps.id(), sampleTeam.getValue(),
                sampleLevel.getValue(), "Open".equals(sampleOpenOrClosed.getValue()) ? Boolean.TRUE
                        : "Closed".equals(sampleOpenOrClosed.getValue()) ? Boolean.FALSE : null,
                sampleCount.getValue() == null ? 0 : sampleCount.getValue()), "Cases added to the sample.", Map.of("count", sampleCount), reread));
        addCase.addClickListener(e -> steps.run(() -> fieldwork.addCase(steps.id(), caseReference.getValue()), "Case added.",
                Map.of("caseReference", caseReference), reread));
        assign.addClickListener(e -> steps.run(() -> fieldwork.assign(chosenCase().getId(),
                assignAuditor.getValue() == null ? null : assignAuditor.getValue().getId()), "Assigned.",
                Map.of("review", assignCase, "auditor", assignAuditor), reread));
        removeCase.addClickListener(e -> steps.run(() -> fieldwork.removeCase(chosenCase().getId()), "Removed from the sample.",
                Map.of("review", assignCase), reread));
        assignEvenly.addClickListener(e -> steps.run(() -> fieldwork.assignEvenly(steps.id()), "Cases shared among the auditors.",
                Map.of(), reread));
    }

    private void configure(TeamService teams) {
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
        sampleCount.setValue(10);
        sampleOpenOrClosed.setItems("Open", "Closed");
        sampleOpenOrClosed.setClearButtonVisible(true);
        sampleOpenOrClosed.setPlaceholder("Either");
        caseReference.setMaxLength(CaseRecord.REFERENCE_MAX);
        assignCase.setItemLabelGenerator(r -> r.getCaseRecord().getReference() + (r.getAuditor() == null ? " (not assigned)"
                : " (" + r.getAuditor().getFullName() + ")"));
        assignAuditor.setItemLabelGenerator(Person::getFullName);
    }

    private CaseReview chosenCase() {
        if (assignCase.getValue() == null) {
            throw ValidationException.of("review", "Choose the case.");
        }
        return assignCase.getValue();
    }

    /**
     * @param sample   the cases this user may see: the whole sample, or their own
     * @param tools    whether to offer choosing and assigning cases
     * @param caseLevel whether this user sees the whole sample and each auditor's progress
     */
    void show(Evaluation e, List<CaseReview> sample, boolean tools, boolean caseLevel) {
        getContent().removeAll();
        if (tools) {
            tools(e, sample);
        }
        Div table = new Div();
        table.getElement().appendChild(table(sample, caseLevel));
        table.getStyle().set("overflow-x", "auto");
        getContent().add(table);
        if (caseLevel) {
            List<List<String>> rows = fieldwork.progress(e).stream().map(p -> List.of(p.auditor().getFullName(),
                    String.valueOf(p.assigned()), String.valueOf(p.inProgress()), String.valueOf(p.submitted()))).toList();
            getContent().add(FiguresTable.of("Progress per auditor", List.of("Auditor", "Cases", "In progress", "Submitted"), rows));
        }
    }

    private void tools(Evaluation e, List<CaseReview> sample) {
        Div byCriteria = new Div(sampleTeam, sampleLevel, sampleOpenOrClosed, sampleCount, addSample);
        byCriteria.addClassName("filters");
        Div byHand = new Div(caseReference, addCase, assignEvenly);
        byHand.addClassName("filters");
        assignCase.setItems(sample.stream().filter(r -> r.getStatus() == ReviewStatus.ASSIGNED).toList());
        Set<Person> who = new HashSet<>(e.getAuditors());
        if (e.getLead() != null) {
            who.add(e.getLead());
        }
        assignAuditor.setItems(who.stream().sorted(Comparator.comparing(Person::getFullName)).toList());
        Div oneCase = new Div(assignCase, assignAuditor, assign, removeCase);
        oneCase.addClassName("filters");
        getContent().add(new H3("Choose cases by criteria, at random"), byCriteria, new H3("Or by hand"), byHand, new H3("One case"), oneCase);
    }

    private static Element table(List<CaseReview> sample, boolean caseLevel) {
        Element t = new Element("table");
        t.getClassList().add("moderation-table");
        t.setAttribute("id", "sample-table");
        t.appendChild(new Element("caption").setText(caseLevel ? "The sample" : "Cases assigned to me"));
        Element head = new Element("tr");
        for (String h : List.of("Case", "Team", "Level of need", "Auditor", "Status")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        t.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (CaseReview r : sample) {
            Element tr = new Element("tr");
            Element c = new Element("th").setAttribute("scope", "row");
            c.appendChild(new Element("a").setAttribute("router-link", "").setAttribute("href", "thematic/reviews/" + r.getId())
                    .setText(r.getCaseRecord().getReference()));
            tr.appendChild(c);
            tr.appendChild(new Element("td").setText(r.getCaseRecord().getTeam() == null ? "" : r.getCaseRecord().getTeam().getName()));
            tr.appendChild(new Element("td").setText(r.getCaseRecord().getLevelOfNeed() == null ? ""
                    : r.getCaseRecord().getLevelOfNeed().label()));
            tr.appendChild(new Element("td").setText(r.getAuditor() == null ? "Not assigned" : r.getAuditor().getFullName()));
            tr.appendChild(new Element("td").setText(r.getStatus().label()
                    + (r.isForModeration() ? (r.isModerated() ? ", moderated" : ", to moderate") : "")));
            body.appendChild(tr);
        }
        t.appendChild(body);
        return t;
    }
}
