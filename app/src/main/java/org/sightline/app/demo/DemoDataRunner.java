package org.sightline.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.demo.KernelDemoData;
import org.sightline.kernel.module.ModuleRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with the invented demo council, then lets each module present add
 * its own demo records. On by default only for the embedded database
 * ({@code sightline.demo-data=true} in config/application.yml).
 */
@Component
@ConditionalOnProperty(name = "sightline.demo-data", havingValue = "true")
public class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final KernelDemoData kernel;
    private final ModuleRegistry modules;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoDataRunner(KernelDemoData kernel, ModuleRegistry modules, TransactionTemplate transaction, Clock clock) {
        this.kernel = kernel;
        this.modules = modules;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (kernel.alreadyLoaded()) {
                return;
            }
            DemoDirectory directory = kernel.load(LocalDate.now(clock));
            org.sightline.kernel.demo.DemoLoading.run(() -> modules.modules().forEach(m -> m.demoData().ifPresent(d -> d.load(directory))));
            log.info("Loaded demo data: {} people, {} cases. Sign in as admin, manager, practitioner … with password '{}'",
                    directory.people().size(), directory.cases().size(), KernelDemoData.DEMO_PASSWORD);
        });
    }
}
