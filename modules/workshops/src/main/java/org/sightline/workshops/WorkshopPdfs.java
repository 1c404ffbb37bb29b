package org.sightline.workshops;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfTable;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.themes.LearningTheme;
import org.springframework.stereotype.Component;

/** The workshop documents: programme, session register, CPD record and the period report. */
@Component
public class WorkshopPdfs {

    private final PdfKit kit;

    public WorkshopPdfs(PdfKit kit) {
        this.kit = kit;
    }

    /** A noticeboard programme: the sessions month by month, then what each workshop offers. */
    public PdfDocument programme(ReportPeriod period, List<WorkshopSession> sessions, Map<Long, Long> placesLeft, LocalDateTime now) {
        PdfDocument doc = kit.document("Learning workshops programme")
                .subtitle(period.fullLabel())
                .subject("Practice learning workshops for children's services staff")
                .fact("Period", period.label())
                .fact("How to book", "Sightline → Workshops. Full sessions have a waiting list.");
        List<WorkshopSession> running = sessions.stream().filter(s -> !s.isCancelled()).toList();
        if (running.isEmpty()) {
            doc.heading("Sessions").paragraph("No workshop sessions are scheduled in this period.");
            return doc;
        }
        Map<YearMonth, List<WorkshopSession>> byMonth = new LinkedHashMap<>();
        running.forEach(s -> byMonth.computeIfAbsent(YearMonth.from(s.getStartsAt()), m -> new ArrayList<>()).add(s));
        byMonth.forEach((month, list) -> {
            doc.heading(Formats.month(month.atDay(1)));
            PdfTable t = PdfTable.withColumns("Date", "Time", "Workshop", "Where", "Places").widths(7, 6, 12, 9, 5);
            for (WorkshopSession s : list) {
                long left = placesLeft.getOrDefault(s.getId(), (long) s.getCapacity());
                String places = !s.getStartsAt().isAfter(now) ? "Held"
                        : left == 0 ? "Full: waiting list" : left + " of " + s.getCapacity() + " left";
                t.row(Times.day(s.getStartsAt()), Times.span(s.getStartsAt(), s.getEndsAt()), s.getWorkshop().getTitle(),
                        s.getVenue(), places);
            }
            doc.table(t.caption("Sessions in " + Formats.month(month.atDay(1))));
        });
        doc.heading("About the workshops");
        Set<Workshop> workshops = new LinkedHashSet<>();
        running.forEach(s -> workshops.add(s.getWorkshop()));
        for (Workshop w : workshops) {
            doc.subheading(w.getTitle());
            doc.paragraph(w.getSummary());
            List<String> facts = new ArrayList<>();
            facts.add("Length: " + hours(w.getDurationMinutes() / 60.0) + " hours");
            if (w.getAudience() != null) {
                facts.add("For: " + w.getAudience());
            }
            if (w.getFacilitators() != null) {
                facts.add("Facilitated by: " + w.getFacilitators());
            }
            if (!w.getThemes().isEmpty()) {
                facts.add("Learning themes: " + String.join(", ", w.getThemes().stream().map(LearningTheme::getName).sorted().toList()));
            }
            doc.bulletList(facts);
            if (w.getOutcomes() != null && !w.getOutcomes().isBlank()) {
                doc.paragraph("By the end you will be able to:");
                doc.bulletList(lines(w.getOutcomes()));
            }
        }
        return doc;
    }

    /** The sign-in sheet: names and teams of everyone booked, a signature column, spare rows. */
    public PdfDocument register(WorkshopSession s, List<Booking> booked) {
        PdfDocument doc = kit.document("Session register: " + s.getWorkshop().getTitle())
                .subtitle(Times.day(s.getStartsAt()) + ", " + Times.span(s.getStartsAt(), s.getEndsAt()))
                .fact("Workshop", s.getWorkshop().getTitle())
                .fact("Date", Times.day(s.getStartsAt()))
                .fact("Time", Times.span(s.getStartsAt(), s.getEndsAt()))
                .fact("Where", s.getOnlineLink() == null ? s.getVenue() : s.getVenue() + " (" + s.getOnlineLink() + ")")
                .fact("Facilitator", s.getFacilitator() == null ? "Not named" : s.getFacilitator().getFullName())
                .fact("Booked", booked.size() + " of " + s.getCapacity() + " places");
        doc.heading("Sign in");
        // The instructions come first, on the page people sign.
        doc.paragraph("Please sign as you arrive. The facilitator records attendance in Sightline from this sheet. If you came "
                + "without a booking, write your name and team in a spare row.");
        PdfTable t = PdfTable.withColumns("No.", "Name", "Team", "Attendance", "Signature").widths(1, 5, 5, 3, 6).rowHeightMm(11);
        int n = 0;
        for (Booking b : booked) {
            t.row(String.valueOf(++n), b.getPerson().getFullName(),
                    b.getPerson().getTeam() == null ? "" : b.getPerson().getTeam().getName(),
                    b.getAttendance() == null ? "" : b.getAttendance().label(), "");
        }
        for (int i = 0; i < 5; i++) {
            t.row(String.valueOf(++n), "", "", "", "");
        }
        doc.table(t.caption("Everyone booked, by name, with five rows for people who come without booking"));
        return doc;
    }

