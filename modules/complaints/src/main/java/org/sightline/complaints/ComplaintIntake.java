package org.sightline.complaints;

import static org.sightline.complaints.ComplaintSupport.blank;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints coming in: logged by hand from the register, or posted by the council's web form
 * (once only, however often the form sends), and their details corrected later.
 */
@Service
@Transactional
public class ComplaintIntake {

    /** The complaint a web-form post made, and whether this post made it (false: it was sent before). */
    public record Received(Complaint complaint, boolean isNew) {
    }

    private final ComplaintRepository complaints;
    private final CaseRepository cases;
    private final TeamRepository teams;
    private final CurrentUser currentUser;
    private final ComplaintReferences references;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final ComplaintSupport support;

    public ComplaintIntake(ComplaintRepository complaints, CaseRepository cases, TeamRepository teams,
                           CurrentUser currentUser, ComplaintReferences references, Clock clock,
                           ApplicationEventPublisher events, ComplaintSupport support) {
        this.complaints = complaints;
        this.cases = cases;
        this.teams = teams;
        this.currentUser = currentUser;
        this.references = references;
        this.clock = clock;
        this.events = events;
        this.support = support;
    }

    /** The team of the case with this reference, to fill the form as the reference is typed; empty when there is no such case. */
    @Transactional(readOnly = true)
    @PreAuthorize(ComplaintAccess.REGISTER)
    public Optional<Team> teamOfCase(String reference) {
        if (blank(reference)) {
            return Optional.empty();
        }
        return cases.findByReferenceIgnoreCase(reference.strip()).map(CaseRecord::getTeam);
    }

    @PreAuthorize(ComplaintAccess.REGISTER)
    public Complaint register(ComplaintDetails d, List<NewPoint> points) {
        Person me = currentUser.require();
        var errors = new ValidationException.Collector();
        var resolved = check(d, errors, true);
        List<Category> pointCategories = support.checkPoints(points, errors);
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
    Optional<Complaint> received(String digest) {
        return complaints.findByIntakeDigest(digest);
    }

    private void tellQaManager(Complaint c) {
        Person qa = support.qaManager();
        if (qa != null) {
            events.publishEvent(NotificationEvent.to(qa.getId(), "New complaint " + c.getReference() + " to allocate",
                    "A complaint received " + Formats.date(c.getReceivedOn()) + " (" + c.getChannel().label().toLowerCase()
                            + ") needs allocating to a QA officer by " + Formats.date(support.days().add(c.getReceivedOn(), Timeline.ALLOCATE)) + ".",
                    "complaints/" + c.getId(), "complaints"));
        }
    }

    @PreAuthorize(ComplaintAccess.REGISTER)
    public Complaint updateDetails(long id, long version, ComplaintDetails d) {
        Complaint c = support.load(id, version);
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
        } else if (d.receivedOn().isAfter(support.today())) {
            errors.add("receivedOn", "The received date cannot be in the future.");
        } else if (d.receivedOn().isBefore(support.today().minusYears(1))) {
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
        }
        errors.maxLength("complainantName", d.complainantName(), Complaint.NAME_MAX, "the name");
        errors.maxLength("complainantContact", d.complainantContact(), Complaint.CONTACT_MAX, "the contact details");
        if (blank(d.summary())) {
            errors.add("summary", "Summarise the complaint in the complainant's terms.");
        }
        errors.maxLength("summary", d.summary(), Complaint.SUMMARY_MAX, "the summary");
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

    private static ComplaintDetails clean(ComplaintDetails d) {
        return new ComplaintDetails(d.receivedOn(), d.channel(), d.complainantType(), d.complainantName().strip(),
                blank(d.complainantContact()) ? null : d.complainantContact().strip(), d.caseReference(), d.teamId(), d.summary().strip());
    }
}
