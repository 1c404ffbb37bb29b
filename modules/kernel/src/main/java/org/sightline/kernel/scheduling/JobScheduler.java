package org.sightline.kernel.scheduling;

import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/** Puts every {@link ScheduledJob} bean on its cron once the portal is up. */
@Component
public class JobScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final List<ScheduledJob> jobs;
    private final JobRunner runner;
    private final boolean enabled;
    private ThreadPoolTaskScheduler scheduler;

    public JobScheduler(List<ScheduledJob> jobs, JobRunner runner,
                        @Value("${sightline.scheduling.enabled:true}") boolean enabled) {
        this.jobs = jobs;
        this.runner = runner;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        if (!enabled || jobs.isEmpty()) {
            LOG.info("Scheduled jobs are {}", enabled ? "none" : "switched off (sightline.scheduling.enabled=false)");
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("sightline-job-");
        scheduler.setErrorHandler(e -> LOG.error("A scheduled job failed", e));
        scheduler.initialize();
        for (ScheduledJob job : jobs) {
            scheduler.schedule(() -> runner.runNow(job), new CronTrigger(job.cron(), ZoneId.of("Europe/London")));
            LOG.info("Scheduled job {} on cron '{}'", job.name(), job.cron());
        }
    }

    public List<ScheduledJob> jobs() {
        return jobs;
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdown();
        }
    }
}
