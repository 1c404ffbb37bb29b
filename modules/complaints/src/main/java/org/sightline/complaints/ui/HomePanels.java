package org.sightline.complaints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumSet;
import java.util.Set;
import org.sightline.complaints.Bulletin;
import org.sightline.complaints.BulletinService;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;

/** On the home page: my complaint steps with their deadlines; the latest learning bulletin. */
public final class HomePanels {

    private HomePanels() {
    }

    public static class MySteps implements HomePanel {
        private final ComplaintQueries complaints;

        public MySteps(ComplaintQueries complaints) {
            this.complaints = complaints;
        }

        @Override
        public String id() {
            return "complaints.steps";
        }

        @Override
        public String title() {
            return "My complaint steps due";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.QA_OFFICER, Role.COMPLAINTS_OFFICER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE);
        }

        @Override
        public int order() {
            return 120;
        }

        @Override
        public boolean visible() {
            return !complaints.myStepsDue().isEmpty();
        }

        @Override
        public Component create() {
            var rows = complaints.myStepsDue();
            Div body = new Div();
            long overdue = rows.stream().filter(ComplaintQueries.Row::overdue).count();
            body.add(new Paragraph(rows.size() + (rows.size() == 1 ? " complaint needs" : " complaints need") + " a step from you"
                    + (overdue > 0 ? "; " + overdue + " overdue." : ".")));
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            rows.stream().limit(6).forEach(r -> {
                Timeline.Entry e = r.next();
                Span when = new Span(e.isOverdue(r.today()) ? "overdue since " + Formats.date(e.due()) : "due " + Formats.date(e.due()));
                when.addClassName(e.isOverdue(r.today()) ? "error-text" : "secondary");
                list.add(new ListItem(new Anchor("complaints/" + r.complaint().getId(), r.complaint().getReference()),
                        new Span(": " + e.step().label().toLowerCase() + " — "), when));
            });
            body.add(list, new Anchor("complaints", "All complaints"));
            return body;
        }
    }

    public static class LatestBulletin implements HomePanel {
        private final BulletinService bulletins;

        public LatestBulletin(BulletinService bulletins) {
            this.bulletins = bulletins;
        }

        @Override
        public String id() {
            return "complaints.bulletin";
        }

        @Override
        public String title() {
            return "Latest learning bulletin";
        }

        @Override
        public Set<Role> roles() {
            return Set.of();
        }

        @Override
        public int order() {
            return 950;
        }

        @Override
        public boolean visible() {
            return bulletins.latest().isPresent();
        }

        @Override
        public Component create() {
            Bulletin b = bulletins.latest().orElseThrow();
            Div body = new Div();
            body.add(new Paragraph(new Anchor("bulletins/" + b.getId(), b.getTitle())));
            Paragraph when = new Paragraph("Published " + Formats.dateTime(b.getPublishedAt()) + ". " + b.getLearning().size()
                    + (b.getLearning().size() == 1 ? " learning point" : " learning points") + " from complaints, "
                    + bulletins.complimentsCount(b) + " compliments.");
            when.addClassName("secondary");
            body.add(when, new Anchor("bulletins", "All bulletins"));
            return body;
        }
    }
}
