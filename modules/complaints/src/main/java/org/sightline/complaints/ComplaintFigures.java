package org.sightline.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Team;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarter's complaints and compliments in figures. Aggregate only: no names, no case
 * references, so leaders and board members can read it.
 *
 * <p>Counting rules: a complaint counts as received at stage 1 in the quarter of its received
 * date; a stage 2 or 3 request in the quarter of its request date. Timeliness counts the
 * responses sent in the quarter: on time when sent by the deadline, including an agreed
 * extension. Outcomes count the points of complaints answered (or resolved early) in the quarter.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('QA_OFFICER', 'COMPLAINTS_OFFICER', 'PRINCIPAL_SOCIAL_WORKER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE', "
        + "'ASSISTANT_DIRECTOR', 'DIRECTOR', 'BOARD_MEMBER', 'ADMINISTRATOR')")
public class ComplaintFigures {

    /** Responses sent in a quarter at one stage, and how many were on time. */
    public record Timeliness(int stage, long responded, long onTime) {
        public Integer percent() {
            return responded == 0 ? null : (int) Math.round(100.0 * onTime / responded);
        }
    }

    /** The headline figures for one quarter, for comparisons. */
    /**
     * A quarter's headline figures. {@code recorded} is false for a quarter that ended before
     * anything was recorded in Sightline: its zeros would mean "not recorded", not "none".
     */
    public record Headline(ReportPeriod period, long received, long resolvedEarly, Integer stage1OnTimePercent, long upheldPoints,
                           long points, long compliments, boolean recorded) {

        /** The row of the comparison table, on screen and in the PDF. */
        public List<String> row() {
            if (!recorded) {
                return List.of(period.fullLabel(), "No data", "No data", "No data", "No data", "No data");
            }
            return List.of(period.fullLabel(), String.valueOf(received), String.valueOf(resolvedEarly),
                    stage1OnTimePercent == null ? "None sent" : stage1OnTimePercent + "%",
                    points == 0 ? "0" : upheldPoints + " of " + points, String.valueOf(compliments));
        }
    }

    /** The comparison table's columns. */
    public static final List<String> COMPARISON_COLUMNS = List.of("Quarter", "Received", "Resolved early", "Stage 1 on time",
            "Points upheld or partly upheld", "Compliments");

    public record Quarter(ReportPeriod period, Map<Integer, Long> receivedByStage, Map<Channel, Long> byChannel,
                          Map<ComplainantType, Long> byComplainant, List<Timeliness> timeliness, Map<Outcome, Long> outcomes,
                          Map<String, Map<Outcome, Long>> outcomesByCategory, Map<String, Long> complimentsByCategory,
                          Map<String, Long> complimentsByTeam, List<Headline> comparison) {

        public Headline headline() {
            return comparison.getFirst();
        }
    }

    private final ComplaintRepository complaints;
    private final ComplimentRepository compliments;
    private final WorkingDayCalendar calendar;

    public ComplaintFigures(ComplaintRepository complaints, ComplimentRepository compliments, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.compliments = compliments;
        this.calendar = calendar;
    }

    public Quarter quarter(ReportPeriod p) {
        List<Complaint> all = complaints.findAll();
        WorkingDays days = calendar.days();
        Tally t = new Tally();
        for (Complaint c : all) {
            t.add(c, p, days);
        }
        for (Compliment c : compliments.findByReceivedOnBetweenOrderByReceivedOnAsc(p.from(), p.to())) {
            t.add(c);
        }
        List<Timeliness> timeliness = new ArrayList<>();
        for (int s = 1; s <= 3; s++) {
            timeliness.add(new Timeliness(s, t.timely[s][0], t.timely[s][1]));
        }
        return new Quarter(p, t.byStage, t.byChannel, t.byComplainant, timeliness, t.outcomes, t.byCategory, t.complimentsByCategory,
                t.complimentsByTeam, comparison(p, all, days));
    }