    public PdfDocument cpd(CpdService.Record record) {
        var p = record.person();
        PdfDocument doc = kit.document("CPD record: " + p.getFullName())
                .subtitle("Learning workshops attended")
                .fact("Name", p.getFullName())
                .fact("Job title", p.getJobTitle() == null ? "" : p.getJobTitle())
                .fact("Team", p.getTeam() == null ? "" : p.getTeam().getName())
                .fact("Workshops attended", String.valueOf(record.entries().size()))
                .fact("Total hours", hours(record.totalHours()));
        doc.heading("Workshops attended");
        if (record.entries().isEmpty()) {
            doc.paragraph("No workshop attendance is recorded yet.");
            return doc;
        }
        PdfTable t = PdfTable.withColumns("Date", "Workshop", "Time", "Attendance", "Hours", "Learning themes").widths(5, 8, 5, 5, 3, 7);
        for (CpdService.Entry e : record.entries()) {
            t.row(Formats.date(e.date()), e.workshop(), e.times(), e.attendance().label(), hours(e.hours()), String.join(", ", e.themes()));
        }
        doc.table(t.caption("Newest first"));
        doc.note("Hours are the session's length; a partial attendance counts half. Attendance is as the facilitator recorded it.");
        return doc;
    }

    public PdfDocument report(WorkshopReports.Figures f) {
        var o = f.overall();
        PdfDocument doc = kit.document("Learning workshops report")
                .subtitle(f.period().fullLabel())
                .fact("Period", f.period().label())
                .fact("Sessions held or planned", String.valueOf(f.sessions().size()))
                .fact("Places booked", o.booked() + " of " + o.places() + " (" + pct(o.fillRate()) + ")")
                .fact("No-show rate", pct(o.noShowRate()) + " of " + o.marked() + " on registers")
                .fact("Feedback", o.responses() == 0 ? "None yet" : o.responses() + " responses; usefulness "
                        + one(o.usefulness()) + ", delivery " + one(o.delivery()) + " out of 5");
        doc.heading("Fill rate");
        doc.chart(WorkshopReports.fillChart(f));
        PdfTable sessions = PdfTable.withColumns("Date", "Workshop", "Places", "Booked", "Waiting", "Fill rate").widths(3, 7, 2, 2, 2, 2);
        f.sessions().forEach(r -> sessions.row(Times.day(r.session().getStartsAt()), r.session().getWorkshop().getTitle(),
                String.valueOf(r.places()), String.valueOf(r.booked()), String.valueOf(r.waiting()), pct(r.fillRate())));
        doc.table(sessions.caption("Fill rate per session"));
        if (!f.cancelled().isEmpty()) {
            doc.bulletList(f.cancelled().stream().map(s -> "Cancelled: " + s.getWorkshop().getTitle() + ", " + Times.day(s.getStartsAt())
                    + (s.getCancellationReason() == null ? "" : " (" + s.getCancellationReason() + ")")).toList());
        }
        doc.heading("Attendance");
        doc.chart(WorkshopReports.attendanceChart(f.services(), "Service"));
        doc.table(tallyTable(f.teams(), "Team").caption("Attendance by team"));
        doc.note("Counts are people with a place on a session in the period. The no-show rate is those marked as not attending, "
                + "as a share of everyone marked on a register.");
        doc.heading("Feedback");
        ChartSpec feedback = WorkshopReports.feedbackChart(f);
        if (feedback.isEmpty()) {
            doc.paragraph("No feedback has been given on sessions in this period yet.");
        } else {
            doc.chart(feedback);
        }
        doc.heading("Learning themes");
        List<String> trained = f.themes().stream().filter(WorkshopReports.ThemeRow::trained)
                .map(t -> t.theme() + ": " + t.sessions() + (t.sessions() == 1 ? " session, " : " sessions, ") + t.attendees() + " attended")
                .toList();
        List<String> untrained = f.themes().stream().filter(t -> !t.trained()).map(WorkshopReports.ThemeRow::theme).toList();
        doc.subheading("Themes with training in the period");
        if (trained.isEmpty()) {
            doc.paragraph("None yet.");
        }
        doc.bulletList(trained);
        doc.subheading("Themes with no training in the period");
        if (untrained.isEmpty()) {
            doc.paragraph("Every theme on the list had training.");
        }
        doc.bulletList(untrained);
        return doc;
    }

    private static PdfTable tallyTable(List<WorkshopReports.Tally> rows, String what) {
        PdfTable t = PdfTable.withColumns(what, "Booked", "Attended", "Partly", "Did not attend", "No-show rate").widths(6, 2, 2, 2, 2, 2)
                .rowHeaders();
        rows.forEach(r -> t.row(r.name(), String.valueOf(r.booked()), String.valueOf(r.attended()), String.valueOf(r.partly()),
                String.valueOf(r.didNotAttend()), pct(r.noShowRate())));
        return t;
    }

    static String pct(double v) {
        return Math.round(v) + "%";
    }

    static String one(double v) {
        return String.format(java.util.Locale.UK, "%.1f", v);
    }

    public static String hours(double h) {
        return h == Math.floor(h) ? String.valueOf((long) h) : String.format(java.util.Locale.UK, "%.2f", h).replaceAll("0$", "");
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).map(l -> l.replaceFirst("^[-•*]\\s*", "")).filter(l -> !l.isEmpty()).toList();
    }
}
