package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint register and its workflow: logging, stage 1 from allocation to the response
 * and the copy on the child's file, extensions and restarts, escalation to stages 2 and 3,
 * and recommendations as tracked actions. Every change names the version the user loaded, so
 * two people working on one complaint never overwrite each other.
 */
@Service
@Transactional
public class ComplaintService {

    /** A point as logged: what it is about and its category. */
    public record NewPoint(String description, Long categoryId) {
    }

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
    private final CategoryRepository categories;
    private final PersonRepository people;
    private final TeamRepository teams;
    private final CaseRepository cases;
    private final CurrentUser currentUser;
    private final WorkingDayCalendar calendar;
    private final ActionService actions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ComplaintReferences references;

    public ComplaintService(ComplaintRepository complaints, CategoryRepository categories, PersonRepository people, TeamRepository teams,
                            CaseRepository cases, CurrentUser currentUser, WorkingDayCalendar calendar, ActionService actions,
                            AuditTrail audit, ApplicationEventPublisher events, Clock clock, ComplaintReferences references) {
        this.complaints = complaints;
        this.references = references;
        this.categories = categories;
        this.people = people;
        this.teams = teams;
        this.cases = cases;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.actions = actions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public WorkingDays days() {
        return calendar.days();
    }

    // ---------------------------------------------------------------- reading

    /** Complaints the signed-in person may read, newest first, with their open steps. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> visible() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Set<Long> line = ComplaintAccess.lineOf(me, everyone);
        WorkingDays days = days();
        Person qaManager = qaManager(everyone);
        LocalDate today = today();
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
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        if (!ComplaintAccess.mayRead(me, c, ComplaintAccess.lineOf(me, everyone), everyone)) {
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
        return Timeline.of(c, days(), qaManager(people.findByActiveTrueOrderByFullNameAsc()));
    }

    /** Steps owed by the signed-in person (or, for the QA service manager, unallocated ones), soonest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Row> myStepsDue() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        Person qaManager = qaManager(everyone);
        WorkingDays days = days();
        LocalDate today = today();
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

    /** Who allocates and quality-assures by default: the QA service manager. */
    static Person qaManager(List<Person> everyone) {
        return everyone.stream().filter(p -> p.hasRole(Role.SERVICE_MANAGER) && p.hasRole(Role.QA_OFFICER)).findFirst()
                .orElse(everyone.stream().filter(p -> p.hasRole(Role.HEAD_OF_SERVICE) && p.hasRole(Role.QA_OFFICER)).findFirst()
                        .orElse(null));
    }

    // ---------------------------------------------------------------- logging

    /** The team of the case with this reference, to fill the form as the reference is typed; empty when there is no such case. */
    @Transactional(readOnly = true)
    @PreAuthorize(ComplaintAccess.REGISTER)
    public java.util.Optional<Team> teamOfCase(String reference) {
        if (blank(reference)) {
            return java.util.Optional.empty();
        }
        return cases.findByReferenceIgnoreCase(reference.strip()).map(CaseRecord::getTeam);
    }

    @PreAuthorize(ComplaintAccess.REGISTER)
    public Complaint register(ComplaintDetails d, List<NewPoint> points) {
        Person me = currentUser.require();
        var errors = new ValidationException.Collector();
        var resolved = check(d, errors, true);
        List<Category> pointCategories = checkPoints(points, errors);
        errors.throwIfAny();
        Complaint c = new Complaint(references.next(d.receivedOn()), "portal", clock.instant(), me);
        c.record(clean(d), resolved.caseRecord(), resolved.team());
        for (int i = 0; i < points.size(); i++) {
            c.addPoint(points.get(i).description().strip(), pointCategories.get(i), d.receivedOn());
        }
        c = complaints.saveAndFlush(c);
        tellQaManager(c);
        return c;
    }

    /** The complaint a web-form post made, and whether this post made it (false: it was sent before). */
    public record Received(Complaint complaint, boolean isNew) {
    }

    /**
     * A complaint posted by the council's web form: day 0 is the day it arrives. Called by the
     * intake endpoint only. The digest identifies the post: one already stored is returned as it
     * is, so a form that sends twice makes one complaint.
     */
    public Received receive(ComplaintDetails d, List<String> points, String digest) {
        var earlier = complaints.findByIntakeDigest(digest);
        if (earlier.isPresent()) {
            return new Received(earlier.get(), false);
        }
        var resolved = check(d, new ValidationException.Collector(), false);
        Complaint c = new Complaint(references.next(d.receivedOn()), "intake", clock.instant(), null);
        c.markIntake(digest);
        c.record(clean(d), resolved.caseRecord(), resolved.team());
        points.forEach(p -> c.addPoint(p, null, d.receivedOn()));
        Complaint saved = complaints.saveAndFlush(c);
        tellQaManager(saved);
        return new Received(saved, true);
    }

    /** The complaint a web-form post made, found by its digest. */
    @Transactional(readOnly = true)
    java.util.Optional<Complaint> received(String digest) {
        return complaints.findByIntakeDigest(digest);
    }

    private void tellQaManager(Complaint c) {
        Person qa = qaManager(people.findByActiveTrueOrderByFullNameAsc());
        if (qa != null) {
            events.publishEvent(NotificationEvent.to(qa.getId(), "New complaint " + c.getReference() + " to allocate",
                    "A complaint received " + Formats.date(c.getReceivedOn()) + " (" + c.getChannel().label().toLowerCase()
                            + ") needs allocating to a QA officer by " + Formats.date(days().add(c.getReceivedOn(), Timeline.ALLOCATE)) + ".",
                    "complaints/" + c.getId(), "complaints"));
        }
    }

    @PreAuthorize(ComplaintAccess.REGISTER)
    public Complaint updateDetails(long id, long version, ComplaintDetails d) {
        Complaint c = load(id, version);
        var errors = new ValidationException.Collector();
        var resolved = check(d, errors, true);
        errors.throwIfAny();
        c.record(clean(d), resolved.caseRecord(), resolved.team());
        return complaints.saveAndFlush(c);
    }

    private record Resolved(CaseRecord caseRecord, Team team) {
    }

    private Resolved check(ComplaintDetails d, ValidationException.Collector errors, boolean strict) {
        if (d.receivedOn() == null) {
            errors.add("receivedOn", "Enter the date the complaint was received.");
        } else if (d.receivedOn().isAfter(today())) {
            errors.add("receivedOn", "The received date cannot be in the future.");
        } else if (d.receivedOn().isBefore(today().minusYears(1))) {
            errors.add("receivedOn", "A complaint more than a year old is outside the procedure; check the year.");
        }
        if (d.channel() == null) {
            errors.add("channel", "Choose how the complaint was received.");
        }
        if (d.complainantType() == null) {
            errors.add("complainantType", "Choose who made the complaint.");
        }
        if (blank(d.complainantName())) {
            errors.add("complainantName", "Enter the complainant's name.");
        } else if (d.complainantName().length() > 200) {
            errors.add("complainantName", "Keep the name to 200 characters or fewer.");
        }
        if (d.complainantContact() != null && d.complainantContact().length() > 400) {
            errors.add("complainantContact", "Keep the contact details to 400 characters or fewer.");
        }
        if (blank(d.summary())) {
            errors.add("summary", "Summarise the complaint in the complainant's terms.");
        } else if (d.summary().length() > 8000) {
            errors.add("summary", "Keep the summary to 8,000 characters or fewer.");
        }
        CaseRecord caseRecord = null;
        if (!blank(d.caseReference())) {
            caseRecord = cases.findByReferenceIgnoreCase(d.caseReference().strip()).orElse(null);
            if (caseRecord == null && strict) {
                errors.add("caseReference", "No case has the reference \"" + d.caseReference().strip() + "\". Check it, or leave it empty.");
            }
        }
        Team team = d.teamId() == null ? null : teams.findById(d.teamId()).orElse(null);
        if (team == null && caseRecord != null) {
            team = caseRecord.getTeam();
        }
        if (team == null && strict) {
            errors.add("team", "Choose the team the complaint is about (or enter the case reference).");
        }
        return new Resolved(caseRecord, team);
    }

    private List<Category> checkPoints(List<NewPoint> points, ValidationException.Collector errors) {
        List<Category> out = new ArrayList<>();
        if (points.isEmpty()) {
            errors.add("points", "Add at least one complaint point: what the complainant is unhappy about.");
        }
        for (NewPoint p : points) {
            if (blank(p.description())) {
                errors.add("points", "Describe every complaint point, or remove the empty one.");
            } else if (p.description().length() > 2000) {
                errors.add("points", "Keep each complaint point to 2,000 characters or fewer.");
            }
            out.add(p.categoryId() == null ? null : categories.findById(p.categoryId()).orElse(null));
        }
        return out;
    }

    private static ComplaintDetails clean(ComplaintDetails d) {
        return new ComplaintDetails(d.receivedOn(), d.channel(), d.complainantType(), d.complainantName().strip(),
                blank(d.complainantContact()) ? null : d.complainantContact().strip(), d.caseReference(), d.teamId(), d.summary().strip());
    }

    // ---------------------------------------------------------------- stage 1

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint allocate(long id, long version, Long officerId, LocalDate on) {
        Complaint c = load(id, version);
        var errors = new ValidationException.Collector();
        Person officer = officerId == null ? null : people.findById(officerId).orElse(null);
        if (officer == null || !officer.hasRole(Role.QA_OFFICER)) {
            errors.add("officer", "Choose the QA officer who will investigate.");
        }
        dateCheck(errors, "allocatedOn", on, c.getReceivedOn(), "the complaint was received");
        errors.throwIfAny();
        c.allocate(officer, on);
        events.publishEvent(NotificationEvent.to(officer.getId(), "Complaint " + c.getReference() + " allocated to you",
                "You are investigating complaint " + c.getReference() + " at stage 1. The complainant must be contacted by "
                        + Formats.date(days().add(c.getReceivedOn(), Timeline.CONTACT)) + "; the response is due "
                        + Formats.date(Timeline.responseDue(c, days())) + ".", "complaints/" + c.getId(), "complaints"));
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint recordContact(long id, long version, LocalDate contactedOn, LocalDate meetingOn, boolean complaintsOfficerAttends) {
        Complaint c = load(id, version);
        var errors = new ValidationException.Collector();
        dateCheck(errors, "contactedOn", contactedOn, c.getReceivedOn(), "the complaint was received");
        if (meetingOn != null && contactedOn != null && meetingOn.isBefore(contactedOn)) {
            errors.add("meetingOn", "The meeting cannot be before the complainant was contacted.");
        }
        errors.throwIfAny();
        c.contacted(contactedOn, meetingOn, complaintsOfficerAttends);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint offerAdvocate(long id, long version, LocalDate on, boolean ageAppropriateLetter) {
        Complaint c = load(id, version);
        if (!c.isChild()) {
            throw ValidationException.of("advocateOn", "An advocate is offered when the complainant is a child or young person.");
        }
        var errors = new ValidationException.Collector();
        dateCheck(errors, "advocateOn", on, c.getReceivedOn(), "the complaint was received");
        errors.throwIfAny();
        c.advocateOffered(on, ageAppropriateLetter);
        return complaints.saveAndFlush(c);
    }

    /** Early resolution offered at the initial meeting: agreed (being facilitated), resolved, or declined. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint earlyResolution(long id, long version, EarlyResolution state, LocalDate on, String note) {
        Complaint c = load(id, version);
        requireStage1Open(c);
        var errors = new ValidationException.Collector();
        if (state == null || state == EarlyResolution.NOT_YET) {
            errors.add("earlyResolution", "Say what the complainant decided about early resolution.");
        }
        if (c.getOfficer() == null) {
            errors.add("earlyResolution", "Allocate the complaint to a QA officer first: they lead the initial meeting.");
        }
        dateCheck(errors, "resolutionOn", on, c.getReceivedOn(), "the complaint was received");
        if (state == EarlyResolution.RESOLVED && blank(note)) {
            errors.add("resolutionNote", "Record how it was resolved and what was agreed with the team.");
        }
        if (note != null && note.length() > 2000) {
            errors.add("resolutionNote", "Keep this to 2,000 characters or fewer.");
        }
        errors.throwIfAny();
        c.earlyResolution(state, on, blank(note) ? null : note.strip());
        if (state == EarlyResolution.DECLINED && c.getPointsConfirmedOn() == null) {
            c.confirmPoints(on);
        }
        return complaints.saveAndFlush(c);
    }

    /**
     * Adds a point. At stage 1 a point raised at the initial meeting may restart the clock from
     * that meeting when the complaints manager agrees ({@code restartAgreedBy} names them).
     */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint addPoint(long id, long version, NewPoint point, boolean restartClock, LocalDate restartOn, String restartAgreedBy,
                              String restartReason) {
        Complaint c = load(id, version);
        requireStage1Open(c);
        var errors = new ValidationException.Collector();
        List<Category> cats = checkPoints(List.of(point), errors);
        if (restartClock) {
            dateCheck(errors, "restartOn", restartOn, c.getReceivedOn(), "the complaint was received");
            if (blank(restartAgreedBy)) {
                errors.add("restartAgreedBy", "Name the complaints manager who agreed to restart the timescale.");
            }
            if (blank(restartReason)) {
                errors.add("restartReason", "Say why the timescale restarts, e.g. new points raised at the initial meeting.");
            }
        }
        errors.throwIfAny();
        LocalDate on = restartClock ? restartOn : today();
        c.addPoint(point.description().strip(), cats.getFirst(), on);
        if (restartClock) {
            c.restartClock(restartOn, restartReason.strip(), restartAgreedBy.strip());
        }
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint categorise(long id, long version, Map<Long, Long> categoryByPoint) {
        Complaint c = load(id, version);
        for (ComplaintPoint p : c.getPoints()) {
            if (categoryByPoint.containsKey(p.getId())) {
                Long cat = categoryByPoint.get(p.getId());
                p.setCategory(cat == null ? null : categories.findById(cat).orElse(null));
            }
        }
        return complaints.saveAndFlush(c);
    }

    /** An extension to at most 20 working days, with the complainant's written agreement. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint extend(long id, long version, LocalDate newDue, String reason, LocalDate agreedOn) {
        Complaint c = load(id, version);
        requireStage1Open(c);
        WorkingDays days = days();
        var errors = new ValidationException.Collector();
        LocalDate latest = Timeline.latestExtension(c, days);
        LocalDate current = Timeline.responseDue(c, days);
        if (newDue == null) {
            errors.add("extendedDue", "Enter the new response date agreed with the complainant.");
        } else if (!newDue.isAfter(current)) {
            errors.add("extendedDue", "The new date must be after the current deadline, " + Formats.date(current) + ".");
        } else if (newDue.isAfter(latest)) {
            errors.add("extendedDue", "Stage 1 can be extended to 20 working days at most: no later than " + Formats.date(latest) + ".");
        } else if (!days.isWorkingDay(newDue)) {
            errors.add("extendedDue", "Choose a working day; " + Formats.date(newDue) + " is a weekend or bank holiday.");
        }
        if (blank(reason)) {
            errors.add("extensionReason", "Give the reason for the extension, as explained to the complainant.");
        } else if (reason.length() > 1000) {
            errors.add("extensionReason", "Keep the reason to 1,000 characters or fewer.");
        }
        if (agreedOn == null) {
            errors.add("extensionAgreedOn", "Enter the date of the complainant's written agreement; an extension needs it.");
        } else {
            dateCheck(errors, "extensionAgreedOn", agreedOn, c.getReceivedOn(), "the complaint was received");
        }
        errors.throwIfAny();
        c.extend(newDue, reason.strip(), agreedOn);
        return complaints.saveAndFlush(c);
    }

    /** The officer's draft response is ready: the QA service manager (or a Head of Service) is asked to quality-assure it. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint sendForQualityAssurance(long id, long version) {
        Complaint c = load(id, version);
        requireStage1Open(c);
        if (c.getOfficer() == null) {
            throw ValidationException.of("", "Allocate the complaint before sending a draft response.");
        }
        c.draftForQa(today());
        Person qa = qaManager(people.findByActiveTrueOrderByFullNameAsc());
        if (qa != null) {
            events.publishEvent(NotificationEvent.to(qa.getId(), "Draft response to quality-assure: " + c.getReference(),
                    c.getOfficer().getFullName() + " has drafted the stage 1 response. Quality assurance is due by "
                            + Formats.date(days().add(Timeline.responseDue(c, days()), -Timeline.QA_BEFORE)) + ".",
                    "complaints/" + c.getId(), "complaints"));
        }
        return complaints.saveAndFlush(c);
    }

    /** The QA service manager or a Head of Service signs off the draft; not the investigating officer. */
    @PreAuthorize("hasAnyRole('SERVICE_MANAGER', 'HEAD_OF_SERVICE')")
    public Complaint qualityAssure(long id, long version) {
        Person me = currentUser.require();
        Complaint c = complaints.findById(id).orElseThrow();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        if (!ComplaintAccess.mayQualityAssure(me) || !ComplaintAccess.mayRead(me, c, ComplaintAccess.lineOf(me, everyone), everyone)
                && !me.hasRole(Role.QA_OFFICER)) {
            throw new AccessDeniedException("Only the QA service manager or a Head of Service quality-assures responses");
        }
        checkVersion(c, version);
        requireStage1Open(c);
        if (me.equals(c.getOfficer())) {
            throw ValidationException.of("", "The investigating officer cannot quality-assure their own response.");
        }
        if (c.getDraftForQaOn() == null) {
            throw ValidationException.of("", "There is no draft response waiting for quality assurance.");
        }
        c.qualityAssured(me, today());
        events.publishEvent(NotificationEvent.to(c.getOfficer().getId(), "Response quality-assured: " + c.getReference(),
                me.getFullName() + " has quality-assured your draft response. Send it by " + Formats.date(Timeline.responseDue(c, days())) + ".",
                "complaints/" + c.getId(), "complaints"));
        return complaints.saveAndFlush(c);
    }

    /** The outcome letter is sent: each point has its outcome. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint respond(long id, long version, LocalDate sentOn, Map<Long, Outcome> outcomes, String learning) {
        Complaint c = load(id, version);
        requireStage1Open(c);
        var errors = new ValidationException.Collector();
        if (c.getQaOn() == null) {
            errors.add("", "The draft response has not been quality-assured yet.");
        }
        dateCheck(errors, "sentOn", sentOn, c.getReceivedOn(), "the complaint was received");
        for (ComplaintPoint p : c.getPoints()) {
            Outcome o = outcomes.get(p.getId());
            if (o == null) {
                errors.add("point-" + p.getId(), "Record the outcome of this point.");
            } else if (o == Outcome.RESOLVED_EARLY) {
                errors.add("point-" + p.getId(), "\"Resolved early\" is recorded through early resolution, not in the response.");
            }
        }
        if (learning != null && learning.length() > 2000) {
            errors.add("learning", "Keep this to 2,000 characters or fewer.");
        }
        errors.throwIfAny();
        c.getPoints().forEach(p -> p.setOutcome(outcomes.get(p.getId())));
        c.setLearning(blank(learning) ? null : learning.strip());
        c.responded(sentOn);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint copyOnFile(long id, long version, LocalDate on) {
        Complaint c = load(id, version);
        var errors = new ValidationException.Collector();
        if (c.getResponseSentOn() == null) {
            errors.add("copyOn", "Send the response before placing a copy on the child's file.");
        } else {
            dateCheck(errors, "copyOn", on, c.getResponseSentOn(), "the response was sent");
        }
        errors.throwIfAny();
        c.copyOnFile(on);
        return complaints.saveAndFlush(c);
    }

    // ---------------------------------------------------------------- escalation

    /** The complainant asks for stage 2 (after the stage 1 response) or stage 3 (after stage 2). */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint escalate(long id, long version, int stage, LocalDate requestedOn, String leadName) {
        Complaint c = load(id, version);
        var errors = new ValidationException.Collector();
        LocalDate previousResponse = null;
        if (stage == 2) {
            if (c.isResolvedEarly() || c.getResponseSentOn() == null || c.getStage() != 1) {
                errors.add("requestedOn", "Stage 2 follows a stage 1 response that has been sent.");
            }
            previousResponse = c.getResponseSentOn();
        } else if (stage == 3) {
            Escalation two = c.escalation(2).orElse(null);
            if (two == null || !two.isDone() || c.getStage() != 2) {
                errors.add("requestedOn", "Stage 3 follows a stage 2 response that has been sent.");
            }
            previousResponse = two == null ? null : two.getResponseOn();
        } else {
            errors.add("requestedOn", "Complaints escalate to stage 2 or stage 3.");
        }
        if (previousResponse != null) {
            dateCheck(errors, "requestedOn", requestedOn, previousResponse, "the previous response");
            LocalDate window = Timeline.escalationDeadline(previousResponse, days());
            if (requestedOn != null && requestedOn.isAfter(window)) {
                errors.add("requestedOn", "The request came after " + Formats.date(window)
                        + ", more than 20 working days after the response; it is outside the procedure.");
            }
        }
        if (leadName != null && leadName.length() > 200) {
            errors.add("leadName", "Keep the name to 200 characters or fewer.");
        }
        errors.throwIfAny();
        c.escalate(stage, requestedOn, blank(leadName) ? null : leadName.strip(), currentUser.require());
        return complaints.saveAndFlush(c);
    }

    /** Stage 2 extended beyond 25 working days, to 65 at most. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint extendStage2(long id, long version, LocalDate newDue, String reason) {
        Complaint c = load(id, version);
        Escalation e = c.escalation(2).filter(x -> !x.isDone() && c.getStage() == 2)
                .orElseThrow(() -> ValidationException.of("stage2Due", "There is no stage 2 investigation open."));
        WorkingDays days = days();
        var errors = new ValidationException.Collector();
        LocalDate latest = days.add(e.getRequestedOn(), Timeline.STAGE2_MAX);
        if (newDue == null || !newDue.isAfter(Timeline.stage2Due(e, days))) {
            errors.add("stage2Due", "The new date must be after the current deadline, " + Formats.date(Timeline.stage2Due(e, days)) + ".");
        } else if (newDue.isAfter(latest)) {
            errors.add("stage2Due", "Stage 2 can be extended to 65 working days at most: no later than " + Formats.date(latest) + ".");
        }
        if (blank(reason)) {
            errors.add("stage2Reason", "Give the reason for the extension.");
        }
        errors.throwIfAny();
        e.extend(newDue, reason.strip());
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint panelHeld(long id, long version, LocalDate on) {
        Complaint c = load(id, version);
        Escalation e = openStage(c, 3);
        var errors = new ValidationException.Collector();
        dateCheck(errors, "panelOn", on, e.getRequestedOn(), "stage 3 was requested");
        errors.throwIfAny();
        e.panelHeld(on);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint panelReported(long id, long version, LocalDate on) {
        Complaint c = load(id, version);
        Escalation e = openStage(c, 3);
        var errors = new ValidationException.Collector();
        if (e.getPanelOn() == null) {
            errors.add("panelReportOn", "Record the panel meeting first.");
        } else {
            dateCheck(errors, "panelReportOn", on, e.getPanelOn(), "the panel met");
        }
        errors.throwIfAny();
        e.panelReported(on);
        return complaints.saveAndFlush(c);
    }

    /** The stage 2 response, or the council's response to the stage 3 panel, with its outcome. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint stageResponse(long id, long version, int stage, LocalDate on, Outcome outcome, String note) {
        Complaint c = load(id, version);
        Escalation e = openStage(c, stage);
        var errors = new ValidationException.Collector();
        if (stage == 3 && e.getPanelReportOn() == null) {
            errors.add("stageResponseOn", "Record the panel's report before the council's response.");
        } else {
            dateCheck(errors, "stageResponseOn", on, stage == 3 ? e.getPanelReportOn() : e.getRequestedOn(),
                    stage == 3 ? "the panel reported" : "stage 2 was requested");
        }
        if (outcome == null || outcome == Outcome.RESOLVED_EARLY) {
            errors.add("stageOutcome", "Choose the outcome: upheld, partly upheld, not upheld or withdrawn.");
        }
        if (note != null && note.length() > 2000) {
            errors.add("stageNote", "Keep this to 2,000 characters or fewer.");
        }
        errors.throwIfAny();
        e.respond(on, outcome, blank(note) ? null : note.strip());
        c.closeAt(on);
        return complaints.saveAndFlush(c);
    }

    private static Escalation openStage(Complaint c, int stage) {
        return c.escalation(stage).filter(e -> !e.isDone() && c.getStage() == stage)
                .orElseThrow(() -> ValidationException.of("", "There is no open stage " + stage + " on this complaint."));
    }

    /** A recommendation becomes a tracked action for someone who can read the complaint. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public ActionItem raiseAction(long id, String title, Long ownerId, LocalDate due) {
        Complaint c = complaints.findById(id).orElseThrow();
        if (ownerId == null) {
            throw ValidationException.of("owner", "Choose who owns the action.");
        }
        return actions.raise(new NewAction(title, "Recommendation from complaint " + c.getReference() + " (stage " + c.getStage() + ").",
                ownerId, due, "complaints", "Complaint " + c.getReference() + ", stage " + c.getStage(), "complaints/" + c.getId()));
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

    // ---------------------------------------------------------------- helpers

    private Complaint load(long id, long version) {
        Complaint c = complaints.findById(id).orElseThrow(() -> new IllegalArgumentException("No complaint " + id));
        checkVersion(c, version);
        return c;
    }

    private static void checkVersion(Complaint c, long version) {
        if (c.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Complaint.class, c.getId());
        }
    }

    private static void requireStage1Open(Complaint c) {
        if (c.getStage() != 1 || c.getResponseSentOn() != null || c.isResolvedEarly()) {
            throw ValidationException.of("", "Stage 1 of this complaint is finished.");
        }
    }

    private void dateCheck(ValidationException.Collector errors, String field, LocalDate on, LocalDate notBefore, String what) {
        if (on == null) {
            errors.add(field, "Enter the date.");
        } else if (on.isAfter(today())) {
            errors.add(field, "The date cannot be in the future.");
        } else if (notBefore != null && on.isBefore(notBefore)) {
            errors.add(field, "The date cannot be before " + what + " (" + Formats.date(notBefore) + ").");
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Counts by enum for charts, with every value present. */
    static <E extends Enum<E>> Map<E, Long> zeroes(Class<E> type) {
        Map<E, Long> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0L);
        }
        return m;
    }
}
