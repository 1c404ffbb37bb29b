package org.sightline.audits.sample;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.Authorities;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * On the 1st of each month at 06:00, if a QA officer has switched the schedule on, draws this
 * month's sample with a fresh seed and allocates it, exactly as a QA officer would by hand.
 * It runs as "system", which is what the audit trail and the sample record show.
 */
@Component
public class MonthlyAllocationJob implements ScheduledJob {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyAllocationJob.class);

    private final AllocationScheduleRepository schedules;
    private final MonthlySampleRepository samples;
    private final SampleService sampleService;
    private final Clock clock;

    MonthlyAllocationJob(AllocationScheduleRepository schedules, MonthlySampleRepository samples, SampleService sampleService, Clock clock) {
        this.schedules = schedules;
        this.samples = samples;
        this.sampleService = sampleService;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "audits-monthly-allocation";
    }

    @Override
    public String cron() {
        return "0 0 6 1 * *";
    }

    @Override
    public void run() {
        LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
        AllocationSchedule schedule = schedules.findFirstByOrderByIdAsc().orElse(null);
        if (schedule == null || !schedule.isEnabled() || !samples.findByMonth(month).isEmpty()) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(Authorities.system("system", Role.QA_OFFICER));
        try {
            SampleRequest request = new SampleRequest(month, schedule.getSizes(), schedule.getExclusionMonths(), sampleService.newSeed());
            List<SampleLine> lines = sampleService.preview(request).stream()
                    .filter(l -> l.leadId() != null && l.peerId() != null).toList();
            int n = sampleService.allocate(request, lines).size();
            LOG.info("Allocated {} case audits for {} (seed {})", n, month, request.seed());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
