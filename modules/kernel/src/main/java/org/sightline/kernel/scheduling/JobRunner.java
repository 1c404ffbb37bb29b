package org.sightline.kernel.scheduling;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs a {@link ScheduledJob} under a ShedLock lock in the {@code shedlock} table. Lock times
 * come from the database's clock, so nodes with drifting clocks still agree.
 */
public class JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

    private final LockingTaskExecutor executor;
    private final Clock clock;

    public JobRunner(DataSource dataSource, Clock clock) {
        this(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build()), clock);
    }

    JobRunner(LockProvider locks, Clock clock) {
        this.executor = new DefaultLockingTaskExecutor(locks);
        this.clock = clock;
    }

    /** Runs the job if no other node holds its lock; true when it ran here. */
    public boolean runNow(ScheduledJob job) {
        LockConfiguration lock = new LockConfiguration(clock.instant(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor());
        try {
            LockingTaskExecutor.TaskResult<Boolean> result = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, lock);
            if (!result.wasExecuted()) {
                LOG.debug("Job {} is running or has just run on another node; skipped", job.name());
            }
            return result.wasExecuted();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + job.name() + " failed", e);
        }
    }
}
