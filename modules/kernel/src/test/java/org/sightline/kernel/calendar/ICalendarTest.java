package org.sightline.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class ICalendarTest {

    private static final ICalendar.Event EVENT = new ICalendar.Event("b-42@sightline", 1,
            LocalDateTime.of(2026, 12, 8, 9, 30), LocalDateTime.of(2026, 12, 8, 12, 0),
            "Chronologies, genograms and case summaries: a workshop for practitioners, team managers; and anyone curious",
            "Learning Centre, Suite B; Civic Way", "Line one\nLine two, with a comma", "Sightline", "noreply@council.example",
            "Amira Okafor-Lindqvist", "amira@council.example", false);

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void anInvitationParsesWithARealParserAndKeepsLondonTimeInUtc() throws Exception {
        String ics = ICalendar.request(EVENT).write(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        Calendar cal = parse(ics);
        assertThat(cal.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent e = (VEvent) cal.getComponent("VEVENT").orElseThrow();
        assertThat(e.getProperty("UID").orElseThrow().getValue()).isEqualTo("b-42@sightline");
        assertThat(e.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(EVENT.summary());
        assertThat(e.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo(EVENT.location());
        assertThat(e.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(EVENT.description());
        // December is GMT, so 09:30 in London is 09:30Z; a June session would be an hour earlier.
        assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261208T093000Z");
        assertThat(e.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:amira@council.example");
    }

    @Test
    void aCancellationCarriesTheSameUidAndAHigherSequence() throws Exception {
        var cancelled = new ICalendar.Event(EVENT.uid(), 2, EVENT.start(), EVENT.end(), EVENT.summary(), EVENT.location(),
                null, EVENT.organiserName(), EVENT.organiserEmail(), EVENT.attendeeName(), EVENT.attendeeEmail(), true);
        String ics = ICalendar.cancel(cancelled).write(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(ICalendar.method(ics)).isEqualTo("CANCEL");
        // One stamp, the one given: the same calendar written twice reads the same.
        assertThat(ics.lines().filter(l -> l.startsWith("DTSTAMP")).toList()).containsExactly("DTSTAMP:20261121T100000Z");
        assertThat(ICalendar.cancel(cancelled).write(Instant.parse("2026-11-21T10:00:00Z"))).isEqualTo(ics);
        Calendar cal = parse(ics);
        VEvent e = (VEvent) cal.getComponent("VEVENT").orElseThrow();
        assertThat(e.getProperty("UID").orElseThrow().getValue()).isEqualTo("b-42@sightline");
        assertThat(e.getProperty("SEQUENCE").orElseThrow().getValue()).isEqualTo("2");
        assertThat(e.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void summerTimesAreConvertedToUtc() throws Exception {
        var june = new ICalendar.Event("x@sightline", 0, LocalDateTime.of(2027, 6, 15, 10, 0), LocalDateTime.of(2027, 6, 15, 12, 0),
                "Thresholds", null, null, null, null, null, null, false);
        Calendar cal = parse(ICalendar.feed("My workshops").add(june).write(Instant.parse("2027-06-01T00:00:00Z")));
        VEvent e = (VEvent) cal.getComponent("VEVENT").orElseThrow();
        assertThat(e.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20270615T090000Z");
        assertThat(cal.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("PUBLISH");
    }

    @Test
    void textIsKeptExactlyAsTypedThroughEscapingAndFolding() throws Exception {
        String typed = "Room 3; bring notes, \\ the \"Signs of Safety\" map\nand café ☕ — " + "long ".repeat(30) + "end";
        var e = new ICalendar.Event("y@sightline", 0, LocalDateTime.of(2027, 1, 5, 10, 0), LocalDateTime.of(2027, 1, 5, 11, 0),
                typed, typed, typed, "O'Neil, Dana", "dana@council.example", "Sam; Lee", "sam@council.example", false);
        String ics = ICalendar.request(e).write(Instant.parse("2027-01-01T00:00:00Z"));
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        VEvent parsed = (VEvent) parse(ics).getComponent("VEVENT").orElseThrow();
        assertThat(parsed.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo(typed);
        assertThat(parsed.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(typed);
        assertThat(parsed.getProperty("ORGANIZER").orElseThrow().getParameter("CN").orElseThrow().getValue()).isEqualTo("O'Neil, Dana");
        assertThat(parsed.getProperty("ATTENDEE").orElseThrow().getParameter("CN").orElseThrow().getValue()).isEqualTo("Sam; Lee");
    }
}
