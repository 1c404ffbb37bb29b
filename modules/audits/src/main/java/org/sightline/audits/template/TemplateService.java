package org.sightline.audits.template;

import java.time.Clock;
import java.util.List;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versioned audit template. */
@Service
@Transactional(readOnly = true)
public class TemplateService {

    private final AuditTemplateRepository templates;
    private final Clock clock;
    private final org.sightline.kernel.support.Counters counters;

    public TemplateService(AuditTemplateRepository templates, Clock clock, org.sightline.kernel.support.Counters counters) {
        this.counters = counters;
        this.templates = templates;
        this.clock = clock;
    }

    /** The version new audits start with. */
    public AuditTemplate current() {
        return templates.findFirstByCurrentTrueOrderByNumberDesc()
                .orElseThrow(() -> new IllegalStateException("No audit template has been published"));
    }

    public AuditTemplate get(long id) {
        return templates.findById(id).orElseThrow();
    }

    /** Publishes the shipped template as version 1 when there is none (every new database). */
    @Transactional
    public void ensurePublished() {
        if (templates.count() == 0) {
            templates.save(new AuditTemplate(1, DefaultTemplate.domains(), clock.instant(), "system"));
        }
    }

    /** Publishes new wording as the next version; audits already started keep theirs. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public AuditTemplate publish(List<TemplateDomain> domains) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (domains.isEmpty()) {
            errors.add("", "A template needs at least one domain.");
        }
        for (int i = 0; i < domains.size(); i++) {
            TemplateDomain d = domains.get(i);
            if (d.getName() == null || d.getName().isBlank()) {
                errors.add("domain." + i + ".name", "Give domain " + (i + 1) + " a name.");
            }
            errors.maxLength("domain." + i + ".name", d.getName(), TemplateDomain.NAME_MAX, "the name");
            for (var g : org.sightline.kernel.grades.Grade.values()) {
                String text = d.descriptor(g);
                if (text == null || text.isBlank()) {
                    errors.add("domain." + i + "." + g.name(), "Describe what " + g.label().toLowerCase() + " looks like.");
                } else {
                    errors.maxLength("domain." + i + "." + g.name(), text, TemplateDomain.DESCRIPTOR_MAX, "each descriptor");
                }
            }
        }
        errors.throwIfAny();
        int next = (int) counters.next("audit-template", () -> templates.findFirstByOrderByNumberDesc().map(AuditTemplate::getNumber).orElse(0));
        templates.findFirstByCurrentTrueOrderByNumberDesc().ifPresent(AuditTemplate::supersede);
        String by = SecurityContextHolder.getContext().getAuthentication().getName();
        return templates.save(new AuditTemplate(next, domains, clock.instant(), by));
    }
}
