package org.sightline.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.sightline.kernel.support.ui.AccessibleName;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.workshops.Booking;
import org.sightline.workshops.BookingStatus;
import org.sightline.workshops.Times;
import org.sightline.workshops.WorkshopSession;

/**
 * The reader's button to give up their place or waiting-list entry, on the programme and on the
 * session's own page alike: it asks first, saying what follows, and only then takes the step.
 */
final class GiveUpPlace {

    private GiveUpPlace() {
    }

    /** {@code session} is the booking's, passed as the page already has it loaded. */
    static Button button(Booking booking, WorkshopSession session, Runnable step) {
        boolean waiting = booking.getStatus() == BookingStatus.WAITING;
        String what = session.getWorkshop().getTitle() + ", " + Times.day(session.getStartsAt());
        String text = waiting ? "Leave the waiting list" : "Cancel my place";
        Button b = new Button(text, e -> Confirm.askToRemove(
                waiting ? "Leave the waiting list for " + what + "?" : "Cancel your place on " + what + "?",
                waiting ? "You will not be offered a place if one comes free. You can join again while the session has a waiting list."
                        : "Your place goes to the first person waiting, if anyone is. You can book again only if a place is free.",
                text, step));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        AccessibleName.withContext(b, what);
        return b;
    }
}
