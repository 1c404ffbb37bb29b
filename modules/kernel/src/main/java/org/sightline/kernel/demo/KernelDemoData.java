package org.sightline.kernel.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.cases.LevelOfNeed;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.ServiceArea;
import org.sightline.kernel.people.ServiceAreaRepository;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.security.UserAccount;
import org.sightline.kernel.security.UserAccountRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * An invented council's children's services: five service areas, nine teams, about sixty
 * staff in a line-management chain, three hundred cases, and one sign-in per role. Every name
 * is made up. Seeded, so every fresh demo database is the same.
 */
@Component
public class KernelDemoData {

    public static final String DEMO_PASSWORD = "sightline";

    private static final String[] FIRST = {"Aisha", "Bashir", "Carys", "Dev", "Elin", "Farah", "Gareth", "Hana", "Idris",
            "Jasmin", "Kieran", "Lowri", "Marcus", "Nia", "Owen", "Priya", "Rhys", "Sana", "Tomos", "Una", "Vik", "Wendy",
            "Yusuf", "Zara", "Bethan", "Callum", "Dilys", "Ellis", "Fern", "Gwen", "Hector", "Imogen", "Jonah", "Keeley",
            "Leon", "Mared", "Nadia", "Olly", "Poppy", "Ravi", "Seren", "Theo", "Amara", "Bryn", "Cerys", "Darius"};
    private static final String[] LAST = {"Ashworth", "Brennan", "Caddick", "Dalby", "Eversley", "Fenwick", "Garside",
            "Hollins", "Iqbal", "Jarrold", "Kettering", "Lambourne", "Mistry", "Nuttall", "Okafor", "Pendry", "Quayle",
            "Rosser", "Sandhu", "Tranter", "Upjohn", "Varley", "Wainwright", "Yardley", "Bevan", "Corrigan", "Drury",
            "Ellwood", "Fairclough", "Gosling", "Hadfield", "Ingleby", "Kaur", "Lister", "Moss", "Northey", "Pargeter"};
    private static final String DOMAIN = "@sightline-council.example";

    private final ServiceAreaRepository areas;
    private final TeamRepository teams;
    private final PersonRepository people;
    private final UserAccountRepository accounts;
    private final CaseRepository cases;
    private final PasswordEncoder encoder;

    public KernelDemoData(ServiceAreaRepository areas, TeamRepository teams, PersonRepository people,
                          UserAccountRepository accounts, CaseRepository cases, PasswordEncoder encoder) {
        this.areas = areas;
        this.teams = teams;
        this.people = people;
        this.accounts = accounts;
        this.cases = cases;
        this.encoder = encoder;
    }

    public boolean alreadyLoaded() {
        return people.count() > 0;
    }

