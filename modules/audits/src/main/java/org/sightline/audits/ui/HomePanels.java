package org.sightline.audits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import org.sightline.audits.audit.AuditAccess;
import org.sightline.audits.audit.AuditFollowUp;
import org.sightline.audits.audit.AuditService;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;

/** The audits module's home panels. */
public final class HomePanels {

    private HomePanels() {
    }

    public static HomePanel toComplete(AuditService audits) {
        return panel("audits.to-complete", "My audits to complete", EnumSet.of(Role.TEAM_MANAGER, Role.SERVICE_MANAGER,
                Role.QA_OFFICER, Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR), 10, () -> {
            long n = audits.toCompleteCount();
            Paragraph p = new Paragraph(n == 0 ? "You have no case audits to complete." : n == 1
                    ? "You have 1 case audit to complete." : "You have " + n + " case audits to complete.");
            RouterLink link = new RouterLink("Go to my audits", AuditsView.class);
            link.setQueryParameters(QueryParameters.of("show", "to-complete"));
            return new Div(p, link);
        });
    }

    public static HomePanel moderationQueue(AuditService audits) {
        return panel("audits.moderation", "Moderation queue", AuditAccess.MODERATORS, 11, () -> {
            long n = audits.moderationQueueCount();
            Paragraph p = new Paragraph(n == 0 ? "No audits are waiting for moderation." : n == 1
                    ? "1 audit is waiting for moderation." : n + " audits are waiting for moderation.");
            RouterLink link = new RouterLink("Go to the moderation queue", AuditsView.class);
            link.setQueryParameters(QueryParameters.of("show", "moderation"));
            return new Div(p, link);
        });
    }

    public static HomePanel inadequateFollowUps(AuditFollowUp audits) {
        return panel("audits.inadequate", "Inadequate follow-ups", EnumSet.of(Role.HEAD_OF_SERVICE, Role.QA_OFFICER,
                Role.PRINCIPAL_SOCIAL_WORKER), 12, () -> {
            long n = audits.inadequateFollowUpsOpen();
            Paragraph p = new Paragraph(n == 0 ? "No inadequate audits are waiting for oversight or review."
                    : n == 1 ? "1 inadequate audit is waiting for oversight or its six-week review."
                    : n + " inadequate audits are waiting for oversight or their six-week review.");
            return new Div(p, new RouterLink("Go to case audits", AuditsView.class));
        });
    }

    private static HomePanel panel(String id, String title, Set<Role> roles, int order, Supplier<Component> content) {
        return new HomePanel() {
            public String id() {
                return id;
            }

            public String title() {
                return title;
            }

            public Set<Role> roles() {
                return roles;
            }

            public int order() {
                return order;
            }

            public Component create() {
                return content.get();
            }
        };
    }
}
