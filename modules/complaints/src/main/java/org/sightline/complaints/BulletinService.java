package org.sightline.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sightline.kernel.learning.UpcomingLearning;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quarterly learning bulletin: the PSW drafts and publishes; everyone reads what is published. */
@Service
@Transactional
public class BulletinService {

    static final String EDITOR = "hasRole('PRINCIPAL_SOCIAL_WORKER')";
    private static final DateTimeFormatter SESSION_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final BulletinRepository bulletins;
    private final ComplimentRepository compliments;
    private final ComplaintRepository complaints;
    private final CategoryRepository categories;
    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ObjectProvider<UpcomingLearning> learning;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BulletinService(BulletinRepository bulletins, ComplimentRepository compliments, ComplaintRepository complaints,
                           CategoryRepository categories, PersonRepository people, CurrentUser currentUser,
                           ObjectProvider<UpcomingLearning> learning, ApplicationEventPublisher events, Clock clock) {
        this.bulletins = bulletins;
        this.compliments = compliments;
        this.complaints = complaints;
        this.categories = categories;
        this.people = people;
        this.currentUser = currentUser;
        this.learning = learning;
        this.events = events;
        this.clock = clock;
    }

    /** Published editions, the latest period first and, within a period, the latest edition first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Bulletin> published() {
        return bulletins.published();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Bulletin> latest() {
        return bulletins.published().stream().findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EDITOR)
    public List<Bulletin> drafts() {
        return bulletins.newestFirst().stream().filter(b -> !b.isPublished()).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Bulletin open(long id) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new IllegalArgumentException("No bulletin " + id));
        if (!b.isPublished() && !currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER)) {
            throw new AccessDeniedException("This bulletin has not been published");
        }
        return b;
    }

    /** The published edition that corrects this one, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<Bulletin> correctedBy(Bulletin b) {
        return bulletins.published().stream().filter(x -> x.getCorrects() != null && x.getCorrects().getId().equals(b.getId())).findFirst();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public boolean mayEdit() {
        return currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
    }

    /** A new draft for the quarter, or the draft already started for it; a quarter has one bulletin (and its corrections). */
    @PreAuthorize(EDITOR)
    public Bulletin create(ReportPeriod period) {
        if (period == null) {
            throw ValidationException.of("period", "Choose the quarter the bulletin covers.");
        }
        for (Bulletin existing : bulletins.newestFirst()) {
            if (existing.getPeriodFrom().equals(period.from()) && existing.getPeriodTo().equals(period.to())) {
                if (!existing.isPublished()) {
                    return existing;
                }
                throw ValidationException.of("period", "A bulletin for this quarter is already published. Open it and make a correction "
                        + "if something needs changing.");
            }
        }
        Bulletin b = new Bulletin(period.from(), period.to(), "Learning from complaints and compliments, " + period.quarterName(), clock.instant());
        return bulletins.saveAndFlush(b);
    }