    public DemoDirectory load(LocalDate today) {
        Random random = new Random(20261121L);
        Set<String> usedNames = new HashSet<>();
        List<Person> everyone = new ArrayList<>();

        ServiceArea earlyHelp = areas.save(new ServiceArea("Early Help"));
        ServiceArea frontDoor = areas.save(new ServiceArea("Front Door and Assessment"));
        ServiceArea safeguarding = areas.save(new ServiceArea("Safeguarding and Family Support"));
        ServiceArea cared = areas.save(new ServiceArea("Children in Care and Care Leavers"));
        ServiceArea quality = areas.save(new ServiceArea("Quality and Practice Improvement"));

        Team ehNorth = teams.save(new Team("Early Help North", earlyHelp));
        Team ehSouth = teams.save(new Team("Early Help South", earlyHelp));
        Team mash = teams.save(new Team("MASH", frontDoor));
        Team assessment = teams.save(new Team("Assessment Team", frontDoor));
        Team familySupport = teams.save(new Team("Family Support and Protection", safeguarding));
        Team getSafe = teams.save(new Team("Get Safe", safeguarding));
        Team inCare = teams.save(new Team("Children in Care", cared));
        Team careLeavers = teams.save(new Team("Care Leavers", cared));
        Team qaTeam = teams.save(new Team("Quality Assurance", quality));

        Person director = person("Director of Children's Services", null, null, usedNames, random, everyone, "director", Role.DIRECTOR);
        Person adSafeguarding = person("Assistant Director, Safeguarding", null, director, usedNames, random, everyone, null, Role.ASSISTANT_DIRECTOR);
        Person adCare = person("Assistant Director, Children in Care and Quality", null, director, usedNames, random, everyone, null, Role.ASSISTANT_DIRECTOR);
        Person psw = person("Principal Social Worker", qaTeam, director, usedNames, random, everyone, "psw", Role.PRINCIPAL_SOCIAL_WORKER);

        Person hosEarlyHelp = person("Head of Service, Early Help", null, adSafeguarding, usedNames, random, everyone, null, Role.HEAD_OF_SERVICE);
        Person hosFrontDoor = person("Head of Service, Front Door and Assessment", null, adSafeguarding, usedNames, random, everyone, "headofservice", Role.HEAD_OF_SERVICE);
        Person hosSafeguarding = person("Head of Service, Safeguarding", null, adSafeguarding, usedNames, random, everyone, null, Role.HEAD_OF_SERVICE);
        Person hosCare = person("Head of Service, Children in Care", null, adCare, usedNames, random, everyone, null, Role.HEAD_OF_SERVICE);
        Person hosQuality = person("Head of Quality Assurance", null, adCare, usedNames, random, everyone, null, Role.HEAD_OF_SERVICE);

        Person smFrontDoor = person("Service Manager, Front Door", null, hosFrontDoor, usedNames, random, everyone, "servicemanager", Role.SERVICE_MANAGER);
        Person smSafeguarding = person("Service Manager, Safeguarding", null, hosSafeguarding, usedNames, random, everyone, null, Role.SERVICE_MANAGER);
        Person smQuality = person("QA Service Manager", qaTeam, hosQuality, usedNames, random, everyone, null, Role.SERVICE_MANAGER, Role.QA_OFFICER);

        Object[][] teamPlan = {
                {ehNorth, hosEarlyHelp, "Early Help Practitioner", 5, null},
                {ehSouth, hosEarlyHelp, "Early Help Practitioner", 4, null},
                {mash, smFrontDoor, "Social Worker", 4, null},
                {assessment, smFrontDoor, "Social Worker", 5, "practitioner"},
                {familySupport, smSafeguarding, "Social Worker", 5, null},
                {getSafe, smSafeguarding, "Social Worker", 3, null},
                {inCare, hosCare, "Social Worker", 5, null},
                {careLeavers, hosCare, "Personal Adviser", 4, null},
        };
        for (Object[] plan : teamPlan) {
            Team team = (Team) plan[0];
            Person above = (Person) plan[1];
            Person manager = person("Team Manager, " + team.getName(), team, above, usedNames, random, everyone,
                    team == assessment ? "manager" : null, Role.TEAM_MANAGER);
            int size = (Integer) plan[3];
            for (int i = 0; i < size; i++) {
                String title = i == 0 && team != ehNorth && team != ehSouth && team != careLeavers
                        ? "Senior Social Worker" : (String) plan[2];
                String login = i == 0 ? (String) plan[4] : null;
                Person p = person(title, team, manager, usedNames, random, everyone, login, Role.PRACTITIONER);
                if (i == size - 1 && "Social Worker".equals(plan[2])) {
                    // The newest social worker in each team is in their ASYE year (the PSW dip-samples their supervision).
                    p.setAsye(true);
                    p.setJobTitle("Social Worker (ASYE)");
                    people.save(p);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            person("QA Officer", qaTeam, smQuality, usedNames, random, everyone, i == 0 ? "qa" : null, Role.QA_OFFICER);
        }
        person("Business Support Officer (Sightline administrator)", qaTeam, smQuality, usedNames, random, everyone, "admin", Role.ADMINISTRATOR);
        person("Councillor, Lead Member for Children's Services", null, null, usedNames, random, everyone, "board", Role.BOARD_MEMBER);
        person("Independent Chair, Improvement Board", null, null, usedNames, random, everyone, null, Role.BOARD_MEMBER);
        person("Designated Nurse, Safeguarding Partnership", null, null, usedNames, random, everyone, null, Role.BOARD_MEMBER);
        people.saveAll(everyone);

        List<CaseRecord> allCases = createCases(random, List.of(ehNorth, ehSouth, mash, assessment, familySupport, getSafe, inCare, careLeavers), everyone);
        // The council's central complaints team sits outside children's services. Drawn from their own
        // seeded generator and kept out of the directory, so adding them left every other demo record as it was.
        Random complaintsTeam = new Random(20261123L);
        List<Person> outside = new ArrayList<>();
        Person complaintsManager = person("Complaints Manager", null, null, usedNames, complaintsTeam, outside, null, Role.COMPLAINTS_OFFICER);
        person("Complaints Officer", null, complaintsManager, usedNames, complaintsTeam, outside, "complaints", Role.COMPLAINTS_OFFICER);
        return new DemoDirectory(teams.findAllByOrderByNameAsc(), List.copyOf(everyone), allCases, random, today);
    }

    private Person person(String jobTitle, Team team, Person manager, Set<String> usedNames, Random random,
                          List<Person> everyone, String login, Role... roles) {
        String name;
        do {
            name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        } while (!usedNames.add(name));
        String emailLocal = login != null ? login : name.toLowerCase(Locale.ROOT).replace(' ', '.');
        Person p = new Person(name, emailLocal + DOMAIN);
        p.setJobTitle(jobTitle);
        p.setTeam(team);
        p.setLineManager(manager);
        p.setRoles(roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles));
        p = people.save(p);
        everyone.add(p);
        if (login != null) {
            accounts.save(new UserAccount(login, encoder.encode(DEMO_PASSWORD), p));
        }
        return p;
    }

    private List<CaseRecord> createCases(Random random, List<Team> caseTeams, List<Person> everyone) {
        List<CaseRecord> created = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        String letters = "ABCDEFGHJKLMNPRSTWY";
        for (int i = 0; i < 300; i++) {
            Team team = caseTeams.get(i % caseTeams.size());
            LevelOfNeed level = levelFor(team.getName(), random);
            List<Person> workers = everyone.stream()
                    .filter(p -> team.equals(p.getTeam()) && p.hasRole(Role.PRACTITIONER)).toList();
            String ref;
            do {
                ref = String.valueOf(1_040_000 + random.nextInt(900_000));
            } while (!refs.add(ref));
            String initials = "" + letters.charAt(random.nextInt(letters.length())) + letters.charAt(random.nextInt(letters.length()));
            CaseRecord c = new CaseRecord(ref, initials, level, team, workers.get(random.nextInt(workers.size())));
            c.setOpen(random.nextInt(10) != 0);
            created.add(cases.save(c));
        }
        return created;
    }

    private static LevelOfNeed levelFor(String teamName, Random random) {
        int r = random.nextInt(10);
        return switch (teamName) {
            case "Early Help North", "Early Help South" -> LevelOfNeed.EARLY_HELP;
            case "MASH" -> r < 5 ? LevelOfNeed.EARLY_HELP : LevelOfNeed.CHILD_IN_NEED;
            case "Assessment Team" -> r < 7 ? LevelOfNeed.CHILD_IN_NEED : LevelOfNeed.CHILD_PROTECTION;
            case "Family Support and Protection", "Get Safe" -> r < 6 ? LevelOfNeed.CHILD_PROTECTION : LevelOfNeed.CHILD_IN_NEED;
            case "Children in Care" -> LevelOfNeed.CHILD_IN_CARE;
            default -> LevelOfNeed.CARE_LEAVER;
        };
    }
}
