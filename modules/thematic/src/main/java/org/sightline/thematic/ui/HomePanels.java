package org.sightline.thematic.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;
import org.sightline.thematic.CaseReview;
import org.sightline.thematic.FieldworkService;

/** On the home page: an auditor's cases to review; the moderator's queue. */
public final class HomePanels {

    private HomePanels() {
    }

    public static class MyCases implements HomePanel {
        private final FieldworkService fieldwork;

        public MyCases(FieldworkService fieldwork) {
            this.fieldwork = fieldwork;
        }

        @Override
        public String id() {
            return "thematic.cases";
        }

        @Override
        public String title() {
            return "Thematic evaluation cases to review";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.complementOf(EnumSet.of(Role.BOARD_MEMBER));
        }

        @Override
        public int order() {
            return 130;
        }

        @Override
        public boolean visible() {
            return fieldwork.mine().stream().anyMatch(r -> !r.isSubmitted());
        }

        @Override
        public Component create() {
            List<CaseReview> open = fieldwork.mine().stream().filter(r -> !r.isSubmitted()).toList();
            Div body = new Div(new Paragraph(open.size() + (open.size() == 1 ? " case" : " cases") + " to review."));
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            open.stream().limit(6).forEach(r -> {
                Span due = new Span(" — fieldwork ends " + (r.getEvaluation().getFieldworkEndOn() == null ? "soon"
                        : Formats.date(r.getEvaluation().getFieldworkEndOn())));
                due.addClassName("secondary");
                list.add(new ListItem(new Anchor("thematic/reviews/" + r.getId(), "Case " + r.getCaseRecord().getReference() + ", "
                        + r.getEvaluation().getTitle()), due));
            });
            body.add(list);
            return body;
        }
    }

    public static class Moderation implements HomePanel {
        private final FieldworkService fieldwork;

        public Moderation(FieldworkService fieldwork) {
            this.fieldwork = fieldwork;
        }

        @Override
        public String id() {
            return "thematic.moderation";
        }

        @Override
        public String title() {
            return "Thematic case reviews to moderate";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.PRINCIPAL_SOCIAL_WORKER, Role.HEAD_OF_SERVICE);
        }

        @Override
        public int order() {
            return 131;
        }

        @Override
        public boolean visible() {
            return !fieldwork.moderationQueue().isEmpty();
        }

        @Override
        public Component create() {
            List<CaseReview> queue = fieldwork.moderationQueue();
            Div body = new Div(new Paragraph(queue.size() + (queue.size() == 1 ? " review" : " reviews") + " chosen for moderation."));
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            queue.stream().limit(6).forEach(r -> list.add(new ListItem(new Anchor("thematic/reviews/" + r.getId(),
                    "Case " + r.getCaseRecord().getReference() + ", " + r.getEvaluation().getTitle()))));
            body.add(list);
            return body;
        }
    }
}
