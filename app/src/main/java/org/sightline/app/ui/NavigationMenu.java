package org.sightline.app.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.ModuleRegistry;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.people.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in user may open, from the modules present. A link is shown only when the
 * view's own access annotations let this user in, so the menu and the route rules agree.
 */
@Component
public class NavigationMenu {

    private final ModuleRegistry registry;
    private final AccessAnnotationChecker accessChecker;

    public NavigationMenu(ModuleRegistry registry, AccessAnnotationChecker accessChecker) {
        this.registry = registry;
        this.accessChecker = accessChecker;
    }

    public Map<NavGroup, List<NavEntry>> forCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Principal principal = auth == null || !auth.isAuthenticated() ? null : auth;
        Map<NavGroup, List<NavEntry>> groups = new LinkedHashMap<>();
        for (NavEntry entry : registry.navigation()) {
            if (accessChecker.hasAccess(entry.view(), principal, role -> authorities.contains("ROLE_" + role))) {
                groups.computeIfAbsent(entry.group(), g -> new java.util.ArrayList<>()).add(entry);
            }
        }
        return groups;
    }

    /** Whether the signed-in user may open this view, by its own access annotations. */
    public boolean mayOpen(Class<?> view) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Principal principal = auth == null || !auth.isAuthenticated() ? null : auth;
        return accessChecker.hasAccess(view, principal, role -> authorities.contains("ROLE_" + role));
    }

    public List<HomePanel> homePanelsForCurrentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = auth == null ? Set.of()
                : auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return registry.homePanels().stream()
                .filter(p -> p.roles().isEmpty() || p.roles().stream().map(Role::authority).anyMatch(authorities::contains))
                .filter(HomePanel::visible)
                .toList();
    }
}
