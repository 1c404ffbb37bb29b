package org.sightline.app.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.app.ui.MainLayout;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.notifications.ui.NotificationsView;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class ClosureDaysTest extends AbstractKaribuTest {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void administratorAddsAClosureDayAndTimescalesSkipIt() {
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(christmasEve);
        signIn("admin");
        navigate("admin/working-days");
        ClosureDaysView view = _get(ClosureDaysView.class);

        HasValueUtilsKt._setValue(view.date, LocalDate.of(2026, 12, 25));
        HasValueUtilsKt._setValue(view.reason, "Closed");
        ButtonKt._click(view.add);
        assertThat(view.date.isInvalid()).isTrue();
        assertThat(view.date.getErrorMessage()).isEqualTo("That is already a bank holiday (Christmas Day).");
        assertThat(view.reason.getValue()).isEqualTo("Closed");

        HasValueUtilsKt._setValue(view.date, christmasEve);
        HasValueUtilsKt._setValue(view.reason, "Council closure day");
        ButtonKt._click(view.add);
        assertThat(view.date.isInvalid()).isFalse();
        assertThat(GridKt._findAll(view.calendarGrid)).extracting(e -> e.getValue()).contains("Council closure day", "Boxing Day (substitute day)");
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 23), 1)).isEqualTo(LocalDate.of(2026, 12, 29));
    }

    @Autowired
    org.sightline.kernel.audit.AuditTrail audit;

    @Test
    void removingAClosureDayIsADeleteInTheAuditTrail() {
        signIn("admin");
        var closure = calendar.addClosureDay(LocalDate.of(2027, 4, 30), "Office move");
        calendar.removeClosureDay(closure.getId());
        var entries = audit.search(new org.sightline.kernel.audit.AuditSearch(null, "ClosureDay", closure.getId().toString(),
                null, null, null), org.springframework.data.domain.PageRequest.of(0, 10)).getContent();
        assertThat(entries).extracting(e -> e.getAction()).containsExactly(
                org.sightline.kernel.audit.AuditAction.DELETE, org.sightline.kernel.audit.AuditAction.CREATE);
        assertThat(entries).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("admin"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 4, 30))).isTrue();
    }
}
