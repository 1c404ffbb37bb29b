package org.sightline.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The statutory timescales on the real calendar, and the quarterly figures for a known set of complaints. */
class ComplaintFiguresAndTimescalesTest extends AbstractKaribuTest {

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ComplimentRepository compliments;
    @Autowired
    BulletinRepository bulletins;
    @Autowired
    CategoryRepository categories;
    @Autowired
    TeamRepository teams;
    @Autowired
    PersonRepository people;
    @Autowired
    ComplaintFigures figures;
    @Autowired
    TransactionTemplate tx;

    private Team team;
    private Person officer;

    @BeforeEach
    void startFromNothing() {
        tx.executeWithoutResult(s -> {
            bulletins.deleteAll();
            compliments.deleteAll();
            complaints.deleteAll();
        });
        team = teams.findAllByOrderByNameAsc().stream().filter(t -> t.getName().equals("Assessment Team")).findFirst().orElseThrow();
        officer = people.findByEmailIgnoreCase("qa@sightline-council.example").orElseThrow();
    }

    private static Complaint complaint(String ref, LocalDate received, Channel channel, ComplainantType type) {
        Complaint c = new Complaint(ref, "portal", Instant.parse("2026-01-01T09:00:00Z"), null);
        c.record(new ComplaintDetails(received, channel, type, "A Complainant", null, null, null, "Summary"), null, null);
        return c;
    }

