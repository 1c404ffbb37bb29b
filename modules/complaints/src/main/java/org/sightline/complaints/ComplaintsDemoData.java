package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.springframework.stereotype.Component;

/**
 * Four quarters of invented complaints and compliments, plus this quarter's so far: most
 * answered on time, some resolved early, some extended, a few late, a few escalated; some open
 * now with steps due and overdue. Two published bulletins for the last two quarters. Drawn from
 * its own seeded generator so the other modules' demo records do not move.
 */
@Component
public class ComplaintsDemoData implements DemoDataContributor {

    private record Sample(String category, String summary, String point, String learning) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample("Communication", "The family say they were not told the outcome of the assessment until the day of the meeting.",
                    "We were not told what the assessment said before the meeting.",
                    "Share reports with families in good time before meetings, and check they have understood them."),
            new Sample("Quality of assessment or report", "A parent says the assessment contains facts that are wrong about the family's history.",
                    "The assessment records events that did not happen.",
                    "Distinguish facts from allegations in assessments and reports, and quality-assure them for accuracy."),
            new Sample("Delay or timeliness", "A carer says the child's belongings were not brought to the new placement for three weeks.",
                    "My grandson's belongings took three weeks to arrive.",
                    "Agree a clear timeframe for children moving placement to have their belongings with them."),
            new Sample("Staff conduct or attitude", "A parent felt the social worker spoke about them rather than to them in the meeting.",
                    "The social worker did not speak to me directly at the meeting.",
                    "Use language that is clear and respectful, and speak to parents directly."),
            new Sample("Decision about services", "A parent disagrees with the decision to close the early help plan.",
                    "The plan was closed although things had not improved.",
                    "Record the rationale for closing a plan and share it with the family."),
            new Sample("Change of social worker", "A young person has had four social workers in a year and had to tell their story each time.",
                    "I keep getting a new social worker.",
                    "Plan handovers with the young person, with a joint visit where possible."),
            new Sample("Information sharing and recording", "A parent says questions they asked by email were never answered.",
                    "My emails asking about contact were never answered.",
                    "Record how a parent's questions were answered, and answer them in writing."),
            new Sample("Contact arrangements", "A father says he was not included in planning contact with his children.",
                    "I was not involved in the contact plan.",
                    "Engage fathers and partners throughout our involvement."),
            new Sample("Leaving care support", "A care leaver says they were not supported to find housing before turning eighteen.",
                    "I had nowhere agreed to live when I turned 18.",
                    "Involve housing partners early in pathway planning."));

    private static final String[] PEOPLE_FIRST = {"Dawn", "Gareth", "Michelle", "Lee", "Kerry", "Shaun", "Tracey", "Nadia", "Jordan",
            "Chantelle", "Wayne", "Bethany", "Imran", "Stacey", "Craig", "Leanne"};
    private static final String[] PEOPLE_LAST = {"Ackroyd", "Belcher", "Cottam", "Dinsdale", "Etheridge", "Foulds", "Greaves", "Hepworth",
            "Illingworth", "Jowett", "Kitching", "Lumb", "Marsden", "Naylor", "Oddie", "Pickles"};

    private static final List<String[]> COMPLIMENTS = List.of(
            new String[] {"Listening and understanding", "YOUNG_PERSON", "She is the best social worker I have had because she listens and doesn't judge me."},
            new String[] {"Quality of written work", "PROFESSIONAL", "Thank you for the meeting letter to the child: it is factual but written in a way she can understand."},
            new String[] {"Support at a difficult time", "PARENT", "I felt supported at every stage, even when things were hard. Thank you for never giving up on us."},
            new String[] {"Reliability and keeping in touch", "PARENT", "Always did what he said he would do, came when he said he would, and kept me updated."},
            new String[] {"Working together with partners", "PROFESSIONAL", "A model of joined-up working: the school felt included and listened to throughout."},
            new String[] {"Made a difference for the child", "CARER", "Our foster son is settled and happy, and that is down to the time his social worker spent with him."},
            new String[] {"Listening and understanding", "PARENT", "Included our wishes and feelings in the assessment and built a relationship with the children quickly."},
            new String[] {"Reliability and keeping in touch", "YOUNG_PERSON", "My personal adviser always answers and helped me sort my flat out."},
            new String[] {"Made a difference for the child", "PARENT", "Professional but approachable, and she made a real difference to our family."});

    private final ComplaintRepository complaints;
    private final ComplimentRepository compliments;
    private final CategoryRepository categories;
    private final BulletinRepository bulletins;
    private final PersonRepository people;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    ComplaintsDemoData(ComplaintRepository complaints, ComplimentRepository compliments, CategoryRepository categories,
                       BulletinRepository bulletins, PersonRepository people, WorkingDayCalendar calendar, Clock clock) {
        this.complaints = complaints;
        this.compliments = compliments;
        this.categories = categories;
        this.bulletins = bulletins;
        this.people = people;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void load(DemoDirectory d) {
        Random random = new Random(20261124L);
        WorkingDays days = calendar.days();
        LocalDate today = d.today();
        List<Person> officers = d.withRole(Role.QA_OFFICER).stream().filter(p -> !p.hasRole(Role.SERVICE_MANAGER)).toList();
        Person qaManager = d.people().stream().filter(p -> p.hasRole(Role.SERVICE_MANAGER) && p.hasRole(Role.QA_OFFICER)).findFirst().orElseThrow();
        Person complaintsOfficer = people.findByEmailIgnoreCase("complaints@sightline-council.example").orElse(null);
        Person complaintsManager = complaintsOfficer == null ? null : complaintsOfficer.getLineManager();
        List<Team> caseTeams = d.cases().stream().map(CaseRecord::getTeam).distinct().toList();

        LocalDate start = ReportPeriod.quarterOf(today).from().minusMonths(12);
        // Complaints through the year, and a handful in the last four weeks that are still open now,
        // two of them stalled so the register shows overdue steps.
        List<LocalDate> received = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(days.add(today, -20)); day = day.plusDays(1)) {
            if (days.isWorkingDay(day) && random.nextInt(100) < 14) {
                received.add(day);
            }
        }
        for (int ago : new int[] {19, 16, 11, 8, 5, 3, 1}) {
            received.add(days.add(today, -ago));
        }
        java.util.Map<Integer, Integer> numbers = new java.util.HashMap<>();
        for (LocalDate day : received) {
            int counter = numbers.merge(day.getYear(), 1, Integer::sum);
            boolean stall = days.between(day, today) == 16 || days.between(day, today) == 19;
            Sample sample = SAMPLES.get(random.nextInt(SAMPLES.size()));
            Team team = caseTeams.get(random.nextInt(caseTeams.size()));
            List<CaseRecord> teamCases = d.cases().stream().filter(c -> team.equals(c.getTeam())).toList();
            CaseRecord caseRecord = teamCases.isEmpty() || random.nextInt(10) < 2 ? null : teamCases.get(random.nextInt(teamCases.size()));
            ComplainantType type = pick(random, ComplainantType.PARENT, ComplainantType.PARENT, ComplainantType.PARENT, ComplainantType.CARER,
                    ComplainantType.CHILD, ComplainantType.PROFESSIONAL, ComplainantType.OTHER);
            if (sample.category().equals("Leaving care support") || sample.category().equals("Change of social worker")) {
                type = ComplainantType.CHILD;
            }
            Channel channel = pick(random, Channel.ONLINE_FORM, Channel.ONLINE_FORM, Channel.EMAIL, Channel.EMAIL, Channel.PHONE, Channel.LETTER,
                    Channel.IN_PERSON);
            String name = PEOPLE_FIRST[random.nextInt(PEOPLE_FIRST.length)] + " " + PEOPLE_LAST[random.nextInt(PEOPLE_LAST.length)];
            Complaint c = new Complaint(String.format("CMP-%d-%04d", day.getYear(), counter), channel == Channel.ONLINE_FORM ? "intake" : "portal",
                    day.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant(), channel == Channel.ONLINE_FORM ? null : complaintsOfficer);
            c.record(new ComplaintDetails(day, channel, type, name, name.toLowerCase().replace(' ', '.') + "@example.org", null, team.getId(),
                    sample.summary()), caseRecord, team);
            c.addPoint(sample.point(), category(sample.category()), day);
            if (random.nextInt(3) == 0) {
                Sample second = SAMPLES.get(random.nextInt(SAMPLES.size()));
                if (second != sample) {
                    c.addPoint(second.point(), category(second.category()), day);
                }
            }
            progress(c, sample, random, days, today, officers, qaManager, complaintsManager, stall);
            complaints.save(c);
        }
        complaints.flush();

        loadCompliments(d, random, start, today);
        loadBulletins(d, today, qaManager);
    }

    private void progress(Complaint c, Sample sample, Random random, WorkingDays days, LocalDate today, List<Person> officers,
                          Person qaManager, Person complaintsManager, boolean stall) {
        LocalDate day0 = c.getReceivedOn();
        LocalDate allocated = days.add(day0, random.nextInt(12) == 0 ? 2 : 1);
        if (!allocated.isBefore(today)) {
            return;
        }
        c.allocate(officers.get(random.nextInt(officers.size())), allocated);
        LocalDate contacted = days.add(day0, random.nextInt(10) == 0 ? 3 : 2);
        if (!contacted.isBefore(today)) {
            return;
        }
        LocalDate meeting = days.add(contacted, 2);
        c.getContact().contacted(contacted, meeting, random.nextBoolean());
        if (c.isChild()) {
            c.getContact().advocateOffered(contacted, true);
        }
        if (!meeting.isBefore(today)) {
            return;
        }
        if (!stall && random.nextInt(4) == 0) {
            c.earlyResolution(EarlyResolution.RESOLVED, meeting, "Met the family with the team manager; the team apologised and agreed "
                    + "the next steps in writing.");
            return;
        }
        c.earlyResolution(EarlyResolution.DECLINED, meeting, "The complainant wanted a full investigation.");
        c.confirmPoints(meeting);
        if (stall) {
            return;
        }
        if (random.nextInt(12) == 0 && complaintsManager != null) {
            c.addPoint("New concern raised at the meeting about how the family's views were recorded.", category("Information sharing and recording"), meeting);
            c.restartClock(meeting, "New points raised at the initial meeting.", complaintsManager.getFullName());
        }
        if (random.nextInt(7) == 0) {
            LocalDate newDue = days.add(c.getClockStart(), 15 + random.nextInt(6));
            c.getResponse().extend(newDue, "The team manager was on leave and the case records needed checking.", days.add(c.getClockStart(), 6));
        }
        LocalDate due = Timeline.responseDue(c, days);
        LocalDate draft = days.add(due, -3);
        if (!draft.isBefore(today)) {
            return;
        }
        c.getResponse().draftForQa(draft);
        LocalDate qa = days.add(due, random.nextInt(8) == 0 ? 0 : -2);
        if (!qa.isBefore(today)) {
            return;
        }
        c.getResponse().qualityAssured(qaManager, qa);
        LocalDate sent = random.nextInt(9) == 0 ? days.add(due, 1 + random.nextInt(3)) : due;
        if (!sent.isBefore(today)) {
            return;
        }
        for (ComplaintPoint p : c.getPoints()) {
            p.setOutcome(pick(random, Outcome.UPHELD, Outcome.PARTLY_UPHELD, Outcome.PARTLY_UPHELD, Outcome.NOT_UPHELD, Outcome.NOT_UPHELD,
                    Outcome.WITHDRAWN));
        }
        c.getResponse().setLearning(sample.learning());
        c.responded(sent);
        if (c.getCaseRecord() != null && days.add(sent, 1).isBefore(today)) {
            c.getResponse().copyOnFile(days.add(sent, 1));
        }
        if (random.nextInt(9) == 0) {
            LocalDate requested = days.add(sent, 5 + random.nextInt(10));
            if (requested.isBefore(today)) {
                Escalation two = c.escalate(2, requested, "Independent investigator (commissioned)", qaManager);
                LocalDate answered = days.add(requested, 22 + random.nextInt(6));
                if (answered.isBefore(today)) {
                    two.respond(answered, pick(random, Outcome.PARTLY_UPHELD, Outcome.NOT_UPHELD), "The investigator found the stage 1 "
                            + "response fair; one further recommendation about recording.");
                    c.closeAt(answered);
                    LocalDate panelAsk = days.add(answered, 10);
                    if (random.nextInt(3) == 0 && panelAsk.isBefore(today)) {
                        Escalation three = c.escalate(3, panelAsk, "Independent panel chair", qaManager);
                        LocalDate panel = days.add(panelAsk, 25);
                        if (panel.isBefore(today)) {
                            three.panelHeld(panel);
                            LocalDate report = days.add(panel, 4);
                            if (report.isBefore(today)) {
                                three.panelReported(report);
                                LocalDate response = days.add(report, 12);
                                if (response.isBefore(today)) {
                                    three.respond(response, Outcome.NOT_UPHELD, "The panel agreed with the stage 2 findings.");
                                    c.closeAt(response);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private void loadCompliments(DemoDirectory d, Random random, LocalDate start, LocalDate today) {
        List<Person> staff = d.people().stream().filter(p -> p.hasRole(Role.PRACTITIONER) && p.getTeam() != null).toList();
        Person recorder = d.withRole(Role.QA_OFFICER).getFirst();
        for (LocalDate day = start; day.isBefore(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5 || random.nextInt(100) >= 17) {
                continue;
            }
            String[] sample = COMPLIMENTS.get(random.nextInt(COMPLIMENTS.size()));
            Person praised = staff.get(random.nextInt(staff.size()));
            Set<Team> teams = new HashSet<>(Set.of(praised.getTeam()));
            compliments.save(new Compliment(day, ComplimentFrom.valueOf(sample[1]), null, compliment(sample[0]), sample[2],
                    random.nextInt(10) < 7, Set.of(praised), teams, recorder, day.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
        }
        compliments.flush();
    }

    private void loadBulletins(DemoDirectory d, LocalDate today, Person fallback) {
        Person psw = d.withRole(Role.PRINCIPAL_SOCIAL_WORKER).stream().findFirst().orElse(fallback);
        ReportPeriod last = ReportPeriod.previousQuarter(today);
        ReportPeriod before = ReportPeriod.previousQuarter(last.from());
        for (ReportPeriod q : List.of(before, last)) {
            Bulletin b = new Bulletin(q.from(), q.to(), "Learning from complaints and compliments, " + q.quarterName(),
                    q.to().plusDays(14).atTime(9, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant());
            List<Bulletin.LearningItem> learning = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Complaint c : complaints.findAll()) {
                Stage1Response r = c.getResponse();
                if (r.getLearning() != null && r.getResponseSentOn() != null && q.contains(r.getResponseSentOn()) && seen.add(r.getLearning())
                        && learning.size() < 6) {
                    learning.add(new Bulletin.LearningItem(r.getLearning(), c.getPoints().getFirst().getCategory() == null ? null
                            : c.getPoints().getFirst().getCategory().getName()));
                }
            }
            List<Bulletin.Quote> quotes = compliments.findByReceivedOnBetweenOrderByReceivedOnAsc(q.from(), q.to()).stream()
                    .filter(Compliment::isConsentToShare).limit(3).map(c -> new Bulletin.Quote(c.getId(), c.getWords(), c.attribution())).toList();
            b.edit(new BulletinDraft(b.getTitle(), "This bulletin covers " + q.label() + ". It celebrates what we do well and shares "
                            + "what complainants have told us, so that we can learn together.",
                            "- Assessments are accurate and the analysis of information is well documented.\n"
                                    + "- Phone calls and emails are recorded and easy to find on case files.\n"
                                    + "- Good evidence of information sharing and joined-up working with partner agencies.\n"
                                    + "- Staff were professional and open throughout the complaints process.",
                            List.of(), List.of(), "The workshop programme follows the learning themes from complaints: voice of the child, "
                                    + "engaging fathers and men, SMART planning and professional curiosity.\n\n"
                                    + "- The practice guidance on recording is on the intranet under Practice standards.",
                            "Most of what we learn from complaints is about communication: being clear, timely and respectful with "
                                    + "families. Please take ten minutes in your next team meeting to talk about one of the points above.", null),
                    learning, quotes);
            b.publish(psw, q.to().plusDays(21).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant(),
                    (int) compliments.countByReceivedOnBetween(q.from(), q.to()), null);
            bulletins.save(b);
        }
    }

    private Category category(String name) {
        return categories.findByKindAndNameIgnoreCase(CategoryKind.COMPLAINT, name).orElseThrow();
    }

    private Category compliment(String name) {
        return categories.findByKindAndNameIgnoreCase(CategoryKind.COMPLIMENT, name).orElseThrow();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
