package org.sightline.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.notifications.NotificationService;
import org.sightline.kernel.notifications.ui.NotificationBell;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;

/** The frame around every signed-in page: wordmark, grouped navigation, who is signed in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final Div navigation = new Div();

    private final NotificationBell bell;

    public MainLayout(NavigationMenu menu, CurrentUser currentUser, AuthenticationContext authentication,
                      NotificationService notifications) {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        viewTitle.addClassName("view-title");

        Person me = currentUser.person().orElse(null);
        Div who = new Div();
        who.addClassName("who");
        if (me != null) {
            Span name = new Span(me.getFullName());
            name.addClassName("who-name");
            Role role = me.primaryRole();
            Span roleLabel = new Span(role == null ? "" : role.label()
                    + (me.getTeam() != null ? " · " + me.getTeam().getName() : ""));
            roleLabel.addClassName("who-role");
            who.add(name, roleLabel);
        }
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell = new NotificationBell(notifications);
        Header header = new Header(toggle, viewTitle, bell, who, signOut);
        header.addClassName("top-bar");
        addToNavbar(header);

        navigation.addClassName("navigation");
        buildNavigation(menu.forCurrentUser());
        Div brand = new Div(new Wordmark());
        brand.addClassName("brand");
        Footer footer = new Footer(new Span("OFFICIAL — handle in line with council policy"));
        footer.addClassName("drawer-footer");
        addToDrawer(brand, new Scroller(navigation), footer);
    }

    private void buildNavigation(Map<NavGroup, List<NavEntry>> groups) {
        groups.forEach((group, entries) -> {
            SideNav nav = new SideNav(group.label());
            nav.setCollapsible(false);
            nav.addClassName("nav-group");
            for (NavEntry entry : entries) {
                nav.addItem(new SideNavItem(entry.title(), entry.view(), entry.icon().create()));
            }
            navigation.add(nav);
        });
    }

    public NotificationBell bell() {
        return bell;
    }

    /** The groups and link titles as shown, for tests and for the home page's own checks. */
    public Map<String, List<String>> navigationModel() {
        Map<String, List<String>> model = new java.util.LinkedHashMap<>();
        navigation.getChildren().filter(SideNav.class::isInstance).map(SideNav.class::cast).forEach(nav ->
                model.put(nav.getLabel(), nav.getItems().stream().map(SideNavItem::getLabel).toList()));
        return model;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var content = getContent();
        PageTitle title = content == null ? null : content.getClass().getAnnotation(PageTitle.class);
        String text = title != null ? title.value()
                : content instanceof HasDynamicTitle dynamic && dynamic.getPageTitle() != null ? dynamic.getPageTitle() : "";
        viewTitle.setText(text.replace(" | Sightline", ""));
        bell.refresh();
    }
}
