package org.sightline.boardpacks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.boardpacks.BoardPackService;
import org.sightline.boardpacks.BoardRepository;
import org.sightline.boardpacks.Meeting;
import org.sightline.boardpacks.MeetingRepository;
import org.sightline.boardpacks.Pack;
import org.sightline.boardpacks.SectionDraft;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Assembling, reordering, publishing and correcting a pack; its page numbers and bookmarks; uploads; the library. */
class BoardPackTest extends AbstractKaribuTest {

    static final ReportPeriod Q3 = new ReportPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

    @Autowired
    BoardPackService packs;
    @Autowired
    MeetingRepository meetings;
    @Autowired
    BoardRepository boards;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;

    private org.springframework.transaction.support.TransactionTemplate tx() {
        return ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class);
    }

    /** The demo publishes the next meeting's pack; these tests assemble the last meeting's. */
    private Meeting nextQpiMeeting() {
        return meetings.findAll().stream().filter(m -> m.getBoard().getName().startsWith("Quality, Performance"))
                .filter(m -> m.getMeetsOn().isBefore(LocalDate.of(2026, 11, 20))).findFirst().orElseThrow();
    }

    private static SectionDraft report(String title, String exporter) {
        return new SectionDraft(title, "Principal Social Worker", "The board is asked to note the findings.\nKey issue: timeliness.",
                exporter, Q3.from(), Q3.to());
    }

    @Test
    void assembleReorderPublishCorrectAndReadInTheLibrary() throws Exception {
        signIn("psw");
        Meeting m = nextQpiMeeting();
        Pack p = packs.draft(m.getId());
        assertThatThrownBy(() -> packs.addSection(p.getId(), p.getVersion(), new SectionDraft(" ", null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsKeys("sectionTitle", "report", "period"));
        Pack one = packs.addSection(p.getId(), p.getVersion(), report("Complaints and compliments", "complaints-report"));
        Pack two = packs.addSection(one.getId(), one.getVersion(), report("Quarterly audit report", "audits-quarterly-report"));
        Pack three = packs.addSection(two.getId(), two.getVersion(), report("Actions", "actions-report"));
        // The audit report goes first.
        Pack moved = packs.move(three.getId(), three.getVersion(), three.getSections().get(1).getId(), -1);
        assertThat(moved.getSections()).extracting(s -> s.getTitle()).containsExactly("Quarterly audit report", "Complaints and compliments", "Actions");
        Pack removed = packs.remove(moved.getId(), moved.getVersion(), moved.getSections().get(2).getId());
        assertThat(removed.getSections()).hasSize(2);
        // On the page, the first section cannot move up nor the last down; the header names the meeting.
        navigate("board-packs/meetings/" + m.getId());
        var order = _get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("pack-sections"));
        List<com.vaadin.flow.component.button.Button> moves = order.getChildren()
                .flatMap(li -> li.getChildren()).filter(c -> c instanceof com.vaadin.flow.component.button.Button)
                .map(c -> (com.vaadin.flow.component.button.Button) c).filter(b -> !b.getText().equals("Remove")).toList();
        assertThat(moves).extracting(b -> b.getText() + ":" + b.isEnabled()).containsExactly("Up:false", "Down:true", "Up:true", "Down:false");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("view-title")).getText())
                .isEqualTo(m.getBoard().getName() + ", " + org.sightline.kernel.support.Formats.date(m.getMeetsOn()));

        int before = notices.findByRecipientIdOrderByCreatedAtDescIdDesc(people.findByEmailIgnoreCase("board@sightline-council.example")
                .orElseThrow().getId(), PageRequest.of(0, 50)).getContent().size();
        Pack published = packs.publish(removed.getId(), removed.getVersion());
        assertThat(published.isPublished()).isTrue();
        assertThat(published.getSha256()).hasSize(64);
        byte[] pdf = packs.pdf(published.getId());
        assertThat(published.getSha256()).isEqualTo(sha256(pdf));
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/board-pack.pdf"), pdf);
        // Numbered as on the agenda; the agenda's item with no paper is listed as verbal; the item not on the agenda follows.
        checkContentsAndBookmarks(pdf, List.of("1. Quarterly audit report", "3. Complaints and compliments"));
        String contents = contentsPage(pdf);
        assertThat(contents).contains("2. Learning bulletin (verbal, no paper)");
        assertThat(notices.findByRecipientIdOrderByCreatedAtDescIdDesc(people.findByEmailIgnoreCase("board@sightline-council.example")
                .orElseThrow().getId(), PageRequest.of(0, 50)).getContent()).hasSize(before + 1);

        // Published means frozen; a correction is a new edition, and the library shows both, the latest first.
        assertThatThrownBy(() -> packs.addSection(published.getId(), published.getVersion(), report("More", "actions-report")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> packs.correct(m.getId(), " ")).isInstanceOf(ValidationException.class);
        // A note longer than its column is refused beside the field, not cut or failed in the database.
        assertThatThrownBy(() -> packs.correct(m.getId(), "N".repeat(Pack.CORRECTION_NOTE_MAX + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("correctionNote", "Keep the note to 1,000 characters or fewer."));
        Pack second = packs.correct(m.getId(), "The complaints report now covers the whole quarter.");
        assertThat(second.getEdition()).isEqualTo(2);
        assertThat(second.getSections()).hasSize(2);
        Pack secondPublished = packs.publish(second.getId(), second.getVersion());

        signIn("board");
        var library = packs.library();
        assertThat(library).extracting(x -> x.pack().getId()).containsSubsequence(secondPublished.getId(), published.getId());
        // The demo's pack for the next meeting went out on time; this one, for a past meeting, did not.
        assertThat(library.getFirst().onTime()).isTrue();
        assertThat(library).filteredOn(x -> x.pack().getId().equals(published.getId())).allMatch(x -> !x.onTime());
        assertThat(packs.pdf(published.getId())).isEqualTo(pdf);
        navigate("board-packs");
        assertThat(_get(BoardPacksView.class).library.getElement().getTextRecursively()).contains("edition 2", "edition 1");
        // Board members read; they do not assemble.
        assertThatThrownBy(() -> packs.draft(m.getId())).isInstanceOf(AccessDeniedException.class);

        // Someone on neither board cannot read the pack.
        signIn("practitioner");
        assertThatThrownBy(() -> packs.pdf(published.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(packs.library()).isEmpty();
    }

    @Test
    void aPackSectionTakesInWhatWasReportedAfterTheQuarterUpToTheMeeting() throws Exception {
        // The demo's evaluation of work with fathers was reported on 20 May 2026, after January to
        // March; a pack for a later meeting that covers that quarter still carries it.
        signIn("psw");
        ReportPeriod q4 = new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        var board = meetings.findAll().stream().filter(x -> x.getBoard().getName().startsWith("Children's Scrutiny")).findFirst().orElseThrow().getBoard();
        Meeting m = packs.scheduleMeeting(board.getId(), LocalDate.of(2027, 1, 14), java.time.LocalTime.of(18, 0), "Council Chamber", "Thematic evaluation findings");
        Pack p = packs.draft(m.getId());
        Pack withSection = packs.addSection(p.getId(), p.getVersion(), new SectionDraft("Thematic evaluation findings", "Principal Social Worker",
                "The board is asked to agree the recommendations.", "thematic-reports", q4.from(), q4.to()));
        Pack published = packs.publish(withSection.getId(), withSection.getVersion());
        String text = new PDFTextStripper().getText(Loader.loadPDF(packs.pdf(published.getId())));
        assertThat(text).doesNotContain("No thematic evaluation");
        assertThat(text).contains("Reported on 20 May 2026, after the period ended.");

        // Before that day, the section says plainly there was none in the period or since.
        var exports = ctx.getBean(org.sightline.kernel.pdf.ExportService.class);
        String before = new PDFTextStripper().getText(Loader.loadPDF(ctx.getBean(org.sightline.kernel.pdf.PdfKit.class)
                .render(exports.build("thematic-reports", q4, LocalDate.of(2026, 5, 1)))));
        assertThat(before).contains("No thematic evaluation was reported in this period or since, up to 1 May 2026.");

        // A monthly briefing is not offered for a pack item, which covers a quarter, and is refused if asked for.
        assertThat(packs.reports()).extracting(r -> r.id()).contains("thematic-reports").doesNotContain("audits-monthly-briefing");
        Pack second = packs.correct(m.getId(), "Adds the briefing.");
        assertThatThrownBy(() -> packs.addSection(second.getId(), second.getVersion(), report("Briefing", "audits-monthly-briefing")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("report")).contains("covers one month"));
    }

    @Test
    void theCoverNamesTheCouncilBoardMeetingAndAgendaAndThePackHoldsFiguresNotNames() throws Exception {
        signIn("psw");
        var board = meetings.findAll().stream().filter(x -> x.getBoard().getName().startsWith("Quality, Performance")).findFirst().orElseThrow().getBoard();
        Meeting m = packs.scheduleMeeting(board.getId(), LocalDate.of(2027, 1, 26), java.time.LocalTime.of(10, 0), "Civic Centre",
                "Apologies and minutes\nQuarterly audit report\nAny other business");
        Pack p = packs.draft(m.getId());
        Pack one = packs.addSection(p.getId(), p.getVersion(), new SectionDraft("Quarterly audit report", "Head of Quality Assurance",
                "The board is asked to note the grades.", "audits-quarterly-report", Q3.from(), Q3.to()));
        Pack published = packs.publish(one.getId(), one.getVersion());
        byte[] pdf = packs.pdf(published.getId());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            String cover = text.getText(doc);
            assertThat(cover).contains("Wyndmere Borough Council", board.getName(), "26 Jan 2027 at 10:00, Civic Centre", "Agenda",
                    "Apologies and minutes (verbal, no paper)", "Quarterly audit report, presented by Head of Quality Assurance",
                    "Any other business (verbal, no paper)");
            // The marking once at each edge: the cover's own line at the top, the running footer at the bottom.
            assertThat(cover.split("OFFICIAL", -1)).hasSize(3);
            String contents = contentsPage(pdf);
            assertThat(contents).contains("1. Apologies and minutes (verbal, no paper)", "3. Any other business (verbal, no paper)")
                    .containsPattern("2\\. Quarterly audit report[^\\n]*?\u2014\\s*page \\d+");
            String all = new PDFTextStripper().getText(doc);
            // Figures and findings for the board, not how each named auditor was moderated.
            assertThat(all).doesNotContain("How moderation moved each auditor").contains("Moderators looked at");
        }
        // The title keeps its date on one line.
        assertThat(org.sightline.boardpacks.PackRenderer.title(m)).endsWith("26\u00A0Jan\u00A02027");
    }

    @Test
    void uploadsAreCheckedAndKeptAsSuppliedWithPageNumbersRunningOn() throws Exception {
        signIn("qa");
        Meeting m = meetings.findAll().stream().filter(x -> x.getBoard().getName().startsWith("Children's Scrutiny")).findFirst().orElseThrow();
        Pack p = packs.draft(m.getId());
        SectionDraft paper = new SectionDraft("Partner agency update", "Designated Nurse", "For information.", null, null, null);
        assertThatThrownBy(() -> packs.addUpload(p.getId(), p.getVersion(), paper, "notes.docx", "PK\u0003\u0004 not a pdf".getBytes()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("upload"))
                        .isEqualTo("\"notes.docx\" is not a PDF. Save the paper as PDF and upload that."));
        byte[] huge = new byte[16 * 1024 * 1024];
        System.arraycopy("%PDF-".getBytes(), 0, huge, 0, 5);
        assertThatThrownBy(() -> packs.addUpload(p.getId(), p.getVersion(), paper, "big.pdf", huge))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("upload"))
                        .isEqualTo("\"big.pdf\" is 16 MB; papers can be up to 15 MB."));
        assertThatThrownBy(() -> packs.addUpload(p.getId(), p.getVersion(), paper, "script.pdf", pdf(2, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("upload"))
                        .startsWith("\"script.pdf\" contains JavaScript"));

        Pack withReport = packs.addSection(p.getId(), p.getVersion(), report("Actions", "actions-report"));
        Pack withPaper = packs.addUpload(withReport.getId(), withReport.getVersion(), paper, "partner-update.pdf", pdf(3, false));
        Pack last = packs.addSection(withPaper.getId(), withPaper.getVersion(), report("Observations", "observations-summary"));
        // The meeting page still opens with a paper in the pack, names it, and publishes from there.
        navigate("board-packs/meetings/" + m.getId());
        MeetingView meetingPage = _get(MeetingView.class);
        assertThat(_get(com.vaadin.flow.component.html.OrderedList.class, spec -> spec.withId("pack-sections")).getElement().getTextRecursively())
                .contains("uploaded paper \"partner-update.pdf\", 3 pages");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(meetingPage.publish);
        Integer members = tx().execute(s -> boards.findById(m.getBoard().getId()).orElseThrow().getMembers().size());
        assertThat(confirmation().question()).isEqualTo("Publish the pack to the " + members + " members of Children's Scrutiny Committee?");
        confirmation().cancel();
        assertThat(packs.current(m.getId()).orElseThrow().isPublished()).isFalse();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(meetingPage.publish);
        confirm();
        assertThat(meetingPage.message.getText()).isEmpty();
        Pack published = packs.current(m.getId()).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThat(published.getId()).isEqualTo(last.getId());
        byte[] pdf = packs.pdf(published.getId());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/board-pack-with-upload.pdf"), pdf);
        checkContentsAndBookmarks(pdf, List.of("3. Actions", "4. Partner agency update (paper as supplied)", "5. Observations"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            int total = doc.getNumberOfPages();
            int found = 0;
            for (int i = 1; i <= total; i++) {
                text.setStartPage(i);
                text.setEndPage(i);
                String page = text.getText(doc);
                assertThat(page).doesNotContain("SIGHTLINE-UPLOAD-PLACEHOLDER");
                if (page.contains("Supplied paper page")) {
                    found++;
                    // The supplied pages carry the pack's running footer, numbered in sequence with the rest.
                    assertThat(page).contains("Page " + i + " of " + total);
                    assertThat(doc.getPage(i - 1).getAnnotations()).isEmpty();
                }
            }
            assertThat(found).isEqualTo(3);
        }
    }

    @Test
    void thePswAddsABoardWithMembersAndAssemblers() {
        signIn("psw");
        navigate("board-packs");
        BoardPacksView view = _get(BoardPacksView.class);
        com.github.mvysny.kaributesting.v10.ButtonKt._click(view.createBoard);
        assertThat(view.boardName.getErrorMessage()).isEqualTo("Name the board.");
        assertThat(view.boardAssemblers.getErrorMessage()).isEqualTo("Choose the roles that assemble this board's packs.");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(view.boardName, "Improvement Board");
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(view.boardAssemblers, java.util.Set.of(
                org.sightline.kernel.people.Role.PRINCIPAL_SOCIAL_WORKER));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(view.boardMembers, java.util.Set.of(
                people.findByEmailIgnoreCase("board@sightline-council.example").orElseThrow()));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(view.createBoard);
        var created = boards.findAll().stream().filter(b -> b.getName().equals("Improvement Board")).findFirst().orElseThrow();
        assertThat(created.getMembers()).extracting(p -> p.getEmail()).containsExactly("board@sightline-council.example");
        assertThat(created.getPublishDaysBefore()).isEqualTo(5);
        // A QA officer assembles packs but does not add boards.
        signIn("qa");
        assertThatThrownBy(() -> packs.createBoard("Another", 5, java.util.Set.of(), java.util.Set.of(org.sightline.kernel.people.Role.QA_OFFICER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String contentsPage(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            return text.getText(doc);
        }
    }

    /** The contents page's numbers are the pages where each section begins, and so are the bookmarks. */
    private static void checkContentsAndBookmarks(byte[] pdf, List<String> titles) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper text = new PDFTextStripper();
            // The agenda on the cover is the contents.
            text.setStartPage(1);
            text.setEndPage(1);
            String contents = text.getText(doc);
            assertThat(contents).contains("Agenda");
            List<Integer> listed = new ArrayList<>();
            for (String t : titles) {
                Matcher matcher = Pattern.compile(Pattern.quote(t) + "[^\\n]*?\\u2014\\s*page\\s+(\\d+)").matcher(contents);
                assertThat(matcher.find()).as("contents line for " + t + " in:\n" + contents).isTrue();
                listed.add(Integer.parseInt(matcher.group(1)));
            }
            for (int i = 0; i < titles.size(); i++) {
                int page = listed.get(i);
                text.setStartPage(page);
                text.setEndPage(page);
                String onPage = text.getText(doc);
                assertThat(onPage).as("page " + page).contains(titles.get(i).replace(" (paper as supplied)", ""))
                        .contains("Page " + page + " of " + doc.getNumberOfPages());
            }
            List<String> bookmarked = new ArrayList<>();
            List<Integer> bookmarkPages = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarked.add(item.getTitle());
                PDPageDestination dest = (PDPageDestination) item.getDestination();
                PDPage target = dest.getPage() != null ? dest.getPage() : doc.getPage(dest.getPageNumber());
                bookmarkPages.add(doc.getPages().indexOf(target) + 1);
            }
            for (int i = 0; i < titles.size(); i++) {
                String title = titles.get(i).replace(" (paper as supplied)", "");
                int at = bookmarked.indexOf(title);
                assertThat(at).as("bookmark " + title + " in " + bookmarked).isNotNegative();
                assertThat(bookmarkPages.get(at)).isEqualTo(listed.get(i));
            }
        }
    }

    private static byte[] pdf(int pages, boolean javascript) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                    cs.newLineAtOffset(72, 700);
                    cs.showText("Supplied paper page " + i);
                    cs.endText();
                }
                // A web link, which the pack leaves out: it takes only what the page shows.
                var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
                link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(72, 690, 200, 20));
                var uri = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
                uri.setURI("https://www.example.org/partners");
                link.setAction(uri);
                page.getAnnotations().add(link);
            }
            if (javascript) {
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] b) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(b));
    }
}
