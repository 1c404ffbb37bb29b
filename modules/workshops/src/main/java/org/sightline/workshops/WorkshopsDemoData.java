package org.sightline.workshops;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.springframework.stereotype.Component;

/** An invented programme of practice workshops over the coming weeks. */
@Component
public class WorkshopsDemoData implements DemoDataContributor {

    private final WorkshopRepository workshops;
    private final WorkshopSessionRepository sessions;

    public WorkshopsDemoData(WorkshopRepository workshops, WorkshopSessionRepository sessions) {
        this.workshops = workshops;
        this.sessions = sessions;
    }

    @Override
    public void load(DemoDirectory directory) {
        Object[][] programme = {
                {"Hearing the child's voice in recording", "Writing case records that show what the child said, felt and wanted, in their own words, and how it changed the plan.", 120, "Council Offices, Room 2.14", 16, 1, LocalTime.of(10, 0)},
                {"SMART plans that families understand", "Turning assessment into plans with clear outcomes, named responsibilities and timescales that parents can follow.", 150, "Online (Teams link sent on booking)", 30, 2, LocalTime.of(13, 30)},
                {"Reflective supervision in practice", "For managers: using supervision to test hypotheses, revisit actions and record the impact on the child.", 180, "Learning Centre, Suite B", 12, 3, LocalTime.of(9, 30)},
                {"Learning from complaints: responding well", "What recent complaints teach us about communication with families and timely responses.", 90, "Online (Teams link sent on booking)", 40, 4, LocalTime.of(14, 0)},
                {"Embracing diversity: identity in assessment", "Exploring culture, faith, language and identity so that assessments see the whole child.", 120, "Council Offices, Room 1.03", 18, 5, LocalTime.of(10, 0)},
                {"Working together at strategy meetings", "Partnership practice with police, health and schools: sharing information and agreeing actions.", 120, "Learning Centre, Suite A", 20, 7, LocalTime.of(13, 0)},
        };
        LocalDate monday = directory.today().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (Object[] w : programme) {
            int minutes = (Integer) w[2];
            Workshop workshop = workshops.save(new Workshop((String) w[0], (String) w[1], "Principal Social Worker and QA team", minutes));
            int weekOffset = (Integer) w[5];
            for (int run = 0; run < 2; run++) {
                LocalDate day = monday.plusWeeks(weekOffset + run * 4L).plusDays(weekOffset % 4);
                var start = day.atTime((LocalTime) w[6]);
                sessions.save(new WorkshopSession(workshop, start, start.plusMinutes(minutes), (String) w[3], (Integer) w[4]));
            }
        }
    }
}
