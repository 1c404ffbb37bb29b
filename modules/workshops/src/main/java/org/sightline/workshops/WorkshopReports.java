package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemeRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Workshop figures for a period: fill rates, attendance, no-shows, feedback and themes. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('QA_OFFICER', 'PRINCIPAL_SOCIAL_WORKER', 'SERVICE_MANAGER', 'HEAD_OF_SERVICE', "
        + "'ASSISTANT_DIRECTOR', 'DIRECTOR', 'ADMINISTRATOR')")
public class WorkshopReports {

    public static final Set<Role> READERS = EnumSet.of(Role.QA_OFFICER, Role.PRINCIPAL_SOCIAL_WORKER, Role.SERVICE_MANAGER,
            Role.HEAD_OF_SERVICE, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR, Role.ADMINISTRATOR);

    /** One session: places, bookings and the register. */
    public record SessionRow(WorkshopSession session, int places, int booked, int waiting, int attended, int partly,
                             int didNotAttend) {
        public double fillRate() {
            return places == 0 ? 0 : 100.0 * booked / places;
        }

        public int marked() {
            return attended + partly + didNotAttend;
        }
    }

    /** Attendance counts for a workshop, team or service. */
    public record Tally(String name, int sessions, int places, int booked, int attended, int partly, int didNotAttend,
                        int responses, double usefulness, double delivery) {
        public double fillRate() {
            return places == 0 ? 0 : 100.0 * booked / places;
        }

        public int marked() {
            return attended + partly + didNotAttend;
        }

        /** Did not attend as a share of those marked on a register. */
        public double noShowRate() {
            return marked() == 0 ? 0 : 100.0 * didNotAttend / marked();
        }
    }

    public record ThemeRow(String theme, int sessions, int attendees) {
        public boolean trained() {
            return sessions > 0;
        }
    }

    public record Figures(ReportPeriod period, List<SessionRow> sessions, List<WorkshopSession> cancelled, List<Tally> workshops,
                          List<Tally> teams, List<Tally> services, Tally overall, List<ThemeRow> themes) {
    }

    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final FeedbackRepository feedback;
    private final LearningThemeRepository themes;
    private final Clock clock;

    public WorkshopReports(WorkshopSessionRepository sessions, BookingRepository bookings, FeedbackRepository feedback,
                           LearningThemeRepository themes, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.feedback = feedback;
        this.themes = themes;
        this.clock = clock;
    }

