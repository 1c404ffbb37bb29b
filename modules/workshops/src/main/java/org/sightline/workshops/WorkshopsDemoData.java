package org.sightline.workshops;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.themes.LearningTheme;
import org.sightline.kernel.themes.LearningThemeRepository;
import org.springframework.stereotype.Component;

/**
 * An invented programme of the seven practice workshops: a run of each in the last quarter, with
 * attendance and feedback, and two months of sessions to come, some already full.
 */
@Component
public class WorkshopsDemoData implements DemoDataContributor {

    private record Spec(String title, String summary, String topics, String outcomes, String themes, int minutes, String venue,
                        int capacity, LocalTime start) {
    }

    private static final List<Spec> PROGRAMME = List.of(
            new Spec("Voice of the child and purposeful visits",
                    "Planning visits with a purpose, seeing children on their own, and recording what they said, felt and wanted in their own words.",
                    "Planning a visit around the plan's outcomes\nDirect work tools for different ages\nRecording the child's words, not our summary",
                    "Plan a visit that tests progress against the plan\nUse two direct-work tools with confidence\nWrite a case note in which the child's voice is heard",
                    "Voice of the child;Purposeful visits and direct work", 150, "Civic Centre, Room 2.14", 16, LocalTime.of(9, 30)),
            new Spec("Engaging fathers and men",
                    "Why fathers and men in the household are missed, and how to assess and involve them, including men who pose a risk.",
                    "What research and reviews say about invisible men\nFinding and contacting fathers early\nAssessing risk and protective factors in men",
                    "Identify every significant man in a child's life\nInclude fathers in assessments and plans\nRecord a father's views and role",
                    "Working with fathers and men;Professional curiosity", 120, "Learning Centre, Suite A", 20, LocalTime.of(13, 30)),
            new Spec("Thresholds and levels of need",
                    "Applying the threshold document consistently at the front door, in step-up and step-down decisions and in transfers.",
                    "The four levels of need with case examples\nConsent and information sharing\nStep-up and step-down conversations",
                    "Apply the threshold guidance to a referral\nExplain a threshold decision to a family and to partners",
                    "Thresholds and levels of need", 120, "Online (joining link sent on booking)", 30, LocalTime.of(10, 0)),
            new Spec("SMART and safety planning",
                    "Turning assessment into plans with specific outcomes, named people and timescales that families can follow, and safety plans that work at 2 a.m.",
                    "What makes a plan SMART\nWriting outcomes for the child, not services\nSafety plans with the family network",
                    "Rewrite a vague plan into SMART outcomes\nBuild a safety plan with a family network",
                    "SMART and safety planning", 150, "Civic Centre, Room 1.03", 14, LocalTime.of(9, 30)),
            new Spec("Chronologies, genograms and case summaries",
                    "Keeping a chronology that tells the child's story, drawing genograms with families, and writing summaries a new worker can act on.",
                    "Significant events and what makes them significant\nGenograms as a direct-work tool\nThe case summary as a handover",
                    "Update a chronology so patterns show\nDraw a three-generation genogram with a family\nWrite a case summary in under a page",
                    "Chronologies, genograms and case summaries", 120, "Learning Centre, Suite B", 16, LocalTime.of(13, 0)),
            new Spec("Confirmation bias and critical thinking",
                    "How first impressions and early hypotheses shape assessments, and simple habits that keep our thinking open.",
                    "Common biases in child protection work\nTesting hypotheses in supervision\nThe value of challenge from partners",
                    "Name the hypothesis in a case and the evidence that would disprove it\nUse a reflective question set in supervision",
                    "Critical thinking and confirmation bias;Management oversight and supervision", 90, "Online (joining link sent on booking)", 40,
                    LocalTime.of(14, 0)),
            new Spec("Professional curiosity",
                    "Asking the next question: looking beyond what we are told, noticing what is missing, and respectfully checking what families say.",
                    "Lessons from practice reviews\nDisguised compliance and how to spot it\nCurious conversations that keep relationships",
                    "Use curious questions in a home visit\nCheck information with partners and record it",
                    "Professional curiosity;Voice of the child", 120, "Civic Centre, Room 2.14", 12, LocalTime.of(10, 0)));

    private static final String[] DO_DIFFERENTLY = {
            "Ask to see the child's bedroom on every visit and write down what I saw.",
            "Contact the father at the start of every assessment, not at the end.",
            "Write outcomes in the child's plan that the family can repeat back to me.",
            "Update the chronology after every significant event rather than before supervision.",
            "Name my working hypothesis in supervision and what would change my mind.",
            "Use the three houses tool with the younger children on my caseload.",
            "Check what parents tell me with the school before the next review.",
    };
    private static final String[] COMMENTS = {
            "Really practical; the case examples felt like our cases.",
            "Would have liked more time for the group exercise.",
            "Good pace and a safe space to ask questions.",
            "The online format worked well.",
            "Please run a follow-up session for managers.",
            "",
    };

    private final WorkshopRepository workshops;
    private final WorkshopSessionRepository sessions;
    private final BookingRepository bookings;
    private final FeedbackRepository feedback;
    private final LearningThemeRepository themes;
    private final WorkingDayCalendar calendar;

    public WorkshopsDemoData(WorkshopRepository workshops, WorkshopSessionRepository sessions, BookingRepository bookings,
                             FeedbackRepository feedback, LearningThemeRepository themes, WorkingDayCalendar calendar) {
        this.workshops = workshops;
        this.sessions = sessions;
        this.bookings = bookings;
        this.feedback = feedback;
        this.themes = themes;
        this.calendar = calendar;
    }