    /** The quarter's counts, gathered one complaint and one compliment at a time. */
    private static final class Tally {
        final Map<Integer, Long> byStage = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L));
        final Map<Channel, Long> byChannel = ComplaintSupport.zeroes(Channel.class);
        final Map<ComplainantType, Long> byComplainant = ComplaintSupport.zeroes(ComplainantType.class);
        /** Per stage: responses sent in the quarter, and of those, on time. */
        final long[][] timely = new long[4][2];
        final Map<Outcome, Long> outcomes = ComplaintSupport.zeroes(Outcome.class);
        final Map<String, Map<Outcome, Long>> byCategory = new TreeMap<>();
        final Map<String, Long> complimentsByCategory = new TreeMap<>();
        final Map<String, Long> complimentsByTeam = new TreeMap<>();

        void add(Complaint c, ReportPeriod p, WorkingDays days) {
            if (p.contains(c.getReceivedOn())) {
                byStage.merge(1, 1L, Long::sum);
                byChannel.merge(c.getChannel(), 1L, Long::sum);
                byComplainant.merge(c.getComplainantType(), 1L, Long::sum);
            }
            for (Escalation e : c.getEscalations()) {
                if (p.contains(e.getRequestedOn())) {
                    byStage.merge(e.getStage(), 1L, Long::sum);
                }
                if (e.getResponseOn() != null && p.contains(e.getResponseOn())) {
                    LocalDate due = e.getStage() == 2 ? Timeline.stage2Due(e, days) : stage3Due(e, days);
                    answered(e.getStage(), !e.getResponseOn().isAfter(due));
                }
            }
            if (c.getResponse().getResponseSentOn() != null && p.contains(c.getResponse().getResponseSentOn())) {
                answered(1, !c.getResponse().getResponseSentOn().isAfter(Timeline.responseDue(c, days)));
            }
            LocalDate answered = c.isResolvedEarly() ? c.getContact().getResolvedEarlyOn() : c.getResponse().getResponseSentOn();
            if (answered != null && p.contains(answered)) {
                for (ComplaintPoint pt : c.getPoints()) {
                    if (pt.getOutcome() != null) {
                        outcomes.merge(pt.getOutcome(), 1L, Long::sum);
                        String cat = pt.getCategory() == null ? "Not categorised" : pt.getCategory().getName();
                        byCategory.computeIfAbsent(cat, k -> ComplaintSupport.zeroes(Outcome.class)).merge(pt.getOutcome(), 1L, Long::sum);
                    }
                }
            }
        }

        private void answered(int stage, boolean onTime) {
            timely[stage][0]++;
            if (onTime) {
                timely[stage][1]++;
            }
        }

        void add(Compliment c) {
            complimentsByCategory.merge(c.getCategory() == null ? "Not categorised" : c.getCategory().getName(), 1L, Long::sum);
            for (Team team : c.getTeams()) {
                complimentsByTeam.merge(team.getName(), 1L, Long::sum);
            }
        }
    }

    /** The quarter beside the one before and the same quarter a year earlier, each marked if it predates the records. */
    private List<Headline> comparison(ReportPeriod p, List<Complaint> all, WorkingDays days) {
        ReportPeriod previous = ReportPeriod.quarterOf(p.from().minusDays(1));
        ReportPeriod lastYear = new ReportPeriod(p.from().minusYears(1), p.from().minusYears(1).plusMonths(3).minusDays(1));
        LocalDate firstRecord = all.stream().map(Complaint::getReceivedOn).min(LocalDate::compareTo).orElse(null);
        LocalDate firstCompliment = compliments.firstReceivedOn();
        if (firstCompliment != null && (firstRecord == null || firstCompliment.isBefore(firstRecord))) {
            firstRecord = firstCompliment;
        }
        LocalDate since = firstRecord;
        return List.of(headline(p, all, days, since), headline(previous, all, days, since), headline(lastYear, all, days, since));
    }

    private Headline headline(ReportPeriod p, List<Complaint> all, WorkingDays days, LocalDate firstRecord) {
        long received = 0;
        long early = 0;
        long responded = 0;
        long onTime = 0;
        long upheld = 0;
        long points = 0;
        for (Complaint c : all) {
            if (p.contains(c.getReceivedOn())) {
                received++;
            }
            if (c.isResolvedEarly() && p.contains(c.getContact().getResolvedEarlyOn())) {
                early++;
            }
            if (c.getResponse().getResponseSentOn() != null && p.contains(c.getResponse().getResponseSentOn())) {
                responded++;
                if (!c.getResponse().getResponseSentOn().isAfter(Timeline.responseDue(c, days))) {
                    onTime++;
                }
            }
            LocalDate answered = c.isResolvedEarly() ? c.getContact().getResolvedEarlyOn() : c.getResponse().getResponseSentOn();
            if (answered != null && p.contains(answered)) {
                for (ComplaintPoint pt : c.getPoints()) {
                    if (pt.getOutcome() != null) {
                        points++;
                        if (pt.getOutcome() == Outcome.UPHELD || pt.getOutcome() == Outcome.PARTLY_UPHELD) {
                            upheld++;
                        }
                    }
                }
            }
        }
        return new Headline(p, received, early, responded == 0 ? null : (int) Math.round(100.0 * onTime / responded), upheld, points,
                compliments.countByReceivedOnBetween(p.from(), p.to()), firstRecord != null && !p.to().isBefore(firstRecord));
    }

    private static LocalDate stage3Due(Escalation e, WorkingDays days) {
        LocalDate panel = e.getPanelOn() != null ? e.getPanelOn() : days.add(e.getRequestedOn(), Timeline.PANEL);
        LocalDate report = e.getPanelReportOn() != null ? e.getPanelReportOn() : days.add(panel, Timeline.PANEL_REPORT);
        return days.add(report, Timeline.COUNCIL_RESPONSE);
    }

    // ---------------------------------------------------------------- charts, the same on screen and in the PDF

    public static ChartSpec receivedChart(Quarter q) {
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "Complaints received by channel").axes("Channel", "Complaints");
        b.series("Received", "#0b5563");
        q.byChannel().forEach((k, v) -> b.value("Received", k.label(), v));
        return b.build();
    }

    public static ChartSpec outcomesChart(Quarter q) {
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "Outcomes of complaint points").axes("Outcome", "Points");
        b.series("Points", "#7b3f00");
        q.outcomes().forEach((k, v) -> b.value("Points", k.label(), v));
        return b.build();
    }

    public static ChartSpec complimentsChart(Quarter q) {
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "Compliments by category").axes("Category", "Compliments");
        b.series("Compliments", "#2f6b2f");
        q.complimentsByCategory().forEach((k, v) -> b.value("Compliments", k, v));
        return b.build();
    }

    public static ChartSpec comparisonChart(Quarter q) {
        var b = ChartSpec.builder(ChartSpec.ChartType.BAR, "This quarter compared").axes("Quarter", "Count");
        b.series("Complaints received", "#0b5563").series("Compliments", "#2f6b2f");
        String[] names = {"This quarter", "Previous quarter", "Same quarter last year"};
        for (int i = 0; i < q.comparison().size(); i++) {
            Headline h = q.comparison().get(i);
            if (!h.recorded()) {
                // Not drawn as zero: nothing was recorded then.
                continue;
            }
            b.value("Complaints received", names[i], h.received());
            b.value("Compliments", names[i], h.compliments());
        }
        return b.build();
    }
}
