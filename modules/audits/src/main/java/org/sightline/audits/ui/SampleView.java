package org.sightline.audits.ui;

import com.vaadin.flow.component.HasValidation;
import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.audits.sample.SampleLine;
import org.sightline.audits.sample.SampleRequest;
import org.sightline.audits.sample.MonthlySample;
import org.sightline.audits.sample.SampleService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.sightline.kernel.people.RoleGroup;

/**
 * The monthly sample: sizes per service area and an exclusion window, a reproducible random
 * preview stratified across teams and levels of need, adjustments, then allocation.
 */
@Route("audits/sample")
@PageTitle("Monthly audit sample | Sightline")
@RolesAllowed(RoleGroup.QA_LEADS_)
public class SampleView extends Main {

    final Select<LocalDate> month = new Select<>();
    final IntegerField exclusion = new IntegerField("Leave out cases audited in the last (months)");
    final Map<ServiceArea, IntegerField> sizes = new LinkedHashMap<>();
    final TextField seed = new TextField("Random seed");
    final Button preview = new Button("Preview the sample");
    final TextField addReference = new TextField("Add a case by reference");
    final Button add = new Button("Add case");
    final Grid<SampleLine> grid = new Grid<>();
    final Button allocate = new Button("Allocate these audits");
    final Paragraph formError = new Paragraph();
    final com.vaadin.flow.component.checkbox.Checkbox automatic =
            new com.vaadin.flow.component.checkbox.Checkbox("Draw and allocate the sample automatically on the 1st of each month");
    final Button saveSchedule = new Button("Save these settings as the monthly schedule");
    final Paragraph scheduleState = new Paragraph();
    final Paragraph monthState = new Paragraph();
    final Paragraph shortfall = new Paragraph();
    final List<SampleLine> lines = new ArrayList<>();
    private final SampleService samples;
    private SampleRequest previewed;

    public SampleView(SampleService samples, java.time.Clock clock) {
        this.samples = samples;
        addClassName("page");
        Paragraph purpose = new Paragraph("Draw this month's audit sample at random, spread across teams and levels of need. "
                + "The seed is recorded, so the same settings and seed give the same sample. Adjust it, then allocate: "
                + "each case's team manager leads, and a QA officer or service manager outside the case's line peer-audits.");
        purpose.addClassName("page-purpose");
        add(new Div(new H1("Monthly audit sample"), purpose));
        settings(LocalDate.now(clock).withDayOfMonth(1));
        describeMonth();
        sampleGrid();
        schedule();
    }

    /** The month, the exclusion period, the seed and the size per service area: what the draw is made from. */
    private void settings(LocalDate thisMonth) {
        month.setLabel("Audit month");
        month.setItems(thisMonth, thisMonth.plusMonths(1));
        month.setItemLabelGenerator(Formats::month);
        month.setValue(thisMonth);
        exclusion.setValue(6);
        exclusion.setMin(0);
        exclusion.setMax(24);
        exclusion.setStepButtonsVisible(true);
        seed.setValue(Long.toString(samples.newSeed()));
        seed.setHelperText("Keep it to draw the same sample again");
        seed.setWidth("17rem");
        exclusion.setWidth("17rem");
        Div settings = new Div(month, exclusion, seed);
        settings.addClassName("filters");
        monthState.setId("month-state");
        monthState.getElement().setAttribute("role", "status");
        month.addValueChangeListener(e -> describeMonth());
        Div sizeFields = new Div();
        sizeFields.addClassName("filters");
        for (ServiceArea area : samples.serviceAreas()) {
            IntegerField f = new IntegerField("Cases from " + area.getName());
            f.setMin(0);
            f.setMax(100);
            f.setValue(2);
            f.setStepButtonsVisible(true);
            sizes.put(area, f);
            sizeFields.add(f);
        }
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(e -> preview());
        add(settings, monthState, new H2("Sample size per service area"), sizeFields, preview);
    }

    private void sampleGrid() {
        grid.addColumn(SampleLine::reference).setHeader("Case").setAutoWidth(true);
        grid.addColumn(SampleLine::teamName).setHeader("Team").setAutoWidth(true);
        grid.addColumn(l -> l.levelOfNeed().label()).setHeader("Level of need").setAutoWidth(true);
        grid.addColumn(SampleLine::practitionerName).setHeader("Practitioner").setAutoWidth(true);
        grid.addColumn(l -> l.leadName().isEmpty() ? "No team manager" : l.leadName()).setHeader("Lead auditor").setAutoWidth(true);
        grid.addComponentColumn(this::peerChoice).setHeader("Peer auditor").setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader("").setAutoWidth(true);
        grid.setAriaLabel("Sampled cases");
        grid.setAllRowsVisible(true);
        add.addClickListener(e -> addCase());
        Div adder = new Div(addReference, add);
        adder.addClassName("filters");
        allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allocate.addClickListener(e -> {
            long already = samples.allocatedAlready(previewed.month()).audits();
            Confirm.ask("Allocate " + lines.size() + (already > 0 ? " more" : "") + (lines.size() == 1 ? " audit" : " audits") + " for "
                            + Formats.month(previewed.month()) + "?",
                    (already > 0 ? already + (already == 1 ? " audit is" : " audits are") + " already allocated for that month; these are added. "
                            : "") + "Each lead and peer auditor is told and the audits appear in their lists. An allocated audit is not taken back.",
                    "Allocate", this::allocate);
        });
        allocate.setEnabled(false);
        formError.addClassName("error-text");
        formError.getElement().setAttribute("role", "alert");
        shortfall.setId("shortfall");
        shortfall.getElement().setAttribute("role", "status");
        add(new H2("The sample"), shortfall, grid, adder, formError, allocate);
    }

