package org.sightline.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.security.CurrentUser;

/** Home: a greeting, then the "my work" panels of every module present that this user may see. */
@Route("")
@PageTitle("Home | Sightline")
@PermitAll
public class HomeView extends Main {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Div panels = new Div();

    public HomeView(NavigationMenu menu, CurrentUser currentUser, Clock clock) {
        addClassName("page");
        LocalDateTime now = LocalDateTime.now(clock);
        String firstName = currentUser.person().map(p -> p.getFullName().split(" ")[0]).orElse("");
        H1 greeting = new H1(greeting(now) + (firstName.isEmpty() ? "" : ", " + firstName));
        Paragraph today = new Paragraph(LONG_DATE.format(now));
        today.addClassName("page-purpose");
        add(greeting, today);

        panels.addClassName("panels");
        List<HomePanel> mine = menu.homePanelsForCurrentUser();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph("Nothing needs your attention here yet. Use the menu to find what you need.");
            empty.addClassName("empty-state");
            add(empty);
        }
        for (HomePanel panel : mine) {
            Section section = new Section();
            section.addClassName("panel");
            section.setId("panel-" + panel.id().replace('.', '-'));
            H2 title = new H2(panel.title());
            section.add(title, panel.create());
            panels.add(section);
        }
        add(panels);
    }

    static String greeting(LocalDateTime now) {
        int hour = now.getHour();
        return hour < 12 ? "Good morning" : hour < 18 ? "Good afternoon" : "Good evening";
    }

    /** The titles of the panels shown, in order. */
    public List<String> panelTitles() {
        return panels.getChildren().map(c -> c.getChildren().findFirst().map(h -> ((H2) h).getText()).orElse("")).toList();
    }
}
