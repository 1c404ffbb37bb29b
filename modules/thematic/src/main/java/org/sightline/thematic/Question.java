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

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private Template template;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 1000)
    private String help;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionType type;

    @Column(nullable = false)
    private boolean required;

    /** For a choice: the options, one per line. */
    @Column(length = 2000)
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
