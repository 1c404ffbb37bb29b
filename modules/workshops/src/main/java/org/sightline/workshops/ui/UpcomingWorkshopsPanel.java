package org.sightline.workshops.ui;

import org.sightline.workshops.Times;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Set;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;
import org.sightline.workshops.WorkshopService;

/** Sessions in the next month that still have places, on the home page of everyone who can book. */
public class UpcomingWorkshopsPanel implements HomePanel {

    private final WorkshopService workshops;

    public UpcomingWorkshopsPanel(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @Override
    public String id() {
        return "workshops.upcoming";
    }

    @Override
    public String title() {
        return "Workshops with places this month";
    }

    @Override
    public Set<Role> roles() {
        return Role.staff();
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public Component create() {
        var next = workshops.withPlacesInTheNextMonth(5);
        Div body = new Div();
        if (next.isEmpty()) {
            body.add(new Paragraph("No sessions in the next month have places left."), new Anchor("workshops", "See the full programme"));
            return body;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        next.forEach(s -> {
            Span when = new Span(Times.day(s.session().getStartsAt()) + ", " + Times.span(s.session().getStartsAt(), s.session().getEndsAt())
                    + " · " + (s.placesLeft() == 1 ? "1 place left" : s.placesLeft() + " places left"));
            when.addClassName("secondary");
            list.add(new ListItem(new Anchor("workshops/sessions/" + s.session().getId(), s.session().getWorkshop().getTitle()),
                    new Span(" — "), when));
        });
        body.add(list, new Anchor("workshops", "See the full programme"));
        return body;
    }
}
