package org.sightline.thematic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.sightline.kernel.support.AbstractEntity;

/** One question of a template version. */
@Entity
@Table(name = "th_question")
public class Question extends AbstractEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int TEXT_MAX = 500;
    public static final int HELP_MAX = 1000;
    /** All of a choice's options together, one per line. */
    public static final int OPTIONS_MAX = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private Template template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TEXT_MAX)
    private String text;

    @Column(length = HELP_MAX)
    private String help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type;

    @Column(nullable = false)
    private boolean required;

    /** For a choice: the options, one per line. */
    @Column(length = OPTIONS_MAX)
    private String options;

    @Column(name = "min_value")
    private Integer min;

    @Column(name = "max_value")
    private Integer max;

    protected Question() {
    }

    Question(Template template, int position, QuestionDraft d) {
        this.template = template;
        this.position = position;
        this.text = d.text();
        this.help = d.help();
        this.type = d.type();
        this.required = d.required();
        this.options = d.options() == null || d.options().isEmpty() ? null : String.join("\n", d.options());
        this.min = d.min();
        this.max = d.max();
    }

    public QuestionDraft draft() {
        return new QuestionDraft(text, help, type, required, optionList(), min, max);
    }

    public List<String> optionList() {
        return options == null ? List.of() : Arrays.stream(options.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Template getTemplate() {
        return template;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getHelp() {
        return help;
    }

    public QuestionType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public Integer getMin() {
        return min;
    }

    public Integer getMax() {
        return max;
    }
}
