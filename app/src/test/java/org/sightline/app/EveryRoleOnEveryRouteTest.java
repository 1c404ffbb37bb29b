package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.AccessDeniedView;
import org.sightline.app.ui.LoginView;
import org.sightline.app.ui.NotFoundView;
import org.sightline.app.ui.ServerErrorView;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every demo role opens every route the portal and its modules have, each with real record ids
 * (harvested from the links the portal itself shows) as well as ids 1 to 3. Nothing is written
 * here per module, so a new module's routes are walked too. For every page:
 * <ul>
 * <li>it opens or is refused, never fails ("Something went wrong");</li>
 * <li>a role its view's {@code @RolesAllowed} leaves out is refused;</li>
 * <li>a record's page has a link back to its list ("← Case audits");</li>
 * <li>a button or link given an accessible name starts that name with its visible text (WCAG 2.5.3);</li>
 * <li>a case reference on the page is never shown to a board member; to a practitioner only
 *     for a case of their own team; and a page that shows one has put the view in the audit
 *     trail.</li>
 * </ul>
 */
class EveryRoleOnEveryRouteTest extends AbstractKaribuTest {

    static final List<String> USERS = List.of("practitioner", "manager", "servicemanager", "headofservice", "director", "psw", "qa",
            "complaints", "board", "admin");
    static final int RECORDS_PER_ROUTE = 3;

    @Autowired
    CaseRepository cases;
    @Autowired
    PersonRepository people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    @Test
    void everyRoleOnEveryRouteWithRealRecords() {
        Map<String, String> teamOfCase = tx.execute(s -> cases.findAll().stream()
                .collect(Collectors.toMap(CaseRecord::getReference, c -> c.getTeam() == null ? "" : c.getTeam().getName(), (a, b) -> a)));
        List<RouteData> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes();
        Set<String> paths = paths(routes);
        List<String> problems = new ArrayList<>();
        int opened = 0;
        int withCases = 0;
        for (String user : USERS) {
            signIn(user);
            var me = people.findByEmailIgnoreCase(user + "@sightline-council.example").orElseThrow();
            Set<String> roles = me.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
            String myTeam = tx.execute(s -> people.findById(me.getId()).map(p -> p.getTeam() == null ? null : p.getTeam().getName()).orElse(null));
            for (String path : paths) {
                long viewsBefore = childDetailViews(user);
                Class<?> view;
                try {
                    navigate(path);
                    view = currentView();
                } catch (RuntimeException e) {
                    problems.add(user + " " + path + ": " + e);
                    continue;
                }
                if (view == ServerErrorView.class) {
                    problems.add(user + " " + path + ": something went wrong");
                    continue;
                }
                if (RouteConfiguration.forApplicationScope().getRoute(path).isEmpty()) {
                    continue;
                }
                boolean refused = view == AccessDeniedView.class || view == NotFoundView.class || view == LoginView.class;
                Class<? extends Component> target = RouteConfiguration.forApplicationScope().getRoute(path).orElse(null);
                RolesAllowed allowed = target == null ? null : target.getAnnotation(RolesAllowed.class);
                if (allowed != null && !refused && org.sightline.kernel.people.RoleGroup.expand(allowed.value()).stream().noneMatch(roles::contains)) {
                    problems.add(user + " " + path + ": opened " + view.getSimpleName() + " though it allows only " + Arrays.toString(allowed.value()));
                }
                if (refused) {
                    continue;
                }
                opened++;
                boolean isRecordPage = routes.stream().noneMatch(r -> r.getTemplate().equals(path))
                        && routes.stream().anyMatch(r -> r.getTemplate().contains(":") && !r.getTemplate().endsWith("?")
                        && templateOf(r).matcher(path).matches());
                if (isRecordPage && !hasBackLink(BoardMembersSeeNoChildDetailTest.page())) {
                    problems.add(user + " " + path + ": a record page with no link back to its list");
                }
                nameMismatches(BoardMembersSeeNoChildDetailTest.page(), user + " " + path, problems);
                String text = BoardMembersSeeNoChildDetailTest.textOf(BoardMembersSeeNoChildDetailTest.page());
                List<String> shown = teamOfCase.keySet().stream()
                        .filter(ref -> Pattern.compile("(?<![0-9A-Za-z])" + Pattern.quote(ref) + "(?![0-9A-Za-z])").matcher(text).find())
                        .toList();
                if (shown.isEmpty()) {
                    continue;
                }
                withCases++;
                if (user.equals("board")) {
                    problems.add(user + " " + path + ": shows case " + shown);
                }
                if (user.equals("practitioner")) {
                    shown.stream().filter(ref -> !teamOfCase.get(ref).equals(myTeam))
                            .forEach(ref -> problems.add(user + " " + path + ": shows case " + ref + " of " + teamOfCase.get(ref)));
                }
                // A record's page that names a case is a view of child-level detail; lists of
                // references (home panels, registers) are not, and are not traced one by one.
                boolean recordPage = routes.stream().anyMatch(r -> r.getTemplate().contains(":") && templateOf(r).matcher(path).matches());
                if (recordPage && childDetailViews(user) == viewsBefore) {
                    problems.add(user + " " + path + ": shows case " + shown.getFirst() + " and left no trace in the audit trail");
                }
            }
        }
        System.out.printf("Walked %d addresses as %d roles: %d pages opened, %d of them showing a case%n",
                paths.size(), USERS.size(), opened, withCases);
        assertThat(problems).as(problems.size() + " problems").isEmpty();
        assertThat(withCases).as("pages showing a case, each checked against the audit trail").isGreaterThan(10);
        assertThat(opened).isGreaterThan(USERS.size() * 5);
    }

