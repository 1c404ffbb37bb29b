package org.sightline.kernel;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.sightline.kernel.module.ModuleMigrations;
import org.sightline.kernel.module.ModuleRegistry;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.notifications.MailSettings;
import org.sightline.kernel.pdf.PdfSettings;
import org.sightline.kernel.scheduling.JobRunner;
import org.sightline.kernel.security.SecurityProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.io.ResourceLoader;

/**
 * The shared kernel: people, teams, cases, accounts and the module contract. Registered as an
 * auto-configuration package so that its entities, repositories and views are found wherever
 * the application's main class lives.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration",
        "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@AutoConfigurationPackage
@ComponentScan
@EnableConfigurationProperties({SecurityProperties.class, PdfSettings.class, MailSettings.class})
public class KernelAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/London"));
    }

    @Bean
    public JobRunner jobRunner(DataSource dataSource, Clock clock) {
        return new JobRunner(dataSource, clock);
    }

    @Bean
    public ModuleRegistry moduleRegistry(List<SightlineModule> modules) {
        return new ModuleRegistry(modules);
    }

    @Bean
    public ModuleMigrations liquibase(DataSource dataSource, ModuleRegistry registry, ResourceLoader resourceLoader) {
        ModuleMigrations migrations = new ModuleMigrations(registry);
        migrations.setDataSource(dataSource);
        migrations.setResourceLoader(resourceLoader);
        return migrations;
    }
}
