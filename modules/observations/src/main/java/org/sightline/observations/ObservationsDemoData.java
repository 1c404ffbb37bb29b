package org.sightline.observations;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemeRepository;
import org.springframework.stereotype.Component;

/**
 * A year of invented observations: most staff observed by their line manager within the year,
 * some falling due, some overdue or never observed; Heads of Service observing their managers;
 * the Assistant Director and the Director observing practice.
 */
@Component
public class ObservationsDemoData implements DemoDataContributor {

    private record Sample(NatureOfPractice nature, String strengths, String strengthTheme, String development, String developmentTheme,
                          String reflections) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(NatureOfPractice.HOME_VISIT,
                    "Explained the purpose of the visit to the mother at the start and checked she understood it. Saw both children on "
                            + "their own in their bedrooms and used the three houses tool with the eldest, whose words went straight into the record.",
                    "Voice of the child",
                    "The father was present but not spoken to directly; his view of the plan was not sought.",
                    "Working with fathers and men",
                    "We talked about how to bring the father into the conversation next time, and about booking the fathers workshop."),
            new Sample(NatureOfPractice.CP_CONFERENCE_REVIEW,
                    "Report shared with the family three days before; spoke plainly about what had changed and what had not, using the "
                            + "family's own words.",
                    "Communication with families",
                    "The plan's outcomes were not specific enough for the family to know when they had been met.",
                    "SMART and safety planning",
                    "Agreed to redraft the outcomes with the family at the core group, using the SMART checklist."),
            new Sample(NatureOfPractice.CORE_GROUP,
                    "Chaired the core group calmly, went through each action with named people and dates, and recorded disagreement.",
                    "SMART and safety planning",
                    "School's concerns about attendance were noted but not tested against the chronology.",
                    "Chronologies, genograms and case summaries",
                    "Reflected on using the chronology in the meeting so patterns are visible to everyone."),
            new Sample(NatureOfPractice.STRATEGY_MEETING,
                    "Clear summary of the referral, the history and the child's presentation; asked the police and health for what they knew.",
                    "Professional curiosity",
                    "The decision was recorded but the rationale for not holding a joint visit was thin.",
                    "Management oversight and supervision",
                    "Discussed writing down why, not only what, was decided."),
            new Sample(NatureOfPractice.CHILD_IN_CARE_REVIEW,
                    "The young person chaired part of their own review with support and their views shaped the plan for contact.",
                    "Voice of the child",
                    "Pathway planning started late; the young person was unsure who would help with housing.",
                    "Timeliness of visits and reviews",
                    "Agreed to start the pathway plan conversation at the next visit."),
            new Sample(NatureOfPractice.SUPERVISION,
                    "Supervision was reflective: hypotheses were named and tested, and each case had a clear next step.",
                    "Management oversight and supervision",
                    "Actions from the last supervision were not revisited before new ones were set.",
                    "Management oversight and supervision",
                    "Agreed to open each supervision by reviewing last time's actions."),
            new Sample(NatureOfPractice.EARLY_HELP_SESSION,
                    "Warm, strengths-based conversation; the family chose their own goals and a review date.",
                    "Communication with families",
                    "Threshold for stepping up was not discussed with the family.",
                    "Thresholds and levels of need",
                    "Talked through the threshold guidance and how to explain it to families."),
            new Sample(NatureOfPractice.CHILD_IN_NEED_REVIEW,
                    "Used a genogram drawn with the family to show who supports the children.",
                    "Chronologies, genograms and case summaries",
                    "The first hypothesis about neglect was not revisited when new information came in.",
                    "Critical thinking and confirmation bias",
                    "We discussed how to keep an open mind when information changes."));

    private final ObservationRepository observations;
    private final LearningThemeRepository themes;

    public ObservationsDemoData(ObservationRepository observations, LearningThemeRepository themes) {
        this.observations = observations;
        this.themes = themes;
    }

    @Override
    public void load(DemoDirectory directory) {
        Random random = directory.random();
        LocalDate today = directory.today();
        Person qa = directory.byEmailPrefix("qa");
        Person practitioner = directory.byEmailPrefix("practitioner");
        List<Person> active = directory.people().stream().filter(Person::isActive).toList();
        Person manager = directory.byEmailPrefix("manager");
        int n = 0;
        int managersReports = 0;
        for (Person p : active) {
            if (!(p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_MANAGER)) || p.getLineManager() == null) {
                continue;
            }
            int roll = random.nextInt(100);
            if (p.equals(practitioner)) {
                // Observed last year, and again this month: shared and waiting for their reflection.
                save(p.getLineManager(), p, today.minusMonths(11).minusDays(3), SAMPLES.get(0), true, null);
                save(p.getLineManager(), p, today.minusDays(6), SAMPLES.get(1), false, null);
                continue;
            }
            if (manager.equals(p.getLineManager())) {
                // The demo team manager has one report never observed and one falling due, so their
                // home page and the compliance view have something to show.
                managersReports++;
                roll = managersReports == 1 ? 0 : managersReports == 2 ? 20 : 30 + roll % 70;
            }
            if (roll < 8) {
                continue; // never observed: overdue
            }
            LocalDate when = roll < 16 ? today.minusMonths(13).minusDays(random.nextInt(60))   // overdue
                    : roll < 26 ? today.minusMonths(11).minusDays(random.nextInt(28))         // due within 30 days
                    : today.minusDays(14 + random.nextInt(300));                              // up to date
            Sample s = SAMPLES.get(random.nextInt(SAMPLES.size()));
            boolean acknowledged = random.nextInt(10) < 8;
            save(p.getLineManager(), p, when, s, acknowledged, n++ % 23 == 0 ? qa : null);
        }
        // Heads of Service observe their managers; the Assistant Director and the Director observe practice.
        for (Person m : active) {
            if (!(m.hasRole(Role.TEAM_MANAGER) || m.hasRole(Role.SERVICE_MANAGER))) {
                continue;
            }
            Person hos = ComplianceService.expectedObserver(m, CadenceRule.Observer.HEAD_OF_SERVICE);
            if (hos != null && random.nextInt(10) < 7) {
                save(hos, m, today.minusDays(20 + random.nextInt(320)), SAMPLES.get(5), true, null);
            }
        }
        List<Person> practitioners = active.stream().filter(p -> p.hasRole(Role.PRACTITIONER)).toList();
        for (Person ad : directory.withRole(Role.ASSISTANT_DIRECTOR)) {
            for (int q = 0; q < 4; q++) {
                Person who = practitioners.get(random.nextInt(practitioners.size()));
                save(ad, who, today.minusMonths(2 + q * 3L).minusDays(random.nextInt(20)), SAMPLES.get(random.nextInt(SAMPLES.size())), true,
                        null);
            }
        }
        for (Person director : directory.withRole(Role.DIRECTOR)) {
            // The last one was seven months ago: the Director is overdue, as the compliance view shows.
            Person who = practitioners.get(random.nextInt(practitioners.size()));
            save(director, who, today.minusMonths(7), SAMPLES.get(2), true, null);
        }
    }

    private void save(Person observer, Person observed, LocalDate on, Sample s, boolean acknowledged, Person goodPracticeBy) {
        Observation o = new Observation(observer, on.atTime(17, 0).toInstant(ZoneOffset.UTC));
        o.record(new ObservationDraft(observed.getId(), on, null, null, s.nature(), null, s.strengths(), s.development(), s.reflections(),
                null, tag(s.strengthTheme()), tag(s.developmentTheme())), observed, null);
        o.share(on.atTime(17, 30).toInstant(ZoneOffset.UTC));
        if (acknowledged) {
            o.acknowledge("I found this useful. " + (s.development() == null ? "" : "I will work on it: ") + s.reflections(),
                    on.plusDays(4).atTime(12, 0).toInstant(ZoneOffset.UTC));
            o.noteSupervision("Discussed in supervision the following month; the development area is in the supervision plan.");
        }
        if (goodPracticeBy != null) {
            o.markGoodPractice(true, goodPracticeBy);
        }
        observations.save(o);
    }

    private Set<LearningTheme> tag(String name) {
        return themes.findByNameIgnoreCase(name).map(Set::of).orElse(Set.of());
    }
}
