package org.sightline.complaints;

import static org.sightline.complaints.ComplaintSupport.blank;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.calendar.WorkingDays;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 1 of a complaint, from allocation to the response and the copy on the child's file:
 * contact, advocacy, early resolution, points added and the clock restarted, extensions,
 * quality assurance, and recommendations as tracked actions. Every change names the version the
 * user loaded, so two people working on one complaint never overwrite each other.
 */
@Service
@Transactional
public class Stage1Workflow {

    private final ComplaintRepository complaints;
    private final CategoryRepository categories;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ActionService actions;
    private final ApplicationEventPublisher events;
    private final ComplaintSupport support;

    public Stage1Workflow(ComplaintRepository complaints, CategoryRepository categories, PersonRepository people,
                          CurrentUser currentUser, ActionService actions, ApplicationEventPublisher events,
                          ComplaintSupport support) {
        this.complaints = complaints;
        this.categories = categories;
        this.people = people;
        this.currentUser = currentUser;
        this.actions = actions;
        this.events = events;
        this.support = support;
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint allocate(long id, long version, Long officerId, LocalDate on) {
        Complaint c = support.load(id, version);
        var errors = new ValidationException.Collector();
        Person officer = officerId == null ? null : people.findById(officerId).orElse(null);
        if (officer == null || !officer.hasRole(Role.QA_OFFICER)) {
            errors.add("officer", "Choose the QA officer who will investigate.");
        }
        support.dateCheck(errors, "allocatedOn", on, c.getReceivedOn(), "the complaint was received");
        errors.throwIfAny();
        c.allocate(officer, on);
        events.publishEvent(NotificationEvent.to(officer.getId(), "Complaint " + c.getReference() + " allocated to you",
                "You are investigating complaint " + c.getReference() + " at stage 1. The complainant must be contacted by "
                        + Formats.date(support.days().add(c.getReceivedOn(), Timeline.CONTACT)) + "; the response is due "
                        + Formats.date(Timeline.responseDue(c, support.days())) + ".", "complaints/" + c.getId(), "complaints"));
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint recordContact(long id, long version, LocalDate contactedOn, LocalDate meetingOn, boolean complaintsOfficerAttends) {
        Complaint c = support.load(id, version);
        var errors = new ValidationException.Collector();
        support.dateCheck(errors, "contactedOn", contactedOn, c.getReceivedOn(), "the complaint was received");
        if (meetingOn != null && contactedOn != null && meetingOn.isBefore(contactedOn)) {
            errors.add("meetingOn", "The meeting cannot be before the complainant was contacted.");
        }
        errors.throwIfAny();
        c.getContact().contacted(contactedOn, meetingOn, complaintsOfficerAttends);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint offerAdvocate(long id, long version, LocalDate on, boolean ageAppropriateLetter) {
        Complaint c = support.load(id, version);
        if (!c.isChild()) {
            throw ValidationException.of("advocateOn", "An advocate is offered when the complainant is a child or young person.");
        }
        var errors = new ValidationException.Collector();
        support.dateCheck(errors, "advocateOn", on, c.getReceivedOn(), "the complaint was received");
        errors.throwIfAny();
        c.getContact().advocateOffered(on, ageAppropriateLetter);
        return complaints.saveAndFlush(c);
    }

    /** Early resolution offered at the initial meeting: agreed (being facilitated), resolved, or declined. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint earlyResolution(long id, long version, EarlyResolution state, LocalDate on, String note) {
        Complaint c = support.load(id, version);
        c.requireStage1Open();
        var errors = new ValidationException.Collector();
        if (state == null || state == EarlyResolution.NOT_YET) {
            errors.add("earlyResolution", "Say what the complainant decided about early resolution.");
        }
        if (c.getOfficer() == null) {
            errors.add("earlyResolution", "Allocate the complaint to a QA officer first: they lead the initial meeting.");
        }
        support.dateCheck(errors, "resolutionOn", on, c.getReceivedOn(), "the complaint was received");
        if (state == EarlyResolution.RESOLVED && blank(note)) {
            errors.add("resolutionNote", "Record how it was resolved and what was agreed with the team.");
        }
        errors.maxLength("resolutionNote", note, Complaint.NOTE_MAX, "this");
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
        Complaint c = support.load(id, version);
        c.requireStage1Open();
        var errors = new ValidationException.Collector();
        List<Category> cats = support.checkPoints(List.of(point), errors);
        if (restartClock) {
            support.dateCheck(errors, "restartOn", restartOn, c.getReceivedOn(), "the complaint was received");
            if (blank(restartAgreedBy)) {
                errors.add("restartAgreedBy", "Name the complaints manager who agreed to restart the timescale.");
            }
            if (blank(restartReason)) {
                errors.add("restartReason", "Say why the timescale restarts, e.g. new points raised at the initial meeting.");
            }
            errors.maxLength("restartReason", restartReason, Complaint.REASON_MAX, "the reason");
        }
        errors.throwIfAny();
        LocalDate on = restartClock ? restartOn : support.today();
        c.addPoint(point.description().strip(), cats.getFirst(), on);
        if (restartClock) {
            c.restartClock(restartOn, restartReason.strip(), restartAgreedBy.strip());
        }
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint categorise(long id, long version, Map<Long, Long> categoryByPoint) {
        Complaint c = support.load(id, version);
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
        Complaint c = support.load(id, version);
        c.requireStage1Open();
        WorkingDays days = support.days();
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
        }
        errors.maxLength("extensionReason", reason, Complaint.REASON_MAX, "the reason");
        if (agreedOn == null) {
            errors.add("extensionAgreedOn", "Enter the date of the complainant's written agreement; an extension needs it.");
        } else {
            support.dateCheck(errors, "extensionAgreedOn", agreedOn, c.getReceivedOn(), "the complaint was received");
        }
        errors.throwIfAny();
        c.getResponse().extend(newDue, reason.strip(), agreedOn);
        return complaints.saveAndFlush(c);
    }

    /** The officer's draft response is ready: the QA service manager (or a Head of Service) is asked to quality-assure it. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint sendForQualityAssurance(long id, long version) {
        Complaint c = support.load(id, version);
        c.requireStage1Open();
        if (c.getOfficer() == null) {
            throw ValidationException.of("", "Allocate the complaint before sending a draft response.");
        }
        c.getResponse().draftForQa(support.today());
        Person qa = support.qaManager();
        if (qa != null) {
            events.publishEvent(NotificationEvent.to(qa.getId(), "Draft response to quality-assure: " + c.getReference(),
                    c.getOfficer().getFullName() + " has drafted the stage 1 response. Quality assurance is due by "
                            + Formats.date(support.days().add(Timeline.responseDue(c, support.days()), -Timeline.QA_BEFORE)) + ".",
                    "complaints/" + c.getId(), "complaints"));
        }
        return complaints.saveAndFlush(c);
    }

    /** The QA service manager or a Head of Service signs off the draft; not the investigating officer. */
    @PreAuthorize("hasAnyRole('SERVICE_MANAGER', 'HEAD_OF_SERVICE')")
    public Complaint qualityAssure(long id, long version) {
        Person me = currentUser.require();
        Complaint c = complaints.findById(id).orElseThrow();
        if (!ComplaintAccess.mayQualityAssure(me) || !ComplaintAccess.mayRead(me, c, people::findByActiveTrueOrderByFullNameAsc)
                && !me.hasRole(Role.QA_OFFICER)) {
            throw new AccessDeniedException("Only the QA service manager or a Head of Service quality-assures responses");
        }
        c.checkVersion(version);
        c.requireStage1Open();
        if (me.equals(c.getOfficer())) {
            throw ValidationException.of("", "The investigating officer cannot quality-assure their own response.");
        }
        if (c.getResponse().getDraftForQaOn() == null) {
            throw ValidationException.of("", "There is no draft response waiting for quality assurance.");
        }
        c.getResponse().qualityAssured(me, support.today());
        events.publishEvent(NotificationEvent.to(c.getOfficer().getId(), "Response quality-assured: " + c.getReference(),
                me.getFullName() + " has quality-assured your draft response. Send it by " + Formats.date(Timeline.responseDue(c, support.days())) + ".",
                "complaints/" + c.getId(), "complaints"));
        return complaints.saveAndFlush(c);
    }

    /** The outcome letter is sent: each point has its outcome. */
    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint respond(long id, long version, LocalDate sentOn, Map<Long, Outcome> outcomes, String learning) {
        Complaint c = support.load(id, version);
        c.requireStage1Open();
        var errors = new ValidationException.Collector();
        if (c.getResponse().getQaOn() == null) {
            errors.add("", "The draft response has not been quality-assured yet.");
        }
        support.dateCheck(errors, "sentOn", sentOn, c.getReceivedOn(), "the complaint was received");
        for (ComplaintPoint p : c.getPoints()) {
            Outcome o = outcomes.get(p.getId());
            if (o == null) {
                errors.add("point-" + p.getId(), "Record the outcome of this point.");
            } else if (o == Outcome.RESOLVED_EARLY) {
                errors.add("point-" + p.getId(), "\"Resolved early\" is recorded through early resolution, not in the response.");
            }
        }
        errors.maxLength("learning", learning, Complaint.NOTE_MAX, "this");
        errors.throwIfAny();
        c.getPoints().forEach(p -> p.setOutcome(outcomes.get(p.getId())));
        c.getResponse().setLearning(blank(learning) ? null : learning.strip());
        c.responded(sentOn);
        return complaints.saveAndFlush(c);
    }

    @PreAuthorize(ComplaintAccess.WORKFLOW)
    public Complaint copyOnFile(long id, long version, LocalDate on) {
        Complaint c = support.load(id, version);
        var errors = new ValidationException.Collector();
        if (c.getResponse().getResponseSentOn() == null) {
            errors.add("copyOn", "Send the response before placing a copy on the child's file.");
        } else {
            support.dateCheck(errors, "copyOn", on, c.getResponse().getResponseSentOn(), "the response was sent");
        }
        errors.throwIfAny();
        c.getResponse().copyOnFile(on);
        return complaints.saveAndFlush(c);
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
}
