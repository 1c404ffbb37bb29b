package org.sightline.kernel.people;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.kernel.support.Csv;
import org.sightline.kernel.support.ImportPreview;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from CSV in two steps: {@link #preview} checks every row and writes nothing;
 * {@link #importRows} writes the good rows once the administrator confirms.
 *
 * <p>Columns (header row required, in any order): {@code full_name, email, job_title, team,
 * roles, line_manager_email}. Roles are separated by semicolons and may be written as shown in
 * the portal ("Team Manager") or as their code ({@code TEAM_MANAGER}). A line manager may be an
 * existing person or someone earlier or later in the same file.
 */
@Service
public class PersonImportService {

    public static final List<String> COLUMNS = List.of("full_name", "email", "job_title", "team", "roles", "line_manager_email");

    /** A checked row, ready to import. */
    public record PersonRow(String fullName, String email, String jobTitle, String teamName, Set<Role> roles,
                            String lineManagerEmail) {
    }

    private final PersonRepository people;
    private final TeamRepository teams;

    public PersonImportService(PersonRepository people, TeamRepository teams) {
        this.people = people;
        this.teams = teams;
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional(readOnly = true)
    public ImportPreview<PersonRow> preview(Reader csv) throws IOException {
        List<Csv.Line> lines = Csv.read(csv);
        if (lines.isEmpty()) {
            return new ImportPreview<>(List.of(), List.of("The file is empty. The first line must name the columns: " + String.join(", ", COLUMNS)));
        }
        Csv.Header header = Csv.Header.of(lines.getFirst());
        List<String> missing = COLUMNS.stream().filter(c -> !header.has(c)).toList();
        if (missing.contains("full_name") || missing.contains("email") || missing.contains("roles")) {
            return new ImportPreview<>(List.of(), List.of("Line 1 must name the columns; missing: " + String.join(", ", missing)));
        }

        List<Csv.Line> data = lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        Set<String> emailsInFile = new HashSet<>();
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        for (Csv.Line line : data) {
            String email = header.get(line, "email").toLowerCase(Locale.ROOT);
            if (!email.isEmpty() && firstLineOfEmail.putIfAbsent(email, line.number()) == null) {
                emailsInFile.add(email);
            }
        }

        List<ImportPreview.Row<PersonRow>> rows = new ArrayList<>();
        for (Csv.Line line : data) {
            String name = header.get(line, "full_name");
            String email = header.get(line, "email").toLowerCase(Locale.ROOT);
            String jobTitle = header.get(line, "job_title");
            String teamName = header.get(line, "team");
            String rolesText = header.get(line, "roles");
            String managerEmail = header.get(line, "line_manager_email").toLowerCase(Locale.ROOT);

            String problem = personProblem(line.number(), name, email, jobTitle, teamName, managerEmail, firstLineOfEmail, emailsInFile);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (problem == null) {
                problem = readRoles(rolesText, roles);
            }
            if (problem == null && teamName.isEmpty() && !roles.stream().allMatch(r -> r == Role.BOARD_MEMBER || r == Role.ADMINISTRATOR)) {
                problem = "team is missing";
            }
            rows.add(new ImportPreview.Row<>(line.number(),
                    problem == null ? new PersonRow(name, email, jobTitle, teamName, roles, managerEmail) : null,
                    problem));
        }
        rows = rejectLoops(rows);
        rows = rejectManagersOfBadRows(rows);
        return new ImportPreview<>(rows, List.of());
    }

    /** What is wrong with a line's person, before their roles; null when nothing. */
    private String personProblem(int lineNumber, String name, String email, String jobTitle, String teamName, String managerEmail,
                                 Map<String, Integer> firstLineOfEmail, Set<String> emailsInFile) {
        if (name.isEmpty()) {
            return "full name is missing";
        } else if (name.length() > Person.NAME_MAX) {
            return "full name is longer than " + Person.NAME_MAX + " characters";
        } else if (jobTitle.length() > Person.JOB_TITLE_MAX) {
            return "job title is longer than " + Person.JOB_TITLE_MAX + " characters";
        } else if (email.isEmpty()) {
            return "email is missing";
        } else if (!PeopleService.EMAIL.matcher(email).matches() || email.length() > Person.EMAIL_MAX) {
            return "\"" + email + "\" is not an email address";
        } else if (firstLineOfEmail.get(email) != lineNumber) {
            return "email " + email + " is already used on line " + firstLineOfEmail.get(email);
        } else if (people.existsByEmailIgnoreCase(email)) {
            return "email " + email + " already belongs to someone in Sightline";
        } else if (!teamName.isEmpty() && teams.findByNameIgnoreCase(teamName).isEmpty()) {
            return "there is no team called \"" + teamName + "\"";
        } else if (managerEmail.equals(email)) {
            return "a person cannot be their own line manager";
        } else if (!managerEmail.isEmpty() && !emailsInFile.contains(managerEmail) && !people.existsByEmailIgnoreCase(managerEmail)) {
            return "line manager " + managerEmail + " is neither in Sightline nor in this file";
        }
        return null;
    }

    /** Adds the roles named in {@code text}, separated by semicolons, to {@code roles}; what is wrong with them, or null. */
    private static String readRoles(String text, Set<Role> roles) {
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Optional<Role> role = parseRole(part);
            if (role.isEmpty()) {
                return "\"" + part.strip() + "\" is not a role";
            }
            roles.add(role.get());
        }
        return roles.isEmpty() ? "roles are missing" : null;
    }

    /** Rows whose line managers, within the file, lead back to themselves. */
    private static List<ImportPreview.Row<PersonRow>> rejectLoops(List<ImportPreview.Row<PersonRow>> rows) {
        Map<String, String> managerOf = new HashMap<>();
        rows.stream().filter(ImportPreview.Row::ok).forEach(r -> managerOf.put(r.value().email(), r.value().lineManagerEmail()));
        List<ImportPreview.Row<PersonRow>> next = new ArrayList<>();
        for (var r : rows) {
            boolean loop = false;
            if (r.ok()) {
                Set<String> seen = new HashSet<>();
                String at = r.value().lineManagerEmail();
                while (at != null && !at.isEmpty() && seen.add(at)) {
                    if (at.equals(r.value().email())) {
                        loop = true;
                        break;
                    }
                    at = managerOf.get(at);
                }
            }
            next.add(loop ? new ImportPreview.Row<>(r.line(), null, "line management in this file goes round in a loop back to "
                    + r.value().email()) : r);
        }
        return next;
    }

    /**
     * A good row whose line manager is only in the file, on a bad row, cannot be imported
     * either; repeat until stable because the chain can be several people long.
     */
    private List<ImportPreview.Row<PersonRow>> rejectManagersOfBadRows(List<ImportPreview.Row<PersonRow>> rows) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> goodEmails = new HashSet<>();
            rows.stream().filter(ImportPreview.Row::ok).forEach(r -> goodEmails.add(r.value().email()));
            List<ImportPreview.Row<PersonRow>> next = new ArrayList<>();
            for (var r : rows) {
                if (r.ok() && !r.value().lineManagerEmail().isEmpty() && !goodEmails.contains(r.value().lineManagerEmail())
                        && !people.existsByEmailIgnoreCase(r.value().lineManagerEmail())) {
                    next.add(new ImportPreview.Row<>(r.line(), null,
                            "line manager " + r.value().lineManagerEmail() + " is on a row that cannot be imported"));
                    changed = true;
                } else {
                    next.add(r);
                }
            }
            rows = next;
        }
        return rows;
    }

    /** Writes the good rows of a preview; returns how many people were created. */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public int importRows(ImportPreview<PersonRow> preview) {
        Map<String, Person> created = new HashMap<>();
        for (var row : preview.goodRows()) {
            PersonRow r = row.value();
            if (people.existsByEmailIgnoreCase(r.email())) {
                throw new IllegalStateException("Line " + row.line() + ": " + r.email() + " was added by someone else since the preview; check the file again");
            }
            Person p = new Person(r.fullName(), r.email());
            p.setJobTitle(r.jobTitle().isEmpty() ? null : r.jobTitle());
            p.setRoles(r.roles());
            if (!r.teamName().isEmpty()) {
                p.setTeam(teams.findByNameIgnoreCase(r.teamName()).orElseThrow());
            }
            created.put(r.email(), people.save(p));
        }
        for (var row : preview.goodRows()) {
            PersonRow r = row.value();
            if (!r.lineManagerEmail().isEmpty()) {
                Person manager = created.containsKey(r.lineManagerEmail()) ? created.get(r.lineManagerEmail())
                        : people.findByEmailIgnoreCase(r.lineManagerEmail()).orElseThrow();
                created.get(r.email()).setLineManager(manager);
            }
        }
        people.flush();
        return created.size();
    }

    static Optional<Role> parseRole(String text) {
        String t = text.strip();
        for (Role r : Role.values()) {
            if (r.name().equalsIgnoreCase(t.replace(' ', '_')) || r.label().equalsIgnoreCase(t)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

}
