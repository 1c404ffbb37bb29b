package org.sightline.app.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.app.admin.AuditTrailView;
import org.sightline.app.admin.CasesView;
import org.sightline.app.admin.ClosureDaysView;
import org.sightline.app.admin.PeopleView;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The shell's own contributions, through the same contract the modules use. */
@Component
public class ShellModule implements SightlineModule {

    private final ObjectProvider<CurrentUser> currentUser;
    private final ObjectProvider<PeopleService> people;

    public ShellModule(ObjectProvider<CurrentUser> currentUser, ObjectProvider<PeopleService> people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    @Override
    public String id() {
        return "shell";
    }

    @Override
    public String name() {
        return "Portal";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(
                new NavEntry("Home", VaadinIcon.HOME, HomeView.class, NavGroup.MY_WORK, 0),
                new NavEntry("QA overview", VaadinIcon.DASHBOARD, OverviewView.class, NavGroup.GOVERNANCE, 5),
                new NavEntry("Reports", VaadinIcon.FILE_TEXT_O, ReportsView.class, NavGroup.GOVERNANCE, 90),
                new NavEntry("People and teams", VaadinIcon.USERS, PeopleView.class, NavGroup.ADMINISTRATION, 10),
                new NavEntry("Cases", VaadinIcon.FOLDER_OPEN, CasesView.class, NavGroup.ADMINISTRATION, 20),
                new NavEntry("Working days", VaadinIcon.CALENDAR, ClosureDaysView.class, NavGroup.ADMINISTRATION, 30),
                new NavEntry("Learning themes", VaadinIcon.TAGS, org.sightline.app.admin.LearningThemesView.class, NavGroup.ADMINISTRATION, 35),
                new NavEntry("Audit trail", VaadinIcon.RECORDS, AuditTrailView.class, NavGroup.ADMINISTRATION, 40));
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new MyTeamPanel(currentUser.getObject(), people.getObject()));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.empty();
    }
}
