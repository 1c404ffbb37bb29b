package org.sightline.observations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sightline.kernel.actions.ActionItem;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.people.LineManagement;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording, sharing and reflecting on observations of practice. Who sees what: a practitioner
 * their own (once shared); a manager the observations they made and those of the people in
 * their line; the QA team, the PSW and senior leaders all; board members none.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class ObservationService {

    private final ObservationRepository observations;
    private final PersonRepository people;
    private final CaseRepository cases;
    private final CurrentUser currentUser;
    private final ActionService actions;
    private final AuditTrail audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public ObservationService(ObservationRepository observations, PersonRepository people, CaseRepository cases,
                              CurrentUser currentUser, ActionService actions, AuditTrail audit,
                              org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.observations = observations;
        this.people = people;
        this.cases = cases;
        this.currentUser = currentUser;
        this.actions = actions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The observations the signed-in person may read, newest first. */
    @Transactional(readOnly = true)
    public List<Observation> visible() {
        Person me = currentUser.require();
        List<Observation> all = observations.newestFirst();
        if (LineManagement.seesWholeService(me)) {
            return all.stream().filter(o -> o.isCarriedOut() || o.getObserver().equals(me)).toList();
        }
        Set<Long> line = LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc());
        return all.stream().filter(o -> ObservationAccess.mayRead(me, o, line)).toList();
    }

    @Transactional(readOnly = true)
    public Observation open(long id) {
        Observation o = observations.findById(id).orElseThrow(() -> new IllegalArgumentException("No observation " + id));
        Person me = currentUser.require();
        if (!ObservationAccess.mayRead(me, o, () -> LineManagement.lineOf(me, people.findByActiveTrueOrderByFullNameAsc()))) {
            throw new AccessDeniedException("You may not read this observation");
        }
        if (o.getCaseRecord() != null) {
            audit.viewedChildDetail("observations", "Observation", id, "Observation of " + o.getObserved().getFullName()
                    + " on case " + o.getCaseRecord().getReference());
        }
        return o;
    }

    /** The people the signed-in observer may record an observation of. */
    @Transactional(readOnly = true)
    @PreAuthorize(ObservationAccess.OBSERVERS)
    public List<Person> observable() {
        Person me = currentUser.require();
        List<Person> everyone = people.findByActiveTrueOrderByFullNameAsc();
        boolean anyone = LineManagement.seesWholeService(me) || me.hasRole(Role.HEAD_OF_SERVICE);
        Set<Long> line = LineManagement.lineOf(me, everyone);
        return everyone.stream().filter(p -> !p.equals(me) && !p.hasRole(Role.BOARD_MEMBER))
                .filter(p -> anyone || line.contains(p.getId())).toList();
    }

    @PreAuthorize(ObservationAccess.OBSERVERS)
    public Observation create(ObservationDraft d) {
        Person me = currentUser.require();
        Observation o = new Observation(me, clock.instant());
        apply(o, d, me);
        return observations.saveAndFlush(o);
    }

    /** Changes a draft; {@code version} is the one the observer loaded. */
    @PreAuthorize(ObservationAccess.OBSERVERS)
    public Observation update(long id, long version, ObservationDraft d) {
        Observation o = editable(id, version);
        apply(o, d, currentUser.require());
        return observations.saveAndFlush(o);
    }

    /** Sends it to the practitioner, who is told and can then reflect. */
    @PreAuthorize(ObservationAccess.OBSERVERS)
    public Observation share(long id, long version, ObservationDraft d) {
        Observation o = editable(id, version);
        apply(o, d, currentUser.require());
        if (blank(o.getStrengths()) && blank(o.getDevelopment())) {
            throw ValidationException.of("strengths", "Record the strengths you saw, or the areas for development, before sharing.");
        }
        o.share(clock.instant());
        events.publishEvent(NotificationEvent.to(o.getObserved().getId(), "Observation of your practice to reflect on",
                o.getObserver().getFullName() + " has shared their observation of your practice on " + Formats.date(o.getObservedOn())
                        + " (" + o.natureLabel().toLowerCase() + "). Read it, add your own reflection and acknowledge it.",
                "observations/" + o.getId(), "observations"));
        return observations.saveAndFlush(o);
    }

    /** The practitioner's reflection closes the observation. */
    public Observation acknowledge(long id, long version, String reflection) {
        Observation o = observations.findById(id).orElseThrow();
        Person me = currentUser.require();
        if (!ObservationAccess.mayAcknowledge(me, o)) {
            throw new AccessDeniedException("Only the practitioner observed can acknowledge an observation");
        }
        checkVersion(o, version);
        if (o.getStatus() != ObservationStatus.SHARED) {
            throw ValidationException.of("reflection", o.getStatus() == ObservationStatus.ACKNOWLEDGED
                    ? "You have already acknowledged this observation." : "This observation has not been shared with you yet.");
        }
        if (blank(reflection)) {
            throw ValidationException.of("reflection", "Add your own reflection: what went well, and what you would do differently.");
        }
        if (reflection.length() > Observation.TEXT_MAX) {
            throw ValidationException.of("reflection", ValidationException.tooLong("your reflection", Observation.TEXT_MAX));
        }
        o.acknowledge(reflection.strip(), clock.instant());
        events.publishEvent(NotificationEvent.to(o.getObserver().getId(), "Observation acknowledged by " + me.getFullName(),
                me.getFullName() + " has added their reflection to your observation of " + Formats.date(o.getObservedOn()) + ".",
                "observations/" + o.getId(), "observations"));
        return observations.saveAndFlush(o);
    }

    /** Records where the observation was picked up in supervision (by the practitioner, observer or line manager). */
    public Observation noteSupervision(long id, String note) {
        Observation o = observations.findById(id).orElseThrow();
        Person me = currentUser.require();
        if (!ObservationAccess.mayNoteSupervision(me, o)) {
            throw new AccessDeniedException("Only the practitioner, the observer or the line manager can add a supervision note");
        }
        if (blank(note)) {
            throw ValidationException.of("supervisionNote", "Say when and how it was discussed in supervision.");
        }
        if (note.length() > Observation.NOTE_MAX) {
            throw ValidationException.of("supervisionNote", ValidationException.tooLong("the note", Observation.NOTE_MAX));
        }
        o.noteSupervision(note.strip());
        return observations.saveAndFlush(o);
    }

    /** Turns an area for development into a tracked action owned by the practitioner. */
    public ActionItem raiseAction(long id, String title, LocalDate due) {
        Observation o = observations.findById(id).orElseThrow();
        Person me = currentUser.require();
        if (!ObservationAccess.mayRaiseAction(me, o)) {
            throw new AccessDeniedException("Only the observer or the line manager can raise actions from an observation");
        }
        return actions.raise(new NewAction(title, o.getDevelopment(), o.getObserved().getId(), due, "observations",
                "Observation of practice, " + Formats.date(o.getObservedOn()), "observations/" + o.getId()));
    }

    /** The QA team picks examples of good practice for the quarterly summary. */
    @PreAuthorize("hasAnyRole('QA_OFFICER', 'PRINCIPAL_SOCIAL_WORKER')")
    public Observation markGoodPractice(long id, boolean good) {
        Observation o = observations.findById(id).orElseThrow();
        if (!o.isCarriedOut()) {
            throw ValidationException.of("", "Only shared observations can be examples of good practice.");
        }
        o.markGoodPractice(good, currentUser.require());
        return observations.saveAndFlush(o);
    }

    /** Observations shared with me that I have not yet reflected on. */
    @Transactional(readOnly = true)
    public List<Observation> awaitingMyReflection() {
        return observations.findByObservedIdAndStatusOrderByObservedOnDesc(currentUser.require().getId(), ObservationStatus.SHARED);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private Observation editable(long id, long version) {
        Observation o = observations.findById(id).orElseThrow();
        if (!ObservationAccess.mayEdit(currentUser.require(), o)) {
            throw new AccessDeniedException("Only the observer can change an observation");
        }
        checkVersion(o, version);
        if (o.getStatus() != ObservationStatus.DRAFT) {
            throw ValidationException.of("", "This observation has been shared and can no longer be changed.");
        }
        return o;
    }

    private static void checkVersion(Observation o, long version) {
        o.checkVersion(version);
    }

    private void apply(Observation o, ObservationDraft d, Person me) {
        var errors = new ValidationException.Collector();
        Person observed = null;
        if (d.observedId() == null) {
            errors.add("observed", "Choose the practitioner you observed.");
        } else if (d.observedId().equals(me.getId())) {
            errors.add("observed", "You cannot observe yourself; choose the practitioner you observed.");
        } else {
            observed = people.findById(d.observedId()).orElse(null);
            Function<Person, Boolean> allowed = p -> observable().stream().anyMatch(x -> x.getId().equals(p.getId()));
            if (observed == null || !allowed.apply(observed)) {
                errors.add("observed", "You can record observations only of people in your line of management.");
            }
        }
        if (d.observedOn() == null) {
            errors.add("observedOn", "Enter the date of the observation.");
        } else if (d.observedOn().isAfter(today())) {
            errors.add("observedOn", "The date cannot be in the future; record an observation once it has happened.");
        } else if (d.observedOn().isBefore(today().minusYears(2))) {
            errors.add("observedOn", "The date is more than two years ago; check the year.");
        }
        CaseRecord caseRecord = null;
        if (!blank(d.caseReference())) {
            caseRecord = cases.findByReferenceIgnoreCase(d.caseReference().strip()).orElse(null);
            if (caseRecord == null) {
                errors.add("caseReference", "No case has the reference \"" + d.caseReference().strip() + "\". Check it, or leave it empty.");
            }
        }
        if (d.nature() == null) {
            errors.add("nature", "Choose the nature of the practice observed.");
        } else if (d.nature() == NatureOfPractice.OTHER && blank(d.natureOther())) {
            errors.add("natureOther", "Say what kind of practice it was.");
        }
        errors.maxLength("natureOther", d.natureOther(), Observation.NATURE_OTHER_MAX, "this");
        for (var field : Map.of("strengths", nz(d.strengths()), "development", nz(d.development()), "reflections", nz(d.reflections()),
                "otherComments", nz(d.otherComments())).entrySet()) {
            errors.maxLength(field.getKey(), field.getValue(), Observation.TEXT_MAX, "this");
        }
        errors.throwIfAny();
        o.record(new ObservationDraft(d.observedId(), d.observedOn(), d.caseReference(), d.levelOfNeed(), d.nature(), d.natureOther(),
                strip(d.strengths()), strip(d.development()), strip(d.reflections()), strip(d.otherComments()),
                d.strengthThemes(), d.developmentThemes()), observed, caseRecord);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
