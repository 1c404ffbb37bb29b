package org.sightline.kernel.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes iCalendar (RFC 5545) files: invitations (METHOD:REQUEST), cancellations
 * (METHOD:CANCEL) and subscription feeds (METHOD:PUBLISH). Times are written in UTC, so no
 * time-zone definitions are needed and every calendar shows the right London time.
 *
 * <p>A cancellation must carry the invitation's UID and a higher SEQUENCE, or calendars keep
 * the event.
 */
public final class ICalendar {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

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

    public String write(Instant stamp) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Sightline//Quality assurance portal//EN");
        line(sb, "CALSCALE:GREGORIAN");
        line(sb, "METHOD:" + method);
        if (name != null) {
            line(sb, "X-WR-CALNAME:" + text(name));
        }
        for (Event e : events) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:" + e.uid());
            line(sb, "SEQUENCE:" + e.sequence());
            line(sb, "DTSTAMP:" + UTC.format(stamp));
            line(sb, "DTSTART:" + UTC.format(e.start().atZone(LONDON)));
            line(sb, "DTEND:" + UTC.format(e.end().atZone(LONDON)));
            line(sb, "SUMMARY:" + text(e.summary()));
            if (e.location() != null && !e.location().isBlank()) {
                line(sb, "LOCATION:" + text(e.location()));
            }
            if (e.description() != null && !e.description().isBlank()) {
                line(sb, "DESCRIPTION:" + text(e.description()));
            }
            if (e.organiserEmail() != null) {
                line(sb, "ORGANIZER;CN=" + param(e.organiserName()) + ":mailto:" + e.organiserEmail());
            }
            if (e.attendeeEmail() != null) {
                line(sb, "ATTENDEE;CN=" + param(e.attendeeName()) + ";ROLE=REQ-PARTICIPANT;PARTSTAT="
                        + (e.cancelled() ? "DECLINED" : "ACCEPTED") + ":mailto:" + e.attendeeEmail());
            }
            line(sb, "STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(sb, "TRANSP:OPAQUE");
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /** TEXT values escape backslash, semicolon, comma and newlines. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n");
    }

    /** Parameter values with separators are quoted; quotes themselves are not allowed. */
    private static String param(String value) {
        String v = value == null ? "" : value.replace("\"", "'");
        return v.matches(".*[,;:].*") ? "\"" + v + "\"" : v;
    }

    /** Lines end CRLF and fold at 75 octets, never inside a UTF-8 character. */
    private static void line(StringBuilder sb, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                sb.append("\r\n ");
                octets = 1;
            }
            sb.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        sb.append("\r\n");
    }
}