    private static boolean hasBackLink(com.vaadin.flow.dom.Element e) {
        if (e.isTextNode()) {
            return false;
        }
        if ("a".equals(e.getTag()) && e.getTextRecursively().strip().startsWith("\u2190")) {
            return true;
        }
        return e.getChildren().anyMatch(EveryRoleOnEveryRouteTest::hasBackLink);
    }

    /** Buttons and links whose aria-label does not begin with the words on them. */
    static void nameMismatches(com.vaadin.flow.dom.Element e, String where, List<String> problems) {
        if (e.isTextNode()) {
            return;
        }
        if (Set.of("a", "button", "vaadin-button").contains(e.getTag()) && e.hasAttribute("aria-label")) {
            String visible = e.getChildren().filter(com.vaadin.flow.dom.Element::isTextNode).map(com.vaadin.flow.dom.Element::getText)
                    .collect(Collectors.joining()).strip();
            if (!org.sightline.kernel.support.ui.AccessibleName.startsWithVisibleText(visible, e.getAttribute("aria-label"))) {
                problems.add(where + ": \"" + visible + "\" is named \"" + e.getAttribute("aria-label") + "\"");
            }
        }
        // Cells drawn by a component renderer are not in the element tree: check those a grid would show first.
        e.getComponent().filter(c -> c instanceof com.vaadin.flow.component.grid.Grid<?>).ifPresent(c -> cells((com.vaadin.flow.component.grid.Grid<?>) c, where, problems));
        e.getChildren().forEach(c -> nameMismatches(c, where, problems));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void cells(com.vaadin.flow.component.grid.Grid grid, String where, List<String> problems) {
        List<Object> items = com.github.mvysny.kaributesting.v10.GridKt._fetch(grid, 0, 25);
        for (Object column : grid.getColumns()) {
            if (((com.vaadin.flow.component.grid.Grid.Column) column).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer r) {
                for (Object item : items) {
                    Component cell = r.createComponent(item);
                    if (cell != null) {
                        nameMismatches(cell.getElement(), where + " (grid cell)", problems);
                    }
                }
            }
        }
    }

    static Pattern templateOf(RouteData r) {
        return Pattern.compile(r.getTemplate().replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", "[^/]+"));
    }

    private long childDetailViews(String user) {
        Long n = jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = 'VIEW_CHILD_DETAIL'", Long.class, user);
        return n == null ? 0 : n;
    }

    /**
     * Each route once: a route without parameters as it is; one with parameters with ids 1 to 3
     * and "new", and with up to three of the record addresses the portal links to from its own
     * pages (opened as the QA team, the PSW and the Director, who see most).
     */
    private Set<String> paths(List<RouteData> routes) {
        Set<String> out = new LinkedHashSet<>();
        Map<Pattern, List<String>> harvested = new LinkedHashMap<>();
        for (RouteData r : routes) {
            if (r.getTemplate().contains(":")) {
                harvested.put(templateOf(r), new ArrayList<>());
            }
        }
        for (String user : List.of("qa", "psw", "director")) {
            signIn(user);
            for (RouteData r : routes) {
                if (r.getTemplate().contains(":")) {
                    continue;
                }
                try {
                    navigate(r.getTemplate());
                } catch (RuntimeException e) {
                    continue;
                }
                for (String href : links(UI.getCurrent())) {
                    harvested.forEach((p, found) -> {
                        if (p.matcher(href).matches() && found.size() < RECORDS_PER_ROUTE && !found.contains(href)) {
                            found.add(href);
                        }
                    });
                }
            }
        }
        for (RouteData r : routes) {
            out.addAll(BoardMembersSeeNoChildDetailTest.concrete(r.getTemplate()));
        }
        harvested.values().forEach(out::addAll);
        return out;
    }

    private static List<String> links(UI ui) {
        List<String> hrefs = new ArrayList<>();
        collect(BoardMembersSeeNoChildDetailTest.page(), hrefs);
        return hrefs;
    }

    private static void collect(com.vaadin.flow.dom.Element e, List<String> hrefs) {
        if (e.isTextNode()) {
            return;
        }
        if ("a".equals(e.getTag()) && e.hasAttribute("href")) {
            String href = e.getAttribute("href");
            if (!href.startsWith("http") && !href.startsWith("/") && !href.contains("VAADIN")) {
                hrefs.add(href.replaceFirst("\\?.*$", ""));
            }
        }
        e.getChildren().forEach(c -> collect(c, hrefs));
    }
}