    @PreAuthorize(EDITOR)
    public Bulletin update(long id, long version, BulletinDraft d) {
        Bulletin b = draft(id, version);
        var errors = new ValidationException.Collector();
        if (d.title() == null || d.title().isBlank()) {
            errors.add("title", "Give the bulletin a title.");
        }
        errors.maxLength("title", d.title(), Bulletin.TITLE_MAX, "the title");
        for (var f : java.util.Map.of("introduction", nz(d.introduction()), "goodPractice", nz(d.goodPractice()), "resources",
                nz(d.resources()), "reflection", nz(d.reflection())).entrySet()) {
            errors.maxLength(f.getKey(), f.getValue(), Bulletin.SECTION_MAX, "this section");
        }
        errors.maxLength("correctionNote", d.correctionNote(), Bulletin.CORRECTION_MAX, "the note");
        List<Bulletin.LearningItem> items = new ArrayList<>();
        for (BulletinDraft.Learning l : d.learning()) {
            String text = Markup.clean(l.text());
            if (text == null || text.isBlank()) {
                continue;
            }
            errors.maxLength("learning", text, Bulletin.LEARNING_MAX, "each learning point");
            String cited = categories.findAllById(l.categoryIds() == null ? List.of() : l.categoryIds()).stream()
                    .filter(c -> c.getKind() == CategoryKind.COMPLAINT).map(Category::getName).sorted().collect(Collectors.joining("; "));
            items.add(new Bulletin.LearningItem(text, cited.isEmpty() ? null : cited));
        }
        List<Bulletin.Quote> quotes = new ArrayList<>();
        for (Long cid : new java.util.LinkedHashSet<>(d.quoteIds())) {
            Compliment c = compliments.findById(cid).orElse(null);
            if (c == null || !c.isConsentToShare()) {
                errors.add("quotes", "Only compliments with consent to share can be quoted.");
            } else if (c.getReceivedOn().isBefore(b.getPeriodFrom()) || c.getReceivedOn().isAfter(b.getPeriodTo())) {
                errors.add("quotes", "Quote compliments received in the bulletin's quarter.");
            } else {
                quotes.add(b.getQuotes().stream().filter(q -> q.complimentId().equals(cid)).findFirst()
                        .orElse(new Bulletin.Quote(cid, c.getWords(), c.attribution())));
            }
        }
        errors.throwIfAny();
        b.edit(new BulletinDraft(d.title().strip(), Markup.clean(d.introduction()), Markup.clean(d.goodPractice()), d.learning(),
                d.quoteIds(), Markup.clean(d.resources()), Markup.clean(d.reflection()), Markup.clean(d.correctionNote())), items, quotes);
        return bulletins.saveAndFlush(b);
    }

    /** How many people a published bulletin goes to: everyone active in children's services, board members aside. */
    @PreAuthorize(EDITOR)
    @Transactional(readOnly = true)
    public int audienceSize() {
        return audience().size();
    }

    private List<Long> audience() {
        return people.findByActiveTrueOrderByFullNameAsc().stream().filter(p -> !p.hasRole(Role.BOARD_MEMBER))
                .map(Person::getId).toList();
    }

    /** Publishing fixes the compliments count and the training list as they are now, and tells all staff. */
    @PreAuthorize(EDITOR)
    public Bulletin publish(long id, long version) {
        Bulletin b = draft(id, version);
        var errors = new ValidationException.Collector();
        if (nz(b.getGoodPractice()).isBlank()) {
            errors.add("goodPractice", "Add the good practice identified this quarter before publishing.");
        }
        if (b.getLearning().isEmpty()) {
            errors.add("learning", "Add at least one learning point from complaints before publishing.");
        }
        if (nz(b.getReflection()).isBlank()) {
            errors.add("reflection", "Add a closing reflection before publishing.");
        }
        if (b.getCorrects() != null && nz(b.getCorrectionNote()).isBlank()) {
            errors.add("correctionNote", "Say what this edition corrects, so readers of the earlier one know.");
        }
        errors.throwIfAny();
        Person me = currentUser.require();
        b.publish(me, clock.instant(), (int) compliments.countByReceivedOnBetween(b.getPeriodFrom(), b.getPeriodTo()),
                sessionLines(upcomingSessions()));
        Bulletin saved = bulletins.saveAndFlush(b);
        List<Long> staff = audience();
        events.publishEvent(new NotificationEvent(staff, (b.getCorrects() != null ? "Corrected: " : "New bulletin: ") + b.getTitle(),
                b.getCorrects() != null ? "A corrected edition of the learning bulletin is published. " + nz(b.getCorrectionNote())
                        : "The Principal Social Worker has published the quarterly learning bulletin: good practice, what we are "
                        + "learning from complaints, compliments and training coming up.", "bulletins/" + saved.getId(), "complaints", true, null));
        return saved;
    }

