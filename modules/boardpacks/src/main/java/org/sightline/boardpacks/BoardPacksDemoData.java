package org.sightline.boardpacks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.stereotype.Component;

/** Two invented boards with their members and the next meetings; packs are assembled in the portal. */
@Component
public class BoardPacksDemoData implements DemoDataContributor {

    private final BoardRepository boards;
    private final MeetingRepository meetings;

    BoardPacksDemoData(BoardRepository boards, MeetingRepository meetings) {
        this.boards = boards;
        this.meetings = meetings;
    }

    @Override
    public void load(DemoDirectory d) {
        LocalDate today = d.today();
        Set<Person> boardMembers = new HashSet<>(d.withRole(Role.BOARD_MEMBER));
        Set<Person> improvement = new HashSet<>(boardMembers);
        improvement.addAll(d.withRole(Role.DIRECTOR));
        Board qpi = boards.save(new Board("Quality, Performance and Impact Board", 5, improvement,
                EnumSet.of(Role.PRINCIPAL_SOCIAL_WORKER, Role.QA_OFFICER, Role.HEAD_OF_SERVICE)));
        Board scrutiny = boards.save(new Board("Children's Scrutiny Committee", 7, boardMembers,
                EnumSet.of(Role.PRINCIPAL_SOCIAL_WORKER, Role.QA_OFFICER)));
        meetings.save(new Meeting(qpi, today.plusWeeks(3).with(java.time.DayOfWeek.TUESDAY), LocalTime.of(10, 0), "Civic Centre, Committee Room 2",
                "Minutes and actions of the last meeting\nQuarterly audit report\nComplaints and compliments\nThematic evaluation findings\nAny other business"));
        meetings.save(new Meeting(qpi, today.minusWeeks(9).with(java.time.DayOfWeek.TUESDAY), LocalTime.of(10, 0), "Civic Centre, Committee Room 2",
                "Quarterly audit report\nLearning bulletin"));
        meetings.save(new Meeting(scrutiny, today.plusWeeks(6).with(java.time.DayOfWeek.THURSDAY), LocalTime.of(18, 0), "Council Chamber",
                "Quality of practice: the quarter at a glance\nComplaints annual trend"));
        meetings.flush();
    }
}
