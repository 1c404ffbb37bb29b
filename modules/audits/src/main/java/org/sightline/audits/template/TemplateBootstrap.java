package org.sightline.audits.template;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every database, embedded or MariaDB, starts with the shipped template as version 1. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TemplateBootstrap implements ApplicationRunner {

    private final TemplateService templates;

    TemplateBootstrap(TemplateService templates) {
        this.templates = templates;
    }

    @Override
    public void run(ApplicationArguments args) {
        templates.ensurePublished();
    }
}
