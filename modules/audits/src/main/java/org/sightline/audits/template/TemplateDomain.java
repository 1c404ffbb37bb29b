package org.sightline.audits.template;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sightline.kernel.grades.Grade;

/** One domain of the audit template and what each grade looks like in it. */
@Embeddable
public class TemplateDomain {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 120;
    /** What each grade looks like in this domain. */
    public static final int DESCRIPTOR_MAX = 2000;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTOR_MAX)
    private String outstanding;

    @Column(nullable = false, length = DESCRIPTOR_MAX)
    private String good;

    @Column(name = "requires_improvement", nullable = false, length = DESCRIPTOR_MAX)
    private String requiresImprovement;

    @Column(nullable = false, length = DESCRIPTOR_MAX)
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
