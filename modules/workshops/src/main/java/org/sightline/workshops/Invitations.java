package org.sightline.workshops;

import java.time.Clock;
import org.sightline.kernel.calendar.ICalendar;
import org.sightline.kernel.notifications.MailSettings;
import org.springframework.stereotype.Component;

/** The iCalendar side of a booking: one UID per booking, a higher SEQUENCE for every change. */
@Component
public class Invitations {

    private final MailSettings mail;
    private final Clock clock;

    public Invitations(MailSettings mail, Clock clock) {
        this.mail = mail;
        this.clock = clock;
    }

    /** An invitation for a confirmed place (METHOD:REQUEST). */
    public String request(Booking b) {
        return ICalendar.request(event(b, b.nextSequence(), false)).write(clock.instant());
    }

    /** Removes the event from the person's calendar (METHOD:CANCEL, the same UID). */
    public String cancel(Booking b) {
        return ICalendar.cancel(event(b, b.nextSequence(), true)).write(clock.instant());
    }

    /** The event as it appears in the person's feed, without changing its sequence. */
    ICalendar.Event feedEvent(Booking b) {
        return event(b, b.getIcsSequence(), false);
    }

    private ICalendar.Event event(Booking b, int sequence, boolean cancelled) {
        WorkshopSession s = b.getSession();
        Workshop w = s.getWorkshop();
        StringBuilder description = new StringBuilder(w.getSummary());
        if (s.getOnlineLink() != null) {
            description.append("\n\nJoin online: ").append(s.getOnlineLink());
        }
        description.append("\n\nYour booking in Sightline: ").append(mail.portalUrl()).append("/workshops");
        return new ICalendar.Event(b.getUid(), sequence, s.getStartsAt(), s.getEndsAt(), "Workshop: " + w.getTitle(),
                s.getOnlineLink() != null && s.getVenue().isBlank() ? s.getOnlineLink() : s.getVenue(), description.toString(),
                "Sightline workshops", mail.from(), b.getPerson().getFullName(), b.getPerson().getEmail(), cancelled);
    }
}
