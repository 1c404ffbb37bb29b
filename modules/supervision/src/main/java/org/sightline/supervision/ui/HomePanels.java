package org.sightline.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.EnumSet;
import java.util.Set;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Cadence;
import org.sightline.kernel.support.Formats;
import org.sightline.supervision.ChainService;
import org.sightline.supervision.SupervisionService;

/** Supervision audits on the home page: those I owe, and audits of my supervision to acknowledge. */
public final class HomePanels {

    private HomePanels() {
    }

    public static class Owed implements HomePanel {
        private final ChainService chain;

        public Owed(ChainService chain) {
            this.chain = chain;
        }

        @Override
        public String id() {
            return "supervision.owed";
        }

        @Override
        public String title() {
            return "Supervision audits I owe";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR);
        }

        @Override
        public int order() {
            return 170;
        }

        @Override
        public boolean visible() {
            return !chain.mine().isEmpty();
        }

        @Override
        public Component create() {
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            chain.mine().stream().limit(6).forEach(r -> {
                Span when = new Span(r.status() == Cadence.Status.OVERDUE
                        ? (r.lastAudited() == null ? "never audited" : "overdue since " + Formats.date(r.dueOn()))
                        : "due " + Formats.date(r.dueOn()));
                when.addClassName(r.status() == Cadence.Status.OVERDUE ? "error-text" : "secondary");
                list.add(new ListItem(new Span(r.supervisor().getFullName()), new Span(" — "), when));
            });
            return new Div(list, new Anchor("supervision/new", "Start a supervision audit"));
        }
    }

    public static class AwaitingAcknowledgement implements HomePanel {
        private final SupervisionService audits;

        public AwaitingAcknowledgement(SupervisionService audits) {
            this.audits = audits;
        }

        @Override
        public String id() {
            return "supervision.acknowledge";
        }

        @Override
        public String title() {
            return "Audits of my supervision to acknowledge";
        }

        @Override
        public Set<Role> roles() {
            return ChainService.SUPERVISORS;
        }

        @Override
        public int order() {
            return 175;
        }

        @Override
        public boolean visible() {
            return !audits.awaitingMyAcknowledgement().isEmpty();
        }

        @Override
        public Component create() {
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            audits.awaitingMyAcknowledgement().forEach(a -> list.add(new ListItem(new Anchor("supervision/" + a.getId(),
                    "Audit by " + a.getAuditor().getFullName()), new Span(", discussed " + Formats.date(a.getDiscussedOn())))));
            return new Div(new Paragraph("Read the note of the discussion and acknowledge it."), list);
        }
    }
}
