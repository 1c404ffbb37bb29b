package org.sightline.complaints;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the complaints: the register a person may see, one complaint with its timeline (each
 * opening is in the audit trail), the steps someone owes, and who takes part in the workflow.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintQueries {

    /** A complaint with its steps, for lists and the home page. */
    public record Row(Complaint complaint, List<Timeline.Entry> openSteps, LocalDate today) {
        public boolean overdue() {
            return openSteps.stream().anyMatch(s -> s.isOverdue(today));
        }

        public Timeline.Entry next() {
            return openSteps.isEmpty() ? null : openSteps.getFirst();
        }
    }

    private final ComplaintRepository complaints;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final ComplaintSupport support;

    public ComplaintQueries(ComplaintRepository complaints, PersonRepository people, CurrentUser currentUser,
                            AuditTrail audit, ComplaintSupport support) {
        this.complaints = complaints;
        this.people = people;
        this.currentUser = currentUser;
        this.audit = audit;
        this.support = support;
    }

    public LocalDate today() {
        return support.today();
    }

    public WorkingDays days() {
        return support.days();
    }

    /** Complaints the signed-in person may read, newest first, with their open steps. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> visible() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Set<Long> line = ComplaintAccess.lineOf(me, everyone);
        WorkingDays days = support.days();
        Person qaManager = ComplaintSupport.qaManager(everyone);
        LocalDate today = support.today();
        return complaints.newestFirst().stream().filter(c -> ComplaintAccess.mayRead(me, c, line, everyone))
                .map(c -> new Row(c, Timeline.open(c, days, qaManager), today)).toList();
    }

    /** Whether the signed-in person may open the register at all. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayUseRegister() {
        Person me = currentUser.require();
        return ComplaintAccess.seesAll(me) || ComplaintAccess.isManager(me) || ComplaintAccess.mayQualityAssure(me);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Complaint open(long id) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
        Person me = currentUser.require();
        if (!ComplaintAccess.mayRead(me, c, people::findByActiveTrueOrderByFullNameAsc)) {
            throw new AccessDeniedException("You may not read this complaint");
        }
        audit.viewedChildDetail("complaints", "Complaint", id, "Complaint " + c.getReference()
                + (c.getCaseRecord() != null ? " on case " + c.getCaseRecord().getReference() : ""));
        c.getEscalations().size();
        return c;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Timeline.Entry> steps(Complaint c) {
        return Timeline.of(c, support.days(), support.qaManager());
    }

    /** Steps owed by the signed-in person (or, for the QA service manager, unallocated ones), soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> myStepsDue() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Person qaManager = ComplaintSupport.qaManager(everyone);
        WorkingDays days = support.days();
        LocalDate today = support.today();
        List<Row> rows = new ArrayList<>();
        for (Complaint c : complaints.withStepsPossiblyOpen()) {
            List<Timeline.Entry> mine = Timeline.open(c, days, qaManager).stream().filter(s -> me.equals(s.owner())).toList();
            if (!mine.isEmpty()) {
                rows.add(new Row(c, mine, today));
            }
        }
        rows.sort(Comparator.comparing(r -> r.next().due()));
        return rows;
    }

    /** Whether the signed-in person may quality-assure draft responses (the QA service manager, a Head of Service). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayQualityAssure() {
        return ComplaintAccess.mayQualityAssure(currentUser.require());
    }

    /** Whether the signed-in person runs the workflow (the QA team and the complaints team). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean runsWorkflow() {
        return currentUser.hasRole(Role.QA_OFFICER) || currentUser.hasRole(Role.COMPLAINTS_OFFICER);
    }

    /** The QA officers a complaint can be allocated to. */
    @Transactional(readOnly = true)
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public List<Person> officers() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> p.hasRole(Role.QA_OFFICER)).toList();
    }

    /** The complaints team, whose manager agrees to restart the clock. */
    @Transactional(readOnly = true)
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public List<Person> complaintsTeam() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> p.hasRole(Role.COMPLAINTS_OFFICER)).toList();
    }

    /** People who can own a recommendation: managers and staff in the complaint's service, and the QA team. */
    @Transactional(readOnly = true)
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public List<Person> actionOwners(Complaint c) {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> !p.hasRole(Role.BOARD_MEMBER))
                .filter(p -> p.getTeam() != null && c.getTeam() != null && p.getTeam().getServiceArea().equals(c.getTeam().getServiceArea())
                        || ComplaintAccess.isManager(p) || p.hasRole(Role.QA_OFFICER))
                .toList();
    }
}
