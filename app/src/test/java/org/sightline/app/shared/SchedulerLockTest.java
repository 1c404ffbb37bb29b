package org.sightline.app.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.scheduling.JobRunner;
import org.sightline.kernel.scheduling.ScheduledJob;
import org.springframework.beans.factory.annotation.Autowired;

/** Two portal nodes share one database: each scheduled occurrence runs on one of them only. */
class SchedulerLockTest extends AbstractKaribuTest {

    @Autowired
    DataSource dataSource;

    @Test
    void twoSchedulerInstancesOnOneDatabaseRunAJobOnce() throws Exception {
        // Two runners with their own lock providers: two nodes, one shedlock table.
        JobRunner nodeA = new JobRunner(dataSource, Clock.systemUTC());
        JobRunner nodeB = new JobRunner(dataSource, Clock.systemUTC());
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        ScheduledJob job = new ScheduledJob() {
            public String name() {
                return "test-reminders";
            }

            public String cron() {
                return "0 0 7 * * *";
            }

            public void run() {
                runs.incrementAndGet();
                try {
                    Thread.sleep(300); // long enough for the other node to try while this one holds the lock
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> a = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return nodeA.runNow(job);
            });
            Future<Boolean> b = pool.submit(() -> {
                bothStarted.countDown();
                bothStarted.await();
                return nodeB.runNow(job);
            });
            boolean ranA = a.get(10, TimeUnit.SECONDS);
            boolean ranB = b.get(10, TimeUnit.SECONDS);
            assertThat(runs.get()).isEqualTo(1);
            assertThat(ranA ^ ranB).as("exactly one node ran it").isTrue();
            // The same occurrence fired a moment later on either node is skipped too (lockAtLeastFor).
            assertThat(nodeA.runNow(job)).isFalse();
            assertThat(nodeB.runNow(job)).isFalse();
            assertThat(runs.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
