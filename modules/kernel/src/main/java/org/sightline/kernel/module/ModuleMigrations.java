package org.sightline.kernel.module;

import java.util.ArrayList;
import java.util.List;
import liquibase.integration.spring.SpringLiquibase;

/**
 * Runs the kernel's changelog and then each present module's, in module order, on the one
 * DATABASECHANGELOG. It is a {@link SpringLiquibase}, so Spring Boot makes the JPA
 * EntityManagerFactory wait for it and Hibernate validates the migrated schema.
 */
public class ModuleMigrations extends SpringLiquibase {

    public static final String KERNEL_CHANGELOG = "classpath:db/changelog/kernel.xml";

    private final List<String> changelogs;

    public ModuleMigrations(ModuleRegistry registry) {
        List<String> all = new ArrayList<>();
        all.add(KERNEL_CHANGELOG);
        registry.modules().forEach(m -> m.changelog().ifPresent(all::add));
        this.changelogs = List.copyOf(all);
    }

    public List<String> changelogs() {
        return changelogs;
    }

    @Override
    public void afterPropertiesSet() throws liquibase.exception.LiquibaseException {
        for (String changelog : changelogs) {
            setChangeLog(changelog);
            super.afterPropertiesSet();
        }
    }
}
