package org.sightline.supervision;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sightline.kernel.charts.ChartSpec;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.support.Csv;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ImportPreview;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Monthly supervision timeliness per team, typed in or imported from the performance team's CSV
 * ({@code Team,Month,Percentage}, month as {@code 2026-10}), and shown as a trend.
 */
@Service
@Transactional
@PreAuthorize(RoleGroup.HAS_MANAGERS_AND_QA)
public class TimelinessService {

    public record Entry(Team team, LocalDate month, int percentage) {
    }

    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.UK);

    private final TimelinessRepository figures;
    private final TeamRepository teams;
    private final Clock clock;

    public TimelinessService(TimelinessRepository figures, TeamRepository teams, Clock clock) {
        this.figures = figures;
        this.teams = teams;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Team> teams() {
        return teams.findAll().stream().filter(Team::isActive).sorted(java.util.Comparator.comparing(Team::getName)).toList();
    }

    /** Records (or corrects) one team's figure for a month. */
    public void record(Long teamId, LocalDate month, Integer percentage) {
        var errors = new ValidationException.Collector();
        if (teamId == null) {
            errors.add("team", "Choose the team.");
        }
        if (month == null) {
            errors.add("month", "Choose the month.");
        } else if (month.withDayOfMonth(1).isAfter(LocalDate.now(clock))) {
            errors.add("month", "The month has not started yet.");
        }
        if (percentage == null || percentage < 0 || percentage > 100) {
            errors.add("percentage", "Enter a percentage from 0 to 100.");
        }
        errors.throwIfAny();
        save(teams.findById(teamId).orElseThrow(), month.withDayOfMonth(1), percentage);
    }

    private void save(Team team, LocalDate month, int percentage) {
        figures.findByTeamIdAndMonth(team.getId(), month).ifPresentOrElse(t -> t.setPercentage(percentage),
                () -> figures.save(new Timeliness(team, month, percentage)));
    }

    /** Checks a CSV without writing anything. */
    @Transactional(readOnly = true)
    public ImportPreview<Entry> preview(Reader csv) throws IOException {
        List<Csv.Line> lines = Csv.read(csv);
        List<String> fileErrors = new ArrayList<>();
        List<ImportPreview.Row<Entry>> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return new ImportPreview<>(rows, List.of("The file is empty."));
        }
        Csv.Header header = Csv.Header.of(lines.getFirst());
        for (String column : List.of("Team", "Month", "Percentage")) {
            if (!header.has(column.toLowerCase(Locale.ROOT))) {
                fileErrors.add("The first line must name the columns Team, Month and Percentage; \"" + column + "\" is missing.");
            }
        }
        if (!fileErrors.isEmpty()) {
            return new ImportPreview<>(rows, fileErrors);
        }
        List<Team> known = teams.findAll();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String teamName = header.get(line, "team").strip();
            Optional<Team> team = known.stream().filter(t -> t.getName().equalsIgnoreCase(teamName)).findFirst();
            String problem = null;
            LocalDate month = null;
            Integer pct = null;
            try {
                month = YearMonth.parse(header.get(line, "month").strip(), ISO_MONTH).atDay(1);
            } catch (DateTimeParseException e) {
                problem = "Month \"" + header.get(line, "month") + "\" is not like 2026-10.";
            }
            try {
                pct = Integer.parseInt(header.get(line, "percentage").strip().replace("%", ""));
            } catch (NumberFormatException e) {
                problem = problem != null ? problem : "Percentage \"" + header.get(line, "percentage") + "\" is not a whole number.";
            }
            if (team.isEmpty()) {
                problem = "No team is called \"" + teamName + "\".";
            } else if (problem == null && (pct < 0 || pct > 100)) {
                problem = "The percentage must be from 0 to 100.";
            } else if (problem == null && month.isAfter(LocalDate.now(clock))) {
                problem = "The month " + Formats.month(month) + " has not started yet.";
            }
            rows.add(new ImportPreview.Row<>(line.number(), problem == null ? new Entry(team.get(), month, pct) : null, problem));
        }
        return new ImportPreview<>(rows, fileErrors);
    }

    /** Writes the good rows of a checked CSV; a month already recorded for a team is corrected. */
    public int importRows(ImportPreview<Entry> preview) {
        preview.goodRows().forEach(r -> save(r.value().team(), r.value().month(), r.value().percentage()));
        return preview.goodRows().size();
    }

    /** The last twelve months, a line per team. */
    @Transactional(readOnly = true)
    public ChartSpec trend() {
        LocalDate from = LocalDate.now(clock).withDayOfMonth(1).minusMonths(11);
        ChartSpec.Builder c = ChartSpec.builder(ChartSpec.ChartType.LINE, "Supervision within timescale, by team (%)")
                .axes("Month", "Per cent supervised on time");
        List<Timeliness> all = figures.findByMonthGreaterThanEqualOrderByMonthAsc(from);
        all.stream().map(t -> t.getTeam().getName()).distinct().sorted().forEach(name -> c.series(name, null));
        for (Timeliness t : all) {
            c.value(t.getTeam().getName(), Formats.MONTH_SHORT.format(t.getMonth()), t.getPercentage());
        }
        return c.build();
    }
}
