package org.sightline.boardpacks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.security.Authorities;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Two invented boards with their members and the next meetings; packs are assembled in the portal. */
@Component
public class BoardPacksDemoData implements DemoDataContributor {

    private final BoardRepository boards;
    private final MeetingRepository meetings;
    private final BoardPackService packs;

    BoardPacksDemoData(BoardRepository boards, MeetingRepository meetings, BoardPackService packs) {
        this.boards = boards;
        this.meetings = meetings;
        this.packs = packs;
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
        Meeting next = meetings.save(new Meeting(qpi, today.plusWeeks(3).with(java.time.DayOfWeek.TUESDAY), LocalTime.of(10, 0),
                "Civic Centre, Committee Room 2",
                "Minutes and actions of the last meeting\nQuarterly audit report\nComplaints and compliments\nThematic evaluation findings\nAny other business"));
        meetings.save(new Meeting(qpi, today.minusWeeks(9).with(java.time.DayOfWeek.TUESDAY), LocalTime.of(10, 0), "Civic Centre, Committee Room 2",
                "Quarterly audit report\nLearning bulletin"));
        meetings.save(new Meeting(scrutiny, today.plusWeeks(6).with(java.time.DayOfWeek.THURSDAY), LocalTime.of(18, 0), "Council Chamber",
                "Quality of practice: the quarter at a glance\nComplaints annual trend"));
        meetings.flush();
        publishNextPack(next, today);
    }

    /** The next meeting's pack, assembled and published as the PSW would, so members have something in their library. */
    private void publishNextPack(Meeting next, LocalDate today) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(Authorities.system("psw", Role.PRINCIPAL_SOCIAL_WORKER));
        try {
            ReportPeriod quarter = ReportPeriod.previousQuarter(today);
            Pack pack = packs.draft(next.getId());
            for (String[] item : new String[][] {
                    {"Quarterly audit report", "audits-quarterly-report", "The board is asked to note the grades and the actions from inadequate audits."},
                    {"Complaints and compliments", "complaints-report", "The board is asked to note timeliness at stage 1 and the learning."},
                    {"Thematic evaluation findings", "thematic-reports", "The board is asked to agree the recommendations and whether to commission a follow-up."}}) {
                if (packs.reports().stream().noneMatch(r -> r.id().equals(item[1]))) {
                    continue;
                }
                pack = packs.addSection(pack.getId(), pack.getVersion(), new SectionDraft(item[0], "Principal Social Worker", item[2], item[1],
                        quarter.from(), quarter.to()));
            }
            if (!pack.getSections().isEmpty()) {
                packs.publish(pack.getId(), pack.getVersion());
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