    public Figures figures(ReportPeriod period) {
        LocalDateTime from = period.from().atStartOfDay();
        LocalDateTime to = period.to().plusDays(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(clock);
        List<WorkshopSession> all = sessions.between(from, to);
        List<Booking> inPeriod = bookings.inPeriod(from, to);
        Map<Long, List<Booking>> bySession = inPeriod.stream().collect(Collectors.groupingBy(b -> b.getSession().getId()));
        Map<Long, Feedback> feedbackByBooking = feedback.forSessionsBetween(from, to).stream()
                .collect(Collectors.toMap(f -> f.getBooking().getId(), Function.identity()));

        List<SessionRow> rows = new ArrayList<>();
        List<WorkshopSession> cancelled = new ArrayList<>();
        for (WorkshopSession s : all) {
            if (s.isCancelled()) {
                cancelled.add(s);
                continue;
            }
            List<Booking> bs = bySession.getOrDefault(s.getId(), List.of());
            rows.add(new SessionRow(s, s.getCapacity(), count(bs, BookingStatus.CONFIRMED), count(bs, BookingStatus.WAITING),
                    count(bs, Attendance.ATTENDED), count(bs, Attendance.PARTLY_ATTENDED), count(bs, Attendance.DID_NOT_ATTEND)));
        }
        List<Booking> placed = rows.stream().flatMap(r -> bySession.getOrDefault(r.session().getId(), List.of()).stream())
                .filter(b -> b.getStatus() == BookingStatus.CONFIRMED).toList();

        List<Tally> workshops = tallies(rows, placed, feedbackByBooking, b -> b.getSession().getWorkshop().getTitle(),
                r -> r.session().getWorkshop().getTitle());
        List<Tally> teams = tallies(List.of(), placed, feedbackByBooking,
                b -> b.getPerson().getTeam() == null ? "No team" : b.getPerson().getTeam().getName(), null);
        List<Tally> services = tallies(List.of(), placed, feedbackByBooking,
                b -> b.getPerson().getTeam() == null || b.getPerson().getTeam().getServiceArea() == null ? "No service"
                        : b.getPerson().getTeam().getServiceArea().getName(), null);
        Tally overall = tallies(rows, placed, feedbackByBooking, b -> "All", r -> "All").stream().findFirst()
                .orElse(new Tally("All", 0, 0, 0, 0, 0, 0, 0, 0, 0));

        List<ThemeRow> themeRows = new ArrayList<>();
        for (LearningTheme t : themes.findByActiveTrueOrderByNameAsc()) {
            List<SessionRow> held = rows.stream().filter(r -> r.session().getStartsAt().isBefore(now))
                    .filter(r -> r.session().getWorkshop().getThemes().contains(t)).toList();
            themeRows.add(new ThemeRow(t.getName(), held.size(), held.stream().mapToInt(r -> r.attended() + r.partly()).sum()));
        }
        return new Figures(period, rows, cancelled, workshops, teams, services, overall, themeRows);
    }

    private static List<Tally> tallies(List<SessionRow> rows, List<Booking> placed, Map<Long, Feedback> feedback,
                                       Function<Booking, String> key, Function<SessionRow, String> rowKey) {
        Map<String, List<Booking>> groups = placed.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Map<String, List<SessionRow>> sessionGroups = rowKey == null ? Map.of()
                : rows.stream().collect(Collectors.groupingBy(rowKey, LinkedHashMap::new, Collectors.toList()));
        java.util.Set<String> names = new java.util.TreeSet<>(groups.keySet());
        names.addAll(sessionGroups.keySet());
        List<Tally> out = new ArrayList<>();
        for (String name : names) {
            List<Booking> bs = groups.getOrDefault(name, List.of());
            List<SessionRow> rs = sessionGroups.getOrDefault(name, List.of());
            List<Feedback> fs = bs.stream().map(b -> feedback.get(b.getId())).filter(java.util.Objects::nonNull).toList();
            out.add(new Tally(name, rs.size(), rs.stream().mapToInt(SessionRow::places).sum(), rowKey == null ? bs.size()
                    : rs.stream().mapToInt(SessionRow::booked).sum(), count(bs, Attendance.ATTENDED), count(bs, Attendance.PARTLY_ATTENDED),
                    count(bs, Attendance.DID_NOT_ATTEND), fs.size(),
                    fs.stream().mapToInt(Feedback::getUsefulness).average().orElse(0),
                    fs.stream().mapToInt(Feedback::getDelivery).average().orElse(0)));
        }
        return out;
    }

    private static int count(List<Booking> bs, BookingStatus status) {
        return (int) bs.stream().filter(b -> b.getStatus() == status).count();
    }

    private static int count(List<Booking> bs, Attendance a) {
        return (int) bs.stream().filter(b -> b.getStatus() == BookingStatus.CONFIRMED && b.getAttendance() == a).count();
    }

    /** Percentage of places booked, per workshop. */
    public static ChartSpec fillChart(Figures f) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.BAR, "Places booked, by workshop (%)").axes("Workshop", "Per cent booked")
                .series("Places booked (%)", "#0b5563");
        f.workshops().forEach(t -> c.value("Places booked (%)", t.name(), Math.round(t.fillRate())));
        return c.build();
    }

    public static ChartSpec attendanceChart(List<Tally> groups, String by) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Attendance by " + by.toLowerCase()).axes(by, "People")
                .series(Attendance.ATTENDED.label(), "#2e6b30").series(Attendance.PARTLY_ATTENDED.label(), "#8a5a00")
                .series(Attendance.DID_NOT_ATTEND.label(), "#a4262c");
        groups.stream().sorted(Comparator.comparing(Tally::name)).forEach(t -> {
            c.value(Attendance.ATTENDED.label(), t.name(), t.attended());
            c.value(Attendance.PARTLY_ATTENDED.label(), t.name(), t.partly());
            c.value(Attendance.DID_NOT_ATTEND.label(), t.name(), t.didNotAttend());
        });
        return c.build();
    }

    public static ChartSpec feedbackChart(Figures f) {
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.BAR, "Average feedback score out of 5, by workshop")
                .axes("Workshop", "Average score").scale(5).series("Usefulness", "#0b5563").series("Delivery", "#5b3d8a");
        f.workshops().stream().filter(t -> t.responses() > 0).forEach(t -> {
            c.value("Usefulness", t.name(), Math.round(t.usefulness() * 10) / 10.0);
            c.value("Delivery", t.name(), Math.round(t.delivery() * 10) / 10.0);
        });
        return c.build();
    }
}
