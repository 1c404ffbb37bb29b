package org.sightline.audits.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sightline.kernel.grades.Grade;

/** One domain of the audit template and what each grade looks like in it. */
@Embeddable
public class TemplateDomain {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 2000)
    private String outstanding;

    @Column(nullable = false, length = 2000)
    private String good;

    @Column(name = "requires_improvement", nullable = false, length = 2000)
    private String requiresImprovement;

    @Column(nullable = false, length = 2000)
    private String inadequate;

    protected TemplateDomain() {
    }

    public TemplateDomain(String name, String outstanding, String good, String requiresImprovement, String inadequate) {
        this.name = name;
        this.outstanding = outstanding;
        this.good = good;
        this.requiresImprovement = requiresImprovement;
        this.inadequate = inadequate;
    }

    public String getName() {
        return name;
    }

    public String descriptor(Grade grade) {
        return switch (grade) {
            case OUTSTANDING -> outstanding;
            case GOOD -> good;
            case REQUIRES_IMPROVEMENT -> requiresImprovement;
            case INADEQUATE -> inadequate;
        };
    }

    public TemplateDomain copy() {
        return new TemplateDomain(name, outstanding, good, requiresImprovement, inadequate);
    }
}
