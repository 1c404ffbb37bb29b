package org.sightline.kernel.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * Writes iCalendar (RFC 5545) files with ical4j: invitations (METHOD:REQUEST), cancellations
 * (METHOD:CANCEL) and subscription feeds (METHOD:PUBLISH). Times are written in UTC, so no
 * time-zone definitions are needed and every calendar shows the right London time.
 *
 * <p>A cancellation must carry the invitation's UID and a higher SEQUENCE, or calendars keep
 * the event.
 */
public final class ICalendar {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One event. Start and end are Europe/London wall-clock times. */
    public record Event(String uid, int sequence, LocalDateTime start, LocalDateTime end, String summary, String location,
                        String description, String organiserName, String organiserEmail, String attendeeName,
                        String attendeeEmail, boolean cancelled) {
        public Event {
            Objects.requireNonNull(uid);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            Objects.requireNonNull(summary);
        }
    }

    private final String method;
    private final String name;
    private final List<Event> events = new ArrayList<>();

    private ICalendar(String method, String name) {
        this.method = method;
        this.name = name;
    }

    public static ICalendar request(Event event) {
        return new ICalendar("REQUEST", null).add(event);
    }

    public static ICalendar cancel(Event event) {
        return new ICalendar("CANCEL", null).add(event);
    }

    /** A feed that calendar apps subscribe to. */
    public static ICalendar feed(String name) {
        return new ICalendar("PUBLISH", name);
    }

    public ICalendar add(Event event) {
        events.add(event);
        return this;
    }

    /** The METHOD of an iCalendar text, e.g. "REQUEST"; "PUBLISH" if none is given. */
    public static String method(String ics) {
        for (String line : ics.split("\r?\n")) {
            if (line.startsWith("METHOD:")) {
                return line.substring(7).strip();
            }
        }
        return "PUBLISH";
    }

    /** The calendar as RFC 5545 text (CRLF lines folded at 75 octets, values escaped), written by ical4j. */
    public String write(Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Sightline//Quality assurance portal//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Event e : events) {
            calendar.add(vevent(e, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return foldByOctets(out.toString());
    }

    /**
     * RFC 5545 folds at 75 octets; ical4j folds at 75 characters, which is longer for any line with
     * an accent or an emoji. Unfold its lines and fold them again by octets, never inside a character.
     */
    static String foldByOctets(String ics) {
        StringBuilder sb = new StringBuilder(ics.length() + 64);
        for (String content : ics.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < content.length(); ) {
                int cp = content.codePointAt(i);
                int size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (octets + size > 75) {
                    sb.append("\r\n ");
                    octets = 1;
                }
                sb.appendCodePoint(cp);
                octets += size;
                i += Character.charCount(cp);
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    private static VEvent vevent(Event e, Instant stamp) {
        VEvent event = new VEvent(e.start().atZone(LONDON).toInstant(), e.end().atZone(LONDON).toInstant(), e.summary());
        event.add(new Uid(e.uid()));
        event.add(new Sequence(e.sequence()));
        // ical4j stamps a new event with the time now; the stamp is the one given, so a feed reads the same each time.
        event.replace(new DtStamp(stamp));
        if (e.location() != null && !e.location().isBlank()) {
            event.add(new Location(e.location()));
        }
        if (e.description() != null && !e.description().isBlank()) {
            event.add(new Description(e.description()));
        }
        if (e.organiserEmail() != null) {
            Organizer organiser = new Organizer(URI.create("mailto:" + e.organiserEmail()));
            organiser.add(new Cn(e.organiserName() == null ? "" : e.organiserName()));
            event.add(organiser);
        }
        if (e.attendeeEmail() != null) {
            Attendee attendee = new Attendee(URI.create("mailto:" + e.attendeeEmail()));
            attendee.add(new Cn(e.attendeeName() == null ? "" : e.attendeeName()));
            attendee.add(Role.REQ_PARTICIPANT);
            attendee.add(e.cancelled() ? PartStat.DECLINED : PartStat.ACCEPTED);
            event.add(attendee);
        }
        event.add(new Status(e.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Transp(Transp.VALUE_OPAQUE));
        return event;
    }
}
