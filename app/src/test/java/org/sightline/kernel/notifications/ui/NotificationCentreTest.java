package org.sightline.kernel.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.app.ui.MainLayout;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationCentreTest extends AbstractKaribuTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PersonRepository people;
    @Autowired
    TransactionTemplate tx;

    private void notifyPractitioner(String title) {
        Long id = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow().getId();
        tx.executeWithoutResult(s -> events.publishEvent(NotificationEvent.to(id, title, "Body of " + title, "actions", "test")));
    }

    @Test
    void theBellCountsUnreadNoticesAndTheCentreMarksThemRead() {
        signIn("practitioner");
        navigate("");
        long before = _get(MainLayout.class).bell().unread();
        notifyPractitioner("Your observation has been shared");
        notifyPractitioner("A workshop place is yours");
        navigate("notifications");
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.bell().unread()).isEqualTo(before + 2);
        assertThat(layout.bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, " + (before + 2) + " unread");

        NotificationsView view = _get(NotificationsView.class);
        assertThat(GridKt._findAll(view.grid)).extracting(n -> n.getTitle())
                .startsWith("A workshop place is yours", "Your observation has been shared");
        assertThat(GridKt._findAll(view.grid).getFirst().getLink()).isEqualTo("actions");
        ButtonKt._click(view.markAll);
        navigate("");
        assertThat(_get(MainLayout.class).bell().unread()).isZero();
        assertThat(_get(MainLayout.class).bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications, none unread");
    }

    @Test
    void noticesAreOnlyEverTheRecipients() {
        notifyPractitioner("For the practitioner only");
        signIn("manager");
        navigate("notifications");
        assertThat(GridKt._findAll(_get(NotificationsView.class).grid)).extracting(n -> n.getTitle())
                .doesNotContain("For the practitioner only");
    }

}