    /** The monthly schedule that draws and allocates by itself with the settings above. */
    private void schedule() {
        samples.schedule().ifPresent(sch -> {
            automatic.setValue(sch.isEnabled());
            exclusion.setValue(sch.getExclusionMonths());
            sizes.forEach((area, f) -> f.setValue(sch.getSizes().getOrDefault(area.getId(), 0)));
        });
        describeSchedule();
        saveSchedule.addClickListener(e -> saveSchedule());
        add(new H2("Monthly schedule"), new Paragraph("With the schedule on, the sample is drawn with a new seed at 6am on "
                + "the 1st of each month using the sizes and exclusion above, and allocated to the suggested auditors."),
                automatic, saveSchedule, scheduleState);
    }

    void saveSchedule() {
        if (FormAction.of("schedule", fields(), formError).run(() -> {
            SampleRequest r = request();
            samples.saveSchedule(automatic.getValue(), r.exclusionMonths(), r.sizes());
        })) {
            describeSchedule();
            FormAction.done("Schedule saved");
        }
    }

    /** Says plainly when the month chosen already has a sample allocated, before anyone draws another. */
    private void describeMonth() {
        if (month.getValue() == null) {
            monthState.setText("");
            return;
        }
        SampleService.Allocated done = samples.allocatedAlready(month.getValue());
        if (done.audits() == 0) {
            monthState.setText("No sample has been allocated for " + Formats.month(month.getValue()) + " yet.");
            monthState.removeClassName("warning-text");
            return;
        }
        monthState.addClassName("warning-text");
        monthState.setText(Formats.month(month.getValue()) + " already has " + done.audits() + (done.audits() == 1 ? " audit" : " audits")
                + " allocated (" + (done.draws().size() == 1 ? "drawn " : done.draws().size() + " draws, the latest ")
                + done.draws().stream().max(java.util.Comparator.comparing(MonthlySample::getCreatedAt))
                .map(d -> Formats.dateTime(d.getCreatedAt()) + " by " + d.getCreatedBy()).orElse("")
                + "). A new draw leaves out cases already audited and adds to them.");
    }

    private void describeSchedule() {
        scheduleState.setText(samples.schedule().map(s -> (s.isEnabled() ? "On" : "Off") + ": last changed by "
                + s.getUpdatedBy() + " on " + Formats.dateTime(s.getUpdatedAt()) + ".").orElse("No schedule has been saved."));
    }

    SampleRequest request() {
        Map<Long, Integer> bySize = new LinkedHashMap<>();
        sizes.forEach((area, f) -> bySize.put(area.getId(), f.getValue() == null ? 0 : f.getValue()));
        long s;
        try {
            s = Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("seed", "The seed is a whole number.");
        }
        return new SampleRequest(month.getValue(), bySize, exclusion.getValue() == null ? -1 : exclusion.getValue(), s);
    }

    void preview() {
        FormAction.of("sample", fields(), formError).run(() -> {
            previewed = request();
            lines.clear();
            SampleService.Draw draw = samples.draw(previewed);
            lines.addAll(draw.lines());
            grid.setItems(lines);
            int asked = previewed.sizes().values().stream().mapToInt(Integer::intValue).sum();
            shortfall.setText(draw.shortfalls().isEmpty() ? "" : lines.size() + " of the " + asked + " cases asked for could be drawn. "
                    + draw.shortfalls().stream().map(s -> s.explain(previewed.exclusionMonths())).collect(java.util.stream.Collectors.joining(" ")));
            allocate.setEnabled(!lines.isEmpty());
            formError.setText(lines.isEmpty() ? "No cases could be sampled with these settings." : "");
        });
    }

    void addCase() {
        FormAction.of("sample", Map.of("reference", addReference), formError)
                .get(() -> samples.lineFor(month.getValue(), addReference.getValue(), lines)).ifPresent(line -> {
                    lines.add(line);
                    grid.setItems(lines);
                    addReference.clear();
                    allocate.setEnabled(previewed != null);
                });
    }

    void allocate() {
        FormAction.of("sample", fields(), formError).get(() -> samples.allocate(previewed, List.copyOf(lines)).size()).ifPresent(n -> {
            FormAction.done(n + " audits allocated for " + Formats.month(previewed.month()) + ". The auditors have been told.");
            getUI().ifPresent(ui -> ui.navigate(AuditsView.class));
        });
    }

    private Component peerChoice(SampleLine line) {
        ComboBox<Person> peer = new ComboBox<>();
        peer.setAriaLabel("Peer auditor for " + line.reference());
        List<Person> candidates = samples.peerCandidates(line.caseId());
        peer.setItems(candidates);
        peer.setItemLabelGenerator(Person::getFullName);
        candidates.stream().filter(p -> p.getId().equals(line.peerId())).findFirst().ifPresent(peer::setValue);
        peer.addValueChangeListener(e -> {
            int i = lines.indexOf(line);
            if (i >= 0) {
                lines.set(i, line.withPeer(e.getValue() == null ? null : e.getValue().getId(),
                        e.getValue() == null ? "" : e.getValue().getFullName()));
            }
        });
        return peer;
    }

    private Component removeButton(SampleLine line) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            lines.remove(line);
            grid.setItems(lines);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + line.reference() + " from the sample");
        return remove;
    }

    /** The settings' fields by the names the service's messages use. */
    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new java.util.LinkedHashMap<>();
        fields.put("exclusionMonths", exclusion);
        fields.put("seed", seed);
        sizes.forEach((area, f) -> fields.put("size." + area.getId(), f));
        return fields;
    }
}
