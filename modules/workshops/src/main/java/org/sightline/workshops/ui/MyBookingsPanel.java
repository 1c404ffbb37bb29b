package org.sightline.workshops.ui;

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
import org.sightline.workshops.BookingService;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.Times;

/** The signed-in person's upcoming places and waiting-list entries. */
public class MyBookingsPanel implements HomePanel {

    private final BookingService bookings;

    public MyBookingsPanel(BookingService bookings) {
        this.bookings = bookings;
    }

    @Override
    public String id() {
        return "workshops.mine";
    }

    @Override
    public String title() {
        return "My workshop bookings";
    }

    @Override
    public Set<Role> roles() {
        return Role.staff();
    }

    @Override
    public int order() {
        return 590;
    }

    @Override
    public Component create() {
        var mine = bookings.myUpcoming();
        Div body = new Div();
        if (mine.isEmpty()) {
            body.add(new Paragraph("You have no upcoming workshop bookings."), new Anchor("workshops", "Browse the programme"));
            return body;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        mine.stream().limit(5).forEach(b -> {
            var s = b.getSession();
            Span when = new Span(Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt())
                    + (b.getStatus() == BookingStatus.WAITING ? " (waiting list)" : ""));
            when.addClassName("secondary");
            list.add(new ListItem(new Anchor("workshops/sessions/" + s.getId(), s.getWorkshop().getTitle()), new Span(" — "), when));
        });
        body.add(list, new Anchor("workshops", "All my bookings"));
        return body;
    }
}
