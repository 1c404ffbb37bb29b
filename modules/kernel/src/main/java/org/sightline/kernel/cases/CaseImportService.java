package org.sightline.kernel.cases;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.support.Csv;
import org.sightline.kernel.support.ImportPreview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports case references from the council's case-management export, previewing first.
 * Columns: {@code reference, child_initials, level_of_need, team, allocated_worker_email, status}
 * (status "open" or "closed"; open when blank).
 */
@Service
public class CaseImportService {

    public static final List<String> COLUMNS = List.of("reference", "child_initials", "level_of_need", "team",
            "allocated_worker_email", "status");
    private static final Pattern INITIALS = Pattern.compile("^[A-Za-z][A-Za-z.\\- ]{0,11}$");

    public record CaseRow(String reference, String childInitials, LevelOfNeed levelOfNeed, String teamName,
                          String workerEmail, boolean open) {
    }

    private final CaseRepository cases;
    private final TeamRepository teams;
    private final PersonRepository people;

    public CaseImportService(CaseRepository cases, TeamRepository teams, PersonRepository people) {
        this.cases = cases;
        this.teams = teams;
        this.people = people;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public ImportPreview<CaseRow> preview(Reader csv) throws IOException {
        List<Csv.Line> lines = Csv.read(csv);
        if (lines.isEmpty()) {
            return new ImportPreview<>(List.of(), List.of("The file is empty. The first line must name the columns: " + String.join(", ", COLUMNS)));
        }
        Csv.Header header = Csv.Header.of(lines.getFirst());
        List<String> missing = COLUMNS.stream().filter(c -> !c.equals("allocated_worker_email") && !c.equals("status"))
                .filter(c -> !header.has(c)).toList();
        if (!missing.isEmpty()) {
            return new ImportPreview<>(List.of(), List.of("Line 1 must name the columns; missing: " + String.join(", ", missing)));
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<ImportPreview.Row<CaseRow>> rows = new ArrayList<>();
        for (Csv.Line line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String ref = header.get(line, "reference");
            String initials = header.get(line, "child_initials");
            String levelText = header.get(line, "level_of_need");
            String teamName = header.get(line, "team");
            String worker = header.get(line, "allocated_worker_email").toLowerCase(Locale.ROOT);
            String status = header.get(line, "status").toLowerCase(Locale.ROOT);
            var level = LevelOfNeed.parse(levelText);
            Integer earlier = ref.isEmpty() ? null : firstLine.putIfAbsent(ref.toUpperCase(Locale.ROOT), line.number());
            String problem = null;
            if (ref.isEmpty()) {
                problem = "reference is missing";
            } else if (ref.length() > CaseRecord.REFERENCE_MAX) {
                problem = "reference is longer than " + CaseRecord.REFERENCE_MAX + " characters";
            } else if (earlier != null) {
                problem = "reference " + ref + " is already on line " + earlier;
            } else if (cases.existsByReferenceIgnoreCase(ref)) {
                problem = "case " + ref + " is already in Sightline";
            } else if (!INITIALS.matcher(initials).matches()) {
                problem = initials.isEmpty() ? "child's initials are missing" : "\"" + initials + "\" are not initials";
            } else if (level.isEmpty()) {
                problem = "\"" + levelText + "\" is not a level of need (Early Help, Child in Need, Child Protection, Child in Care, Care Leaver)";
            } else if (teams.findByNameIgnoreCase(teamName).isEmpty()) {
                problem = teamName.isEmpty() ? "team is missing" : "there is no team called \"" + teamName + "\"";
            } else if (!worker.isEmpty() && people.findByEmailIgnoreCase(worker).isEmpty()) {
                problem = "no one in Sightline has the email " + worker;
            } else if (!status.isEmpty() && !status.equals("open") && !status.equals("closed")) {
                problem = "status must be open or closed, not \"" + status + "\"";
            }
            rows.add(new ImportPreview.Row<>(line.number(), problem == null
                    ? new CaseRow(ref, initials.toUpperCase(Locale.ROOT), level.orElseThrow(), teamName, worker, !status.equals("closed"))
                    : null, problem));
        }
        return new ImportPreview<>(rows, List.of());
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public int importRows(ImportPreview<CaseRow> preview) {
        int n = 0;
        for (var row : preview.goodRows()) {
            CaseRow r = row.value();
            if (cases.existsByReferenceIgnoreCase(r.reference())) {
                throw new IllegalStateException("Line " + row.line() + ": case " + r.reference() + " was added since the preview; check the file again");
            }
            CaseRecord c = new CaseRecord(r.reference(), r.childInitials(), r.levelOfNeed(),
                    teams.findByNameIgnoreCase(r.teamName()).orElseThrow(),
                    r.workerEmail().isEmpty() ? null : people.findByEmailIgnoreCase(r.workerEmail()).orElseThrow());
            c.setOpen(r.open());
            cases.save(c);
            n++;
        }
        cases.flush();
        return n;
    }

}
