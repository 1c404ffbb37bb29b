package org.sightline.app;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Boots the whole portal on an in-memory H2 database with the demo data and drives its views
 * without a browser. The Spring context is shared by every subclass; {@link DemoCouncilReset} puts
 * the demo council back before each class. {@link #signIn} goes through the real authentication manager, so
 * passwords, lock-out and roles are the production ones.
 */
@SpringBootTest(classes = SightlineApplication.class, properties = {
        "spring.datasource.url=jdbc:h2:mem:karibu-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=true",
        "sightline.scheduling.enabled=false"})
@Import(AbstractKaribuTest.TestClock.class)
@TestExecutionListeners(listeners = DemoCouncilReset.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class AbstractKaribuTest {

    /** Thursday 20 November 2026, 10:00 in London. */
    public static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    private static final Routes routes = new Routes().autoDiscoverViews("org.sightline");

    @Autowired
    protected ApplicationContext ctx;
    @Autowired
    protected AuthenticationManager authenticationManager;
    @Autowired
    protected MutableClock clock;

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START, ZoneId.of("Europe/London"));
        }
    }

    @BeforeEach
    void setUpVaadin() {
        // Another test's Spring context (a web test, say) may have installed its own security-context
        // holder since this shared one started; put back the one this context's services read.
        ctx.getBeanProvider(org.springframework.security.core.context.SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        clock.set(START);
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /** Signs in with a user name and password, as the sign-in form would. */
    protected Authentication signIn(String username, String password) {
        Authentication auth = authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        SecurityContextHolder.getContext().setAuthentication(auth);
        Set<String> roles = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.substring("ROLE_".length())).collect(Collectors.toSet());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> roles.contains(role));
        return auth;
    }

    protected Authentication signIn(String demoUser) {
        return signIn(demoUser, "sightline");
    }

    protected void signOut() {
        SecurityContextHolder.clearContext();
        if (VaadinServletRequest.getCurrent() != null) {
            FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((principal, role) -> false);
        }
    }

    protected void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    protected Class<?> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    /** A demo council member by their sign-in name ("manager", "qa"): the same lookup every test used to write for itself. */
    protected org.sightline.kernel.people.Person person(String login) {
        return ctx.getBean(org.sightline.kernel.people.PersonRepository.class)
                .findByEmailIgnoreCase(login + "@sightline-council.example").orElseThrow();
    }

    /** The question a page has asked before an irreversible step; fails if none is open. */
    protected org.sightline.kernel.support.ui.Confirm confirmation() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(org.sightline.kernel.support.ui.Confirm.class);
    }

    /** Answers the open question by taking the step, as the confirm button would. */
    protected void confirm() {
        confirmation().confirm();
    }
}
