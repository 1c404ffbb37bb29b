package org.sightline.observations.ui;

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
import org.sightline.kernel.support.Formats;
import org.sightline.observations.ComplianceService;
import org.sightline.observations.ObservationService;

/** Observations on the home page: the ones I should carry out, and the ones waiting for my reflection. */
public final class HomePanels {

    private HomePanels() {
    }

    public static class Due implements HomePanel {
        private final ComplianceService compliance;

        public Due(ComplianceService compliance) {
            this.compliance = compliance;
        }

        @Override
        public String id() {
            return "observations.due";
        }

        @Override
        public String title() {
            return "Observations I am due to carry out";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.of(Role.TEAM_MANAGER, Role.SERVICE_MANAGER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR);
        }

        @Override
        public int order() {
            return 150;
        }

        @Override
        public Component create() {
            var rows = compliance.mine();
            Div body = new Div();
            if (rows.isEmpty()) {
                body.add(new Paragraph("None due in the next 30 days."));
                return body;
            }
            long overdue = rows.stream().filter(r -> r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE).count();
            body.add(new Paragraph(rows.size() + (rows.size() == 1 ? " observation" : " observations") + " due"
                    + (overdue > 0 ? ", " + overdue + " overdue." : ".")));
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            rows.stream().limit(5).forEach(r -> {
                Span when = new Span(r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE
                        ? (r.lastObserved() == null ? "never observed" : "overdue since " + Formats.date(r.dueOn()))
                        : "due " + Formats.date(r.dueOn()));
                when.addClassName(r.status() == org.sightline.kernel.support.Cadence.Status.OVERDUE ? "error-text" : "secondary");
                list.add(new ListItem(new Span(r.observerRule() ? "Observe practice" : r.subject().getFullName()), new Span(" — "), when));
            });
            body.add(list, new Anchor("observations/new", "Record an observation"));
            return body;
        }
    }

    public static class AwaitingReflection implements HomePanel {
        private final ObservationService observations;

        public AwaitingReflection(ObservationService observations) {
            this.observations = observations;
        }

        @Override
        public String id() {
            return "observations.reflect";
        }

        @Override
        public String title() {
            return "Observations awaiting my reflection";
        }

        @Override
        public Set<Role> roles() {
            return Role.staff();
        }

        @Override
        public int order() {
            return 160;
        }

        @Override
        public boolean visible() {
            return !observations.awaitingMyReflection().isEmpty();
        }

        @Override
        public Component create() {
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            observations.awaitingMyReflection().forEach(o -> list.add(new ListItem(new Anchor("observations/" + o.getId(),
                    o.natureLabel() + ", " + Formats.date(o.getObservedOn())), new Span(" — by " + o.getObserver().getFullName()))));
            return new Div(list);
        }
    }
}
