package org.sightline.kernel.actions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumSet;
import java.util.Set;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;

/** Home: how many actions I own, and how many are overdue. */
public class MyActionsPanel implements HomePanel {

    private final ActionService actions;

    public MyActionsPanel(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public String id() {
        return "actions.mine";
    }

    @Override
    public String title() {
        return "My actions";
    }

    @Override
    public Set<Role> roles() {
        return EnumSet.complementOf(EnumSet.of(Role.BOARD_MEMBER));
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create() {
        long open = actions.openCount();
        long overdue = actions.overdueCount();
        Paragraph summary = new Paragraph(open == 0 ? "You have no open actions."
                : (open == 1 ? "You own 1 open action" : "You own " + open + " open actions")
                + (overdue == 0 ? "; none is overdue." : ", " + overdue + " overdue."));
        if (overdue > 0) {
            summary.addClassName("error-text");
        }
        return new Div(summary, new RouterLink("Go to my actions", ActionsView.class));
    }
}
