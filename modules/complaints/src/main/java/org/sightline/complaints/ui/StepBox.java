package org.sightline.complaints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/** One "what to do next" box on a complaint's page: a heading, what the step asks, its fields and its button. */
final class StepBox {

    private StepBox() {
    }

    static Div of(String heading, String help, Component... parts) {
        Div box = new Div();
        box.addClassName("criterion");
        box.add(new H3(heading));
        if (help != null) {
            Paragraph p = new Paragraph(help);
            p.addClassName("secondary");
            box.add(p);
        }
        FormLayout form = new FormLayout();
        form.setMaxWidth("60rem");
        for (Component part : parts) {
            if (part instanceof Button b) {
                Div row = new Div(b);
                row.addClassName("form-actions");
                form.add(row, 2);
            } else if (part instanceof TextArea || part instanceof Checkbox) {
                form.add(part, 2);
            } else {
                form.add(part);
            }
        }
        box.add(form);
        return box;
    }
}