    @Override
    public void load(DemoDirectory directory) {
        Random random = directory.random();
        LocalDate today = directory.today();
        Person psw = directory.byEmailPrefix("psw");
        Person qa = directory.byEmailPrefix("qa");
        Person practitioner = directory.byEmailPrefix("practitioner");
        Person manager = directory.byEmailPrefix("manager");
        List<Person> staff = new ArrayList<>(directory.people().stream().filter(Person::isActive)
                .filter(p -> p.hasRole(Role.PRACTITIONER) || p.hasRole(Role.TEAM_MANAGER)).toList());
        staff.remove(practitioner);
        staff.remove(manager);

        for (int i = 0; i < PROGRAMME.size(); i++) {
            Spec spec = PROGRAMME.get(i);
            Workshop w = new Workshop(spec.title(), spec.summary(), "Principal Social Worker and QA team", spec.minutes());
            Set<LearningTheme> tagged = new HashSet<>();
            for (String name : spec.themes().split(";")) {
                themes.findByNameIgnoreCase(name).ifPresent(tagged::add);
            }
            w.describe(spec.title(), spec.summary(), spec.topics(), spec.outcomes(),
                    i == 5 ? "Practitioners and managers" : "Social workers, early help workers and personal advisers",
                    "Principal Social Worker and QA team", spec.minutes(), tagged);
            w = workshops.save(w);
            Person facilitator = i % 2 == 0 ? psw : qa;

            // Last quarter: one run, with the register marked and feedback given.
            LocalDate pastDay = workingDayOnOrAfter(today.minusWeeks(11).plusDays(i * 9L));
            WorkshopSession past = session(w, spec, pastDay, facilitator);
            List<Person> pool = shuffled(staff, random);
            int booked = Math.min(spec.capacity(), 8 + random.nextInt(Math.max(1, spec.capacity() - 7)));
            List<Person> attendees = new ArrayList<>(pool.subList(0, Math.min(booked, pool.size())));
            if (i == 0 || i == 3 || i == 4) {
                attendees.add(0, practitioner);
            }
            if (i == 1 || i == 5) {
                attendees.add(0, manager);
            }
            attendees = new ArrayList<>(attendees.subList(0, Math.min(attendees.size(), spec.capacity())));
            LocalDateTime start = past.getStartsAt();
            int n = 0;
            for (Person p : attendees) {
                Booking b = new Booking(past, p, p, BookingStatus.CONFIRMED, start.minusDays(10 + random.nextInt(20)));
                int roll = random.nextInt(20);
                Attendance a = p.equals(practitioner) || p.equals(manager) ? Attendance.ATTENDED
                        : roll < 15 ? Attendance.ATTENDED : roll < 17 ? Attendance.PARTLY_ATTENDED : Attendance.DID_NOT_ATTEND;
                b.markAttendance(a, facilitator, start.minusMinutes(5));
                b = bookings.save(b);
                // The practitioner has left one session's feedback to give, so the prompt shows.
                boolean gives = a.attended() && !(p.equals(practitioner) && i == 4) && (p.equals(practitioner) || random.nextInt(10) < 6);
                if (gives) {
                    int usefulness = 3 + random.nextInt(3);
                    feedback.save(new Feedback(b, usefulness, Math.max(2, usefulness - random.nextInt(2)),
                            DO_DIFFERENTLY[(i + n) % DO_DIFFERENTLY.length], blank(COMMENTS[random.nextInt(COMMENTS.length)]),
                            past.getEndsAt().plusDays(1 + random.nextInt(4))));
                }
                n++;
            }

            // The coming two months: two runs of each, the smaller rooms filling up.
            for (int run = 0; run < 2; run++) {
                LocalDate day = workingDayOnOrAfter(today.plusDays(3 + i * 4L + run * 28L));
                WorkshopSession s = session(w, spec, day, facilitator);
                List<Person> keen = shuffled(staff, random);
                boolean full = spec.capacity() <= 14 && run == 0;
                int places = full ? spec.capacity() : spec.capacity() / 3 + random.nextInt(Math.max(1, spec.capacity() / 3));
                int taken = 0;
                int waiting = full ? 3 : 0;
                for (Person p : keen) {
                    if (taken >= places + waiting) {
                        break;
                    }
                    BookingStatus status = taken < places ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
                    bookings.save(new Booking(s, p, p, status, today.atTime(9, 0).minusDays(20 - taken % 19)));
                    taken++;
                }
                if (run == 1 && i == 2 || run == 0 && i == 6) {
                    bookings.save(new Booking(s, practitioner, practitioner, i == 6 ? BookingStatus.WAITING : BookingStatus.CONFIRMED,
                            today.atTime(8, 30).minusDays(2)));
                }
            }
        }
    }

    private WorkshopSession session(Workshop w, Spec spec, LocalDate day, Person facilitator) {
        LocalDateTime start = day.atTime(spec.start());
        WorkshopSession s = new WorkshopSession(w, start, start.plusMinutes(spec.minutes()), spec.venue(), spec.capacity());
        if (spec.venue().startsWith("Online")) {
            s.setOnlineLink("https://meet.sightline-council.example/workshops/" + w.getTitle().toLowerCase().replaceAll("[^a-z]+", "-")
                    + "-" + day);
        }
        s.setFacilitator(facilitator);
        return sessions.save(s);
    }

    private LocalDate workingDayOnOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static List<Person> shuffled(List<Person> people, Random random) {
        List<Person> copy = new ArrayList<>(people);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static String blank(String s) {
        return s.isEmpty() ? null : s;
    }
}
