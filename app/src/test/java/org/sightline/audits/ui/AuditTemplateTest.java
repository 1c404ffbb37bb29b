package org.sightline.audits.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.audits.audit.CaseAuditRepository;
import org.sightline.audits.sample.SampleLine;
import org.sightline.audits.sample.SampleRequest;
import org.sightline.audits.sample.SampleService;
import org.sightline.audits.template.TemplateService;
import org.sightline.kernel.grades.Grade;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class AuditTemplateTest extends AbstractKaribuTest {

    @Autowired
    TemplateService templates;
    @Autowired
    SampleService samples;
    @Autowired
    CaseAuditRepository audits;
    @Autowired
    TransactionTemplate tx;

    @Test
    void anAdministratorPublishesANewVersionAndStartedAuditsKeepTheirs() {
        long firstTemplate = tx.execute(s -> audits.findAll().getFirst().getTemplate().getId());
        assertThat(templates.current().getNumber()).isEqualTo(1);

        signIn("admin");
        navigate("audits/template");
        TemplateView view = _get(TemplateView.class);
        HasValueUtilsKt._setValue(view.editors.getFirst().name, "The child's voice and lived experience");
        HasValueUtilsKt._setValue(view.editors.get(1).descriptors.get(Grade.GOOD), "");
        ButtonKt._click(view.publish);
        confirm();
        assertThat(view.editors.get(1).descriptors.get(Grade.GOOD).isInvalid()).isTrue();
        assertThat(view.editors.get(1).descriptors.get(Grade.GOOD).getErrorMessage()).isEqualTo("Describe what good looks like.");
        assertThat(view.editors.getFirst().name.getValue()).isEqualTo("The child's voice and lived experience");
        assertThat(templates.current().getNumber()).isEqualTo(1);

        HasValueUtilsKt._setValue(view.editors.get(1).descriptors.get(Grade.GOOD), "A timely, analytical assessment.");
        ButtonKt._click(view.publish);
        confirm();
        assertThat(templates.current().getNumber()).isEqualTo(2);
        assertThat(templates.current().getDomains().getFirst().getName()).isEqualTo("The child's voice and lived experience");

        // Audits already allocated keep version 1; new allocations use version 2.
        Long stillFirst = tx.execute(s -> audits.findAll().getFirst().getTemplate().getId());
        assertThat(stillFirst).isEqualTo(firstTemplate);
        signIn("qa");
        var areas = samples.serviceAreas();
        SampleRequest request = new SampleRequest(LocalDate.of(2026, 12, 1), java.util.Map.of(areas.getFirst().getId(), 1), 6, 5);
        List<SampleLine> lines = samples.preview(request);
        var created = samples.allocate(request, lines);
        Integer used = tx.execute(s -> audits.findById(created.getFirst().getId()).orElseThrow().getTemplate().getNumber());
        assertThat(used).isEqualTo(2);
    }

    @Autowired
    org.sightline.audits.sample.MonthlyAllocationJob monthlyAllocation;
    @Autowired
    org.sightline.audits.sample.MonthlySampleRepository sampleRepository;

    @Test
    void aScheduledSampleIsDrawnAndAllocatedOnTheFirstOfTheMonth() {
        signIn("qa");
        navigate("audits/sample");
        SampleView view = _get(SampleView.class);
        view.sizes.values().forEach(f -> HasValueUtilsKt._setValue(f, 1));
        HasValueUtilsKt._setValue(view.automatic, true);
        ButtonKt._click(view.saveSchedule);
        assertThat(view.scheduleState.getText()).startsWith("On: last changed by qa");
        int areas = samples.serviceAreas().size();
        signOut();

        clock.set(java.time.Instant.parse("2027-01-01T06:00:00Z"));
        monthlyAllocation.run();
        var january = sampleRepository.findByMonth(LocalDate.of(2027, 1, 1));
        assertThat(january).singleElement().satisfies(s -> assertThat(s.getCreatedBy()).isEqualTo("system"));
        long allocated = tx.execute(st -> audits.findAll().stream().filter(a -> a.getMonth().equals(LocalDate.of(2027, 1, 1))).count());
        assertThat(allocated).isPositive().isLessThanOrEqualTo(areas);
        monthlyAllocation.run(); // once a month only
        assertThat(sampleRepository.findByMonth(LocalDate.of(2027, 1, 1))).hasSize(1);
    }
}
