package org.sightline.app;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sightline.app.ui.AccessDeniedView;
import org.sightline.app.ui.HomeView;
import org.sightline.app.ui.LoginView;
import org.sightline.app.ui.MainLayout;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;

class ShellTest extends AbstractKaribuTest {

    @Test
    void anonymousVisitorIsSentToSignIn() {
        navigate("");
        assertThat(currentView()).isEqualTo(LoginView.class);
        navigate("admin/people");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    static Stream<Arguments> navigationPerRole() {
        var teamManager = Map.of("My work", List.of("Home", "Actions", "Notifications"),
                "Quality assurance", List.of("Case audits", "Audit tracking", "Observations", "Observations due", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                "Feedback and learning", List.of("Learning bulletins", "Complaints", "Compliments", "Workshops"),
                "Governance", List.of("Board packs", "Reports"),
                "Administration", List.of("Cases"));
        var staffManager = Map.of("My work", List.of("Home", "Actions", "Notifications"),
                "Quality assurance", List.of("Case audits", "Audit tracking", "Observations", "Observations due", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                "Feedback and learning", List.of("Learning bulletins", "Complaints", "Complaints figures", "Compliments", "Workshops"),
                "Governance", List.of("Board packs", "Reports"),
                "Administration", List.of("Cases"));
        var seniorManager = Map.of("My work", List.of("Home", "Actions", "Notifications"),
                "Quality assurance", List.of("Case audits", "Audit tracking", "Observations", "Observations due", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                "Feedback and learning", List.of("Learning bulletins", "Complaints", "Complaints figures", "Compliments", "Workshops"),
                "Governance", List.of("QA overview", "Board packs", "Reports"),
                "Administration", List.of("Cases"));
        var qualityTeam = Map.of("My work", List.of("Home", "Actions", "Notifications"),
                "Quality assurance", List.of("Case audits", "Monthly sample", "Audit tracking", "Observations",
                        "Observations due", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                "Feedback and learning", List.of("Learning bulletins", "Complaints", "Complaints figures", "Compliments", "Workshops"),
                "Governance", List.of("QA overview", "Board packs", "Reports"),
                "Administration", List.of("Cases", "Learning themes", "Complaint categories"));
        return Stream.of(
                Arguments.of("practitioner", Map.of("My work", List.of("Home", "Actions", "Notifications"),
                        "Quality assurance", List.of("Case audits", "Observations", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                        "Feedback and learning", List.of("Learning bulletins", "Compliments", "Workshops"), "Governance", List.of("Board packs", "Reports"))),
                Arguments.of("manager", teamManager),
                Arguments.of("servicemanager", staffManager),
                Arguments.of("headofservice", seniorManager),
                Arguments.of("director", seniorManager),
                Arguments.of("psw", qualityTeam),
                Arguments.of("qa", qualityTeam),
                // The council's complaints team sits outside children's services: the complaints pages only.
                Arguments.of("complaints", Map.of("My work", List.of("Home", "Notifications"),
                        "Quality assurance", List.of("Thematic evaluations", "Evaluation programme"),
                        "Feedback and learning", List.of("Learning bulletins", "Complaints", "Complaints figures", "Compliments"),
                        "Governance", List.of("Board packs"),
                        "Administration", List.of("Complaint categories"))),
                Arguments.of("board", Map.of("My work", List.of("Home", "Notifications"),
                        "Quality assurance", List.of("Thematic evaluations", "Evaluation programme"),
                        "Feedback and learning", List.of("Learning bulletins", "Complaints figures"),
                        "Governance", List.of("QA overview", "Board packs"))),
                Arguments.of("admin", Map.of("My work", List.of("Home", "Actions", "Notifications"),
                        "Quality assurance", List.of("Case audits", "Monthly sample", "Audit tracking", "Observations",
                        "Observations due", "Supervision audits", "Thematic evaluations", "Evaluation programme"),
                        "Feedback and learning", List.of("Learning bulletins", "Complaints figures", "Compliments", "Workshops"),
                        "Governance", List.of("Board packs", "Reports"),
                        "Administration", List.of("People and teams", "Cases", "Working days", "Learning themes", "Audit trail",
                                "Audit template", "Observation cadence", "Supervision audit chain", "Complaint categories"))));
    }

    @ParameterizedTest(name = "{0} sees exactly the navigation they may open")
    @MethodSource("navigationPerRole")
    void eachRoleSeesExactlyWhatItMayOpen(String user, Map<String, List<String>> expected) {
        signIn(user);
        navigate("");
        assertThat(currentView()).isEqualTo(HomeView.class);
        Map<String, List<String>> shown = _get(MainLayout.class).navigationModel();
        assertThat(shown).isEqualTo(expected);
        // groups keep the design's order
        List<String> order = List.of("My work", "Quality assurance", "Feedback and learning", "Governance", "Administration");
        assertThat(shown.keySet().stream().map(order::indexOf).toList()).isSorted();
    }

    @Test
    void forbiddenRouteShowsTheErrorViewWithoutDetail() {
        signIn("manager");
        navigate("admin/people");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        assertThat(_get(AccessDeniedView.class).headingText()).isEqualTo("You do not have access to this page");
        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively()).doesNotContain("Exception", "at org.");
    }

    @Test
    void headerNamesTheSignedInUserAndRole() {
        signIn("manager");
        navigate("");
        String header = _get(MainLayout.class).getElement().getTextRecursively();
        assertThat(header).contains("Team Manager · Assessment Team");
    }

    @Test
    void homeIsComposedOfTheModulesPanels() {
        signIn("manager");
        navigate("");
        assertThat(_get(HomeView.class).panelTitles()).containsExactly("My audits to complete", "My actions", "Observations I am due to carry out",
                "Audits of my supervision to acknowledge", "My workshop bookings",
                "Workshops with places this month", "My team", "Latest learning bulletin");
    }

    @Test
    void boardMembersGetNoChildLevelPanels() {
        signIn("board");
        navigate("");
        // The bulletin is written for everyone and holds no child-level detail; "My board" says what to read and when they meet.
        assertThat(_get(HomeView.class).panelTitles()).containsExactly("My board", "Latest learning bulletin");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("latest-pack")).getElement().getTextRecursively())
                .startsWith("Latest pack: Quality, Performance and Impact Board, ").contains("first edition, published ");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("next-meeting")).getText())
                .startsWith("Next meeting: Quality, Performance and Impact Board, ").endsWith("Its pack is published.");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("servicemanager", "wrong-password")).isInstanceOf(BadCredentialsException.class);
        }
        // even the right password is refused while locked
        assertThatThrownBy(() -> signIn("servicemanager", "sightline")).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> signIn("servicemanager", "sightline")).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn("servicemanager", "sightline").isAuthenticated()).isTrue();
    }

    @Test
    void fourWrongPasswordsThenTheRightOneResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("psw", "nope")).isInstanceOf(BadCredentialsException.class);
        }
        signIn("psw", "sightline");
        signOut();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn("psw", "nope")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn("psw", "sightline").isAuthenticated()).isTrue();
    }

    @Test
    void theSignInPageSaysTheSameForAWrongPasswordAnUnknownNameAndALockedOrClosedAccount() {
        String wrong = LoginView.messageFor(new BadCredentialsException("bad"));
        assertThat(wrong).contains("Could not sign you in");
        assertThat(LoginView.messageFor(new LockedException("locked"))).isEqualTo(wrong);
        assertThat(LoginView.messageFor(new org.springframework.security.authentication.DisabledException("closed"))).isEqualTo(wrong);
        assertThat(LoginView.messageFor(new org.springframework.security.core.userdetails.UsernameNotFoundException("none"))).isEqualTo(wrong);
        UI.getCurrent().navigate("login");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }
}