    @Test
    void responseIsDueTenWorkingDaysLaterCountingBankHolidays() {
        WorkingDays days = calendar.days();
        // Thursday 18 December 2025: Christmas Day, Boxing Day and New Year's Day do not count.
        Complaint c = complaint("T-1", LocalDate.of(2025, 12, 18), Channel.EMAIL, ComplainantType.PARENT);
        assertThat(Timeline.responseDue(c, days)).isEqualTo(LocalDate.of(2026, 1, 6));
        List<Timeline.Entry> steps = Timeline.of(c, days, officer);
        assertThat(steps).extracting(Timeline.Entry::step).containsExactly(Timeline.Step.ALLOCATE, Timeline.Step.CONTACT,
                Timeline.Step.QUALITY_ASSURE, Timeline.Step.RESPOND);
        assertThat(steps).extracting(Timeline.Entry::due).containsExactly(LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 22),
                LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 6));
        assertThat(Timeline.latestExtension(c, days)).isEqualTo(LocalDate.of(2026, 1, 20));

        // Christmas 2027 falls at a weekend: the substitute days (27 and 28 December, 3 January) do not count either.
        Complaint later = complaint("T-2", LocalDate.of(2027, 12, 16), Channel.EMAIL, ComplainantType.CHILD);
        assertThat(Timeline.responseDue(later, days)).isEqualTo(LocalDate.of(2028, 1, 4));
        assertThat(Timeline.of(later, days, officer)).extracting(Timeline.Entry::step).contains(Timeline.Step.ADVOCATE);

        // A complaint received on a Saturday has day 1 on the Monday.
        Complaint weekend = complaint("T-3", LocalDate.of(2026, 11, 14), Channel.ONLINE_FORM, ComplainantType.CARER);
        assertThat(Timeline.of(weekend, days, officer).getFirst().due()).isEqualTo(LocalDate.of(2026, 11, 16));

        // Escalation: stage 2 in 25 working days (up to 65); stage 3 panel 30, report 5, response 15.
        Complaint escalated = complaint("T-4", LocalDate.of(2026, 1, 5), Channel.EMAIL, ComplainantType.PARENT);
        escalated.earlyResolution(EarlyResolution.DECLINED, LocalDate.of(2026, 1, 7), null);
        escalated.responded(LocalDate.of(2026, 1, 19));
        assertThat(Timeline.escalationDeadline(LocalDate.of(2026, 1, 19), days)).isEqualTo(LocalDate.of(2026, 2, 16));
        Escalation two = escalated.escalate(2, LocalDate.of(2026, 2, 2), null, officer);
        assertThat(Timeline.stage2Due(two, days)).isEqualTo(LocalDate.of(2026, 3, 9));
        two.respond(LocalDate.of(2026, 3, 6), Outcome.NOT_UPHELD, null);
        escalated.escalate(3, LocalDate.of(2026, 3, 16), null, officer);
        List<Timeline.Entry> stage3 = Timeline.of(escalated, days, officer).stream()
                .filter(e -> e.step().name().startsWith("STAGE3")).toList();
        // 30 working days from Mon 16 March passes Good Friday (3 April) and Easter Monday (6 April): Wed 29 April; the
        // report 5 working days on passes the early May bank holiday; the response 15 on passes the spring bank holiday.
        assertThat(stage3).extracting(Timeline.Entry::due).containsExactly(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 7),
                LocalDate.of(2026, 5, 29));
    }

    @Test
    void aQuarterBeforeAnythingWasRecordedSaysNoDataRatherThanZero() {
        // The first complaint Sightline holds; nothing before it.
        LocalDate first = LocalDate.of(2024, 5, 1);
        tx.executeWithoutResult(st -> complaints.save(complaint("F-1", first, Channel.EMAIL, ComplainantType.PARENT)));
        signIn("qa");
        ComplaintFigures.Quarter q = figures.quarter(ReportPeriod.quarterOf(first));
        var thisQuarter = q.comparison().get(0);
        var lastYear = q.comparison().get(2);
        assertThat(thisQuarter.recorded()).isTrue();
        assertThat(thisQuarter.row().get(1)).isNotEqualTo("No data");
        assertThat(lastYear.recorded()).isFalse();
        assertThat(lastYear.row().subList(1, 6)).containsOnly("No data");
        assertThat(ComplaintFigures.comparisonChart(q).categories()).doesNotContain("Same quarter last year").contains("This quarter");
    }

    @Test
    void quarterlyFiguresForAKnownQuarterWithComparisons() {
        Category communication = categories.findByKindAndNameIgnoreCase(CategoryKind.COMPLAINT, "Communication").orElseThrow();
        Category delay = categories.findByKindAndNameIgnoreCase(CategoryKind.COMPLAINT, "Delay or timeliness").orElseThrow();
        Category listening = categories.findByKindAndNameIgnoreCase(CategoryKind.COMPLIMENT, "Listening and understanding").orElseThrow();
        WorkingDays days = calendar.days();
        tx.executeWithoutResult(s -> {
            // Quarter: July to September 2026.
            Complaint onTime = complaint("K-1", LocalDate.of(2026, 7, 1), Channel.EMAIL, ComplainantType.PARENT);
            onTime.addPoint("Not told", communication, LocalDate.of(2026, 7, 1)).setOutcome(Outcome.UPHELD);
            onTime.addPoint("Late", delay, LocalDate.of(2026, 7, 1)).setOutcome(Outcome.NOT_UPHELD);
            onTime.responded(LocalDate.of(2026, 7, 15)); // due 15 July
            Complaint late = complaint("K-2", LocalDate.of(2026, 7, 6), Channel.ONLINE_FORM, ComplainantType.CHILD);
            late.addPoint("Late again", delay, LocalDate.of(2026, 7, 6)).setOutcome(Outcome.PARTLY_UPHELD);
            late.responded(LocalDate.of(2026, 7, 21)); // due 20 July
            Complaint extended = complaint("K-3", LocalDate.of(2026, 8, 3), Channel.PHONE, ComplainantType.PARENT);
            extended.addPoint("Not told either", communication, LocalDate.of(2026, 8, 3)).setOutcome(Outcome.NOT_UPHELD);
            extended.getResponse().extend(LocalDate.of(2026, 8, 28), "Records to check", LocalDate.of(2026, 8, 10));
            extended.responded(LocalDate.of(2026, 8, 27)); // within the agreed extension
            Complaint early = complaint("K-4", LocalDate.of(2026, 9, 1), Channel.EMAIL, ComplainantType.CARER);
            early.addPoint("Contact", communication, LocalDate.of(2026, 9, 1));
            early.earlyResolution(EarlyResolution.RESOLVED, LocalDate.of(2026, 9, 4), "Apologised");
            Complaint escalated = complaint("K-5", LocalDate.of(2026, 4, 1), Channel.LETTER, ComplainantType.PROFESSIONAL);
            escalated.addPoint("Decision", null, LocalDate.of(2026, 4, 1)).setOutcome(Outcome.NOT_UPHELD);
            escalated.responded(LocalDate.of(2026, 4, 15));
            Escalation two = escalated.escalate(2, LocalDate.of(2026, 7, 20), null, officer);
            two.respond(LocalDate.of(2026, 8, 20), Outcome.NOT_UPHELD, null); // due 24 August
            // Previous quarter: one received; the same quarter last year: two.
            complaints.saveAll(List.of(onTime, late, extended, early, escalated,
                    complaint("P-1", LocalDate.of(2026, 5, 5), Channel.EMAIL, ComplainantType.PARENT),
                    complaint("Y-1", LocalDate.of(2025, 7, 7), Channel.EMAIL, ComplainantType.PARENT),
                    complaint("Y-2", LocalDate.of(2025, 9, 9), Channel.PHONE, ComplainantType.OTHER)));
            Person praised = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow();
            for (LocalDate d : List.of(LocalDate.of(2026, 7, 2), LocalDate.of(2026, 8, 2), LocalDate.of(2026, 9, 30))) {
                compliments.save(new Compliment(d, ComplimentFrom.PARENT, null, listening, "Thank you", true, Set.of(praised),
                        Set.of(praised.getTeam()), null, Instant.now()));
            }
            compliments.save(new Compliment(LocalDate.of(2025, 8, 1), ComplimentFrom.CARER, null, listening, "Thanks", false, Set.of(),
                    Set.of(team), null, Instant.now()));
        });
        assertThat(Timeline.responseDue(complaints.findByReference("K-2").orElseThrow(), days)).isEqualTo(LocalDate.of(2026, 7, 20));

        signIn("board");
        ReportPeriod q3 = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        ComplaintFigures.Quarter q = figures.quarter(q3);
        assertThat(q.receivedByStage()).containsExactly(java.util.Map.entry(1, 4L), java.util.Map.entry(2, 1L), java.util.Map.entry(3, 0L));
        assertThat(q.byChannel()).containsEntry(Channel.EMAIL, 2L).containsEntry(Channel.ONLINE_FORM, 1L).containsEntry(Channel.PHONE, 1L)
                .containsEntry(Channel.LETTER, 0L);
        assertThat(q.byComplainant()).containsEntry(ComplainantType.PARENT, 2L).containsEntry(ComplainantType.CHILD, 1L)
                .containsEntry(ComplainantType.CARER, 1L);
        // Stage 1: three responses in the quarter, two on time (one of them within its extension): 67%. Stage 2: one, on time.
        assertThat(q.timeliness().get(0)).isEqualTo(new ComplaintFigures.Timeliness(1, 3, 2));
        assertThat(q.timeliness().get(0).percent()).isEqualTo(67);
        assertThat(q.timeliness().get(1)).isEqualTo(new ComplaintFigures.Timeliness(2, 1, 1));
        assertThat(q.outcomes()).containsEntry(Outcome.UPHELD, 1L).containsEntry(Outcome.PARTLY_UPHELD, 1L)
                .containsEntry(Outcome.NOT_UPHELD, 2L).containsEntry(Outcome.RESOLVED_EARLY, 1L);
        assertThat(q.outcomesByCategory().get("Communication")).containsEntry(Outcome.UPHELD, 1L).containsEntry(Outcome.NOT_UPHELD, 1L)
                .containsEntry(Outcome.RESOLVED_EARLY, 1L);
        assertThat(q.outcomesByCategory().get("Delay or timeliness")).containsEntry(Outcome.NOT_UPHELD, 1L)
                .containsEntry(Outcome.PARTLY_UPHELD, 1L);
        assertThat(q.complimentsByCategory()).containsExactly(java.util.Map.entry("Listening and understanding", 3L));
        assertThat(q.complimentsByTeam()).containsExactly(java.util.Map.entry("Assessment Team", 3L));
        assertThat(q.comparison()).extracting(ComplaintFigures.Headline::received).containsExactly(4L, 2L, 2L);
        assertThat(q.comparison()).extracting(ComplaintFigures.Headline::compliments).containsExactly(3L, 0L, 1L);
        assertThat(q.headline().resolvedEarly()).isEqualTo(1);
        assertThat(q.headline().upheldPoints()).isEqualTo(2);
        assertThat(q.headline().points()).isEqualTo(5);

        byte[] pdf = ctx.getBean(PdfKit.class).render(ctx.getBean(ComplaintPdfs.class).build(q3));
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
    }
}
