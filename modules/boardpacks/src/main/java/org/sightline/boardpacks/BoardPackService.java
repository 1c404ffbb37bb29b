package org.sightline.boardpacks;

import org.sightline.kernel.support.Hashes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.notifications.NotificationEvent;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Boards, meetings and their packs. Assemblers (the roles a board names: the PSW, QA officers,
 * Heads of Service) build a pack section by section, preview it and publish it; publishing
 * freezes the PDF with its SHA-256. Members read the published packs of their boards.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BoardPackService {

    /** The largest paper an assembler may upload. */
    public static final int MAX_UPLOAD_BYTES = UploadCheck.MAX_BYTES;

    /** A published pack for the library, with whether it went out in time. */
    public record Published(Pack pack, boolean onTime, LocalDate dueBy) {
    }

    private final BoardRepository boards;
    private final MeetingRepository meetings;
    private final PackRepository packs;
    private final StoredFileRepository files;
    private final PersonRepository people;
    private final PackRenderer renderer;
    private final ExportService exports;
    private final CurrentUser currentUser;
    private final WorkingDayCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SectionCheck sections;

    public BoardPackService(BoardRepository boards, MeetingRepository meetings, PackRepository packs, StoredFileRepository files,
                            PersonRepository people, PackRenderer renderer, ExportService exports, CurrentUser currentUser,
                            WorkingDayCalendar calendar, ApplicationEventPublisher events, Clock clock) {
        this.boards = boards;
        this.meetings = meetings;
        this.packs = packs;
        this.files = files;
        this.people = people;
        this.renderer = renderer;
        this.exports = exports;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.sections = new SectionCheck(exports);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---------------------------------------------------------------- boards and meetings

    /** Boards I assemble packs for. */
    @Transactional(readOnly = true)
    public List<Board> assembling() {
        Person me = currentUser.require();
        return boards.findByActiveTrueOrderByNameAsc().stream().filter(b -> b.mayAssemble(me)).toList();
    }

    /** Boards I sit on. */
    @Transactional(readOnly = true)
    public List<Board> membership() {
        Person me = currentUser.require();
        return boards.findByActiveTrueOrderByNameAsc().stream().filter(b -> b.getMembers().contains(me)).toList();
    }

    /** A coming meeting of a board I sit on, and its pack if one is published. */
    public record Upcoming(Meeting meeting, Optional<Pack> pack, LocalDate dueBy) {
    }

    /** The coming meetings of the boards I sit on, soonest first. */
    @Transactional(readOnly = true)
    public List<Upcoming> upcomingForMe() {
        LocalDate today = today();
        return membership().stream().flatMap(b -> meetings.findByBoardIdOrderByMeetsOnDesc(b.getId()).stream())
                .filter(m -> !m.getMeetsOn().isBefore(today))
                .sorted(java.util.Comparator.comparing(Meeting::getMeetsOn))
                .map(m -> new Upcoming(m, packs.findByMeetingIdOrderByEditionDesc(m.getId()).stream().filter(Pack::isPublished).findFirst(),
                        dueBy(m)))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Meeting> meetings(Board b) {
        return meetings.findByBoardIdOrderByMeetsOnDesc(b.getId());
    }

    @Transactional(readOnly = true)
    public boolean mayCreateBoards() {
        return currentUser.hasRole(Role.ADMINISTRATOR) || currentUser.hasRole(Role.PRINCIPAL_SOCIAL_WORKER);
    }

    /** Everyone who can sit on a board: staff and board members. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PRINCIPAL_SOCIAL_WORKER')")
    public List<Person> people() {
        return people.findByActiveTrueOrderByFullNameAsc();
    }

    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'PRINCIPAL_SOCIAL_WORKER')")
    public Board createBoard(String name, int publishDaysBefore, Set<Long> memberIds, Set<Role> assemblers) {
        var errors = new ValidationException.Collector();
        if (name == null || name.isBlank()) {
            errors.add("name", "Name the board.");
        } else if (name.length() > Board.NAME_MAX) {
            errors.add("name", ValidationException.tooLong("the name", Board.NAME_MAX));
        } else if (boards.findAll().stream().anyMatch(b -> b.getName().equalsIgnoreCase(name.strip()))) {
            errors.add("name", "There is already a board of that name.");
        }
        if (publishDaysBefore < 0 || publishDaysBefore > 30) {
            errors.add("publishDaysBefore", "Choose between 0 and 30 working days.");
        }
        if (assemblers == null || assemblers.isEmpty()) {
            errors.add("assemblers", "Choose the roles that assemble this board's packs.");
        }
        errors.throwIfAny();
        return boards.saveAndFlush(new Board(name.strip(), publishDaysBefore, Set.copyOf(people.findAllById(memberIds)), assemblers));
    }

    public Meeting scheduleMeeting(long boardId, LocalDate on, LocalTime at, String venue, String agenda) {
        Board b = boards.findById(boardId).orElseThrow();
        requireAssembler(b);
        var errors = new ValidationException.Collector();
        if (on == null) {
            errors.add("meetsOn", "Enter the date of the meeting.");
        }
        if (at == null) {
            errors.add("startsAt", "Enter the time the meeting starts.");
        }
        errors.maxLength("venue", venue, Meeting.VENUE_MAX, "the venue");
        errors.maxLength("agenda", agenda, Meeting.AGENDA_MAX, "the agenda");
        errors.throwIfAny();
        return meetings.saveAndFlush(new Meeting(b, on, at, venue == null || venue.isBlank() ? null : venue.strip(), Markup.clean(agenda)));
    }

    @Transactional(readOnly = true)
    public Meeting meeting(long id) {
        Meeting m = meetings.findById(id).orElseThrow(() -> new IllegalArgumentException("No meeting " + id));
        Person me = currentUser.require();
        if (!m.getBoard().mayAssemble(me) && !m.getBoard().getMembers().contains(me)) {
            throw new AccessDeniedException("You are not on this board");
        }
        return m;
    }

    /** How many members a published pack for the meeting goes to. */
    @Transactional(readOnly = true)
    public int memberCount(long meetingId) {
        return meeting(meetingId).getBoard().getMembers().size();
    }

    @Transactional(readOnly = true)
    public boolean mayAssemble(Meeting m) {
        return m.getBoard().mayAssemble(currentUser.require());
    }

    // ---------------------------------------------------------------- assembling

    /** The pack being assembled for the meeting, started if there is none. */
    public Pack draft(long meetingId) {
        Meeting m = meetings.lockById(meetingId).orElseThrow();
        requireAssembler(m.getBoard());
        List<Pack> all = packs.findByMeetingIdOrderByEditionDesc(meetingId);
        if (!all.isEmpty() && !all.getFirst().isPublished()) {
            return all.getFirst();
        }
        if (!all.isEmpty()) {
            throw ValidationException.of("", "The pack is published. Make a correction to change it: it becomes a new edition.");
        }
        return packs.saveAndFlush(new Pack(m, 1));
    }

    @Transactional(readOnly = true)
    public Optional<Pack> current(long meetingId) {
        return packs.findByMeetingIdOrderByEditionDesc(meetingId).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Pack> editions(long meetingId) {
        return packs.findByMeetingIdOrderByEditionDesc(meetingId);
    }

    /**
     * The reports an assembler can put in a pack: every exporter present that they may export and
     * that covers a quarter, as a pack section does (a monthly briefing is for managers, by month).
     */
    @Transactional(readOnly = true)
    public List<PdfExporter> reports() {
        return exports.available().stream().filter(e -> e.span() == PdfExporter.Span.QUARTER).toList();
    }

    public Pack addSection(long packId, long version, SectionDraft d) {
        Pack p = editable(packId, version);
        var errors = new ValidationException.Collector();
        sections.check(d, errors, true);
        errors.throwIfAny();
        p.add(SectionCheck.clean(d));
        return packs.saveAndFlush(p);
    }

    /** An agenda item whose content is an uploaded PDF, kept as supplied. */
    public Pack addUpload(long packId, long version, SectionDraft d, String fileName, byte[] content) {
        Pack p = editable(packId, version);
        var errors = new ValidationException.Collector();
        sections.check(d, errors, false);
        errors.throwIfAny();
        String name = fileName == null || fileName.isBlank() ? "paper.pdf" : fileName.strip();
        int pages = UploadCheck.pages(name, content);
        StoredFile file = files.saveAndFlush(new StoredFile(name.length() > StoredFile.NAME_MAX ? name.substring(0, StoredFile.NAME_MAX) : name, content));
        p.add(SectionCheck.clean(new SectionDraft(d.title(), d.presenter(), d.coverNote(), null, null, null))).attach(file, pages);
        return packs.saveAndFlush(p);
    }

    public Pack move(long packId, long version, long sectionId, int by) {
        Pack p = editable(packId, version);
        p.getSections().stream().filter(s -> s.getId() == sectionId).findFirst().ifPresent(s -> p.move(s, by));
        return packs.saveAndFlush(p);
    }

    public Pack remove(long packId, long version, long sectionId) {
        Pack p = editable(packId, version);
        p.getSections().stream().filter(s -> s.getId() == sectionId).findFirst().ifPresent(p::remove);
        return packs.saveAndFlush(p);
    }

    /** The pack as it would be published, laid out now. Nothing is stored. */
    public PackRenderer.Rendered preview(long packId) {
        Pack p = packs.findById(packId).orElseThrow();
        requireAssembler(p.getMeeting().getBoard());
        return renderer.render(p, uploads(p));
    }

    /** Renders once, stores the PDF and its SHA-256, freezes the edition, and tells the members. */
    public Pack publish(long packId, long version) {
        Pack p = editable(packId, version);
        if (p.getSections().isEmpty()) {
            throw ValidationException.of("", "Add at least one section before publishing.");
        }
        if (p.getEdition() > 1 && (p.getCorrectionNote() == null || p.getCorrectionNote().isBlank())) {
            throw ValidationException.of("correctionNote", "Say what this edition corrects, so members know what changed.");
        }
        PackRenderer.Rendered r = renderer.render(p, uploads(p));
        StoredFile file = files.saveAndFlush(new StoredFile(PackRenderer.title(p.getMeeting()) + ".pdf", r.pdf()));
        p.publish(currentUser.require(), clock.instant(), file, Hashes.sha256Hex(r.pdf()), r.pages());
        Pack saved = packs.saveAndFlush(p);
        Meeting m = p.getMeeting();
        events.publishEvent(NotificationEvent.to(m.getBoard().getMembers().stream().map(Person::getId).toList(),
                (p.getEdition() > 1 ? "Corrected pack: " : "Pack published: ") + m.getBoard().getName() + ", " + Formats.date(m.getMeetsOn()),
                "The papers for the meeting on " + Formats.date(m.getMeetsOn()) + " are in your board library ("
                        + r.pages() + " pages)." + (p.getEdition() > 1 ? " This edition corrects the last: " + p.getCorrectionNote() : ""),
                "board-packs/meetings/" + m.getId(), "boardpacks"));
        return saved;
    }

    /** A new draft edition carrying the published sections, to correct them. */
    public Pack correct(long meetingId, String note) {
        Meeting m = meetings.lockById(meetingId).orElseThrow();
        requireAssembler(m.getBoard());
        List<Pack> all = packs.findByMeetingIdOrderByEditionDesc(meetingId);
        if (all.isEmpty() || !all.getFirst().isPublished()) {
            throw ValidationException.of("", "There is no published pack to correct.");
        }
        if (note == null || note.isBlank()) {
            throw ValidationException.of("correctionNote", "Say what this edition corrects, so members know what changed.");
        }
        new ValidationException.Collector().maxLength("correctionNote", note, Pack.CORRECTION_NOTE_MAX, "the note").throwIfAny();
        Pack latest = all.getFirst();
        return packs.saveAndFlush(latest.correction(latest.getEdition() + 1, Markup.clean(note)));
    }

    public Pack noteCorrection(long packId, long version, String note) {
        Pack p = editable(packId, version);
        new ValidationException.Collector().maxLength("correctionNote", note, Pack.CORRECTION_NOTE_MAX, "the note").throwIfAny();
        p.setCorrectionNote(Markup.clean(note));
        return packs.saveAndFlush(p);
    }

    // ---------------------------------------------------------------- reading

    /** The published packs of the boards I sit on (or assemble for), the latest meeting and edition first. */
    @Transactional(readOnly = true)
    public List<Published> library() {
        Person me = currentUser.require();
        return packs.findAll().stream().filter(Pack::isPublished)
                .filter(p -> p.getMeeting().getBoard().getMembers().contains(me) || p.getMeeting().getBoard().mayAssemble(me))
                .sorted(java.util.Comparator.comparing((Pack p) -> p.getMeeting().getMeetsOn()).reversed()
                        .thenComparing(Pack::getEdition, java.util.Comparator.reverseOrder()))
                .map(this::published).toList();
    }

    /** The last day the pack can go out and still be on time. */
    @Transactional(readOnly = true)
    public LocalDate dueBy(Meeting m) {
        return calendar.days().add(m.getMeetsOn(), -m.getBoard().getPublishDaysBefore());
    }

    public Published published(Pack p) {
        LocalDate dueBy = dueBy(p.getMeeting());
        LocalDate on = LocalDate.ofInstant(p.getPublishedAt(), Formats.UK);
        return new Published(p, !on.isAfter(dueBy), dueBy);
    }

    /** The stored PDF of a published pack, for a member of its board or an assembler. */
    @Transactional(readOnly = true)
    public byte[] pdf(long packId) {
        Pack p = packs.findById(packId).orElseThrow(() -> new IllegalArgumentException("No pack " + packId));
        Person me = currentUser.require();
        Board b = p.getMeeting().getBoard();
        if (!p.isPublished() || !b.getMembers().contains(me) && !b.mayAssemble(me)) {
            throw new AccessDeniedException("This pack is not in your library");
        }
        return files.findById(p.fileId()).orElseThrow().getContent();
    }

    private Map<Long, byte[]> uploads(Pack p) {
        Map<Long, byte[]> out = new HashMap<>();
        for (PackSection s : p.getSections()) {
            if (s.isUpload()) {
                out.put(s.getId(), files.findById(s.getUpload().getId()).orElseThrow().getContent());
            }
        }
        return out;
    }

    private Pack editable(long packId, long version) {
        Pack p = packs.findById(packId).orElseThrow(() -> new IllegalArgumentException("No pack " + packId));
        requireAssembler(p.getMeeting().getBoard());
        p.checkVersion(version);
        if (p.isPublished()) {
            throw ValidationException.of("", "A published pack never changes. Make a correction: it becomes a new edition.");
        }
        return p;
    }

    private void requireAssembler(Board b) {
        if (!b.mayAssemble(currentUser.require())) {
            throw new AccessDeniedException("You do not assemble this board's packs");
        }
    }
}