    /** Starts (or returns the open) correction of a published bulletin: a new draft edition. */
    @PreAuthorize(EDITOR)
    public Bulletin correct(long id) {
        Bulletin b = bulletins.findById(id).orElseThrow();
        if (!b.isPublished()) {
            throw ValidationException.of("", "Only a published bulletin is corrected; a draft can simply be edited.");
        }
        Optional<Bulletin> open = bulletins.newestFirst().stream()
                .filter(x -> x.getCorrects() != null && x.getCorrects().getId().equals(id)).findFirst();
        if (open.isPresent()) {
            if (open.get().isPublished()) {
                throw ValidationException.of("", "This edition has already been corrected; correct the latest edition instead.");
            }
            return open.get();
        }
        return bulletins.saveAndFlush(b.correction(clock.instant()));
    }

    @PreAuthorize(EDITOR)
    public void deleteDraft(long id, long version) {
        bulletins.delete(draft(id, version));
    }

    /** Compliments received in the bulletin's quarter: live for a draft, as published for a published edition. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public int complimentsCount(Bulletin b) {
        return b.getComplimentsCount() != null ? b.getComplimentsCount()
                : (int) compliments.countByReceivedOnBetween(b.getPeriodFrom(), b.getPeriodTo());
    }

    /** Workshop sessions with places in the next three months, when the workshops module is present. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<UpcomingLearning.Session> upcomingSessions() {
        UpcomingLearning source = learning.getIfAvailable();
        if (source == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return source.between(today, today.plusMonths(3)).stream().filter(s -> s.placesLeft() > 0).limit(12).toList();
    }

    /** The training list for a bulletin: the published snapshot, or today's sessions for a draft. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<String> sessions(Bulletin b) {
        if (b.isPublished()) {
            return b.getSessionsSnapshot() == null || b.getSessionsSnapshot().isBlank() ? List.of()
                    : List.of(b.getSessionsSnapshot().split("\n"));
        }
        String lines = sessionLines(upcomingSessions());
        return lines.isEmpty() ? List.of() : List.of(lines.split("\n"));
    }

    /** Learning the investigating officers recorded on complaints answered in the quarter: prompts for the editor. */
    @Transactional(readOnly = true)
    @PreAuthorize(EDITOR)
    public List<String> learningRecorded(Bulletin b) {
        return complaints.findAll().stream()
                .filter(c -> c.getResponse().getLearning() != null && c.getResponse().getResponseSentOn() != null
                        && !c.getResponse().getResponseSentOn().isBefore(b.getPeriodFrom())
                        && !c.getResponse().getResponseSentOn().isAfter(b.getPeriodTo()))
                .map(c -> c.getResponse().getLearning() + " (" + c.getPoints().stream().map(p -> p.getCategory() == null ? null : p.getCategory().getName())
                        .filter(java.util.Objects::nonNull).distinct().collect(Collectors.joining(", ")) + ")")
                .toList();
    }

    /** Category ids a learning item cites, from the names stored on it. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public java.util.Set<Long> citedIds(Bulletin.LearningItem item) {
        if (item.categories() == null) {
            return java.util.Set.of();
        }
        var names = new HashSet<>(List.of(item.categories().split("; ")));
        return categories.findByKindOrderByNameAsc(CategoryKind.COMPLAINT).stream().filter(c -> names.contains(c.getName()))
                .map(Category::getId).collect(Collectors.toSet());
    }

    private static String sessionLines(List<UpcomingLearning.Session> sessions) {
        return sessions.stream().map(s -> s.title() + " \u2014 " + s.startsAt().format(SESSION_DAY) + "\u2013" + s.endsAt().format(TIME)
                + (s.venue() == null || s.venue().isBlank() ? "" : ", " + s.venue())
                + " (" + (s.placesLeft() == 1 ? "1 place" : s.placesLeft() + " places") + " left)").collect(Collectors.joining("\n"));
    }

    private Bulletin draft(long id, long version) {
        Bulletin b = bulletins.findById(id).orElseThrow(() -> new IllegalArgumentException("No bulletin " + id));
        b.checkVersion(version);
        if (b.isPublished()) {
            throw ValidationException.of("", "A published bulletin never changes. Make a correction: it becomes a new edition.");
        }
        return b;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
