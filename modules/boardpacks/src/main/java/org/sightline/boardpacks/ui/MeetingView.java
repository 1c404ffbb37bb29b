package org.sightline.boardpacks.ui;

import org.sightline.kernel.support.ui.FormAction;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sightline.kernel.support.ui.Confirm;
import org.sightline.kernel.support.ui.AccessibleName;
import org.sightline.boardpacks.BoardPackService;
import org.sightline.boardpacks.Meeting;
import org.sightline.boardpacks.Pack;
import org.sightline.boardpacks.PackRenderer;
import org.sightline.boardpacks.PackSection;
import org.sightline.boardpacks.SectionDraft;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.support.ui.LimitedUpload;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.QuarterSelect;
import org.sightline.kernel.support.ui.RecordRoute;

/**
 * One meeting: its agenda and its pack. Assemblers add sections (a module's report for a period,
 * or an uploaded paper), reorder them, preview the pack and publish it; members read the editions.
 */
@Route("board-packs/meetings/:meetingId([0-9]+)")
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final TextField sectionTitle = new TextField("Agenda item");
    final TextField presenter = new TextField("Presented by");
    final TextArea coverNote = new TextArea("Cover note: what the board is asked to do, and the key issues");
    final ComboBox<PdfExporter> report = new ComboBox<>("Report");
    final QuarterSelect period;
    final Button addSection = new Button("Add the report");
    final Upload upload = new Upload();
    final Button addUpload = new Button("Add the uploaded paper");
    final Paragraph uploaded = new Paragraph();
    final Button publish = new Button("Publish to the board");
    final TextArea correctionNote = new TextArea("What this edition corrects");
    final Button correct = new Button("Make a correction");
    final Paragraph message = new Paragraph();
    private final BoardPackService packs;
    Meeting meeting;
    Pack pack;
    String uploadName;
    byte[] uploadBytes;
    private String title = "Board meeting | Sightline";

    public MeetingView(BoardPackService packs, Clock clock) {
        this.packs = packs;
        addClassName("page");
        period = new QuarterSelect(LocalDate.now(clock), 6, 1);
        period.setLabel("Period (quarter)");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        // The refusal sits beside the upload, where the eye is; the page's alert line stays for the rest.
        uploaded.getElement().setAttribute("aria-live", "polite");
        LimitedUpload.install(upload, BoardPackService.MAX_UPLOAD_BYTES, this::received, refusal -> {
            uploadName = null;
            uploadBytes = null;
            uploaded.addClassName("error-text");
            uploaded.setText(refusal);
        });
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        addSection.addClickListener(e -> act(() -> packs.addSection(pack.getId(), pack.getVersion(), draft(true)), "Section added.",
                Map.of("sectionTitle", sectionTitle, "presenter", presenter, "coverNote", coverNote, "report", report)));
        addUpload.addClickListener(e -> act(() -> packs.addUpload(pack.getId(), pack.getVersion(), draft(false), uploadName, uploadBytes),
                "Paper added.", Map.of("sectionTitle", sectionTitle, "presenter", presenter, "coverNote", coverNote)));
        publish.addClickListener(e -> {
            int members = packs.memberCount(meeting.getId());
            Confirm.ask("Publish the pack to the " + members + (members == 1 ? " member" : " members") + " of " + meeting.getBoard().getName() + "?",
                    "Each member is told and can read it in their board library. A published edition cannot be changed; a correction "
                            + "is a new edition.", "Publish", () -> act(() -> packs.publish(pack.getId(), pack.getVersion()),
                            "Published; the members are told.", Map.of("correctionNote", correctionNote)));
        });
        correct.addClickListener(e -> act(() -> packs.correct(meeting.getId(), correctionNote.getValue()), "A new edition is ready to correct.",
                Map.of("correctionNote", correctionNote)));
    }

    void received(String fileName, byte[] bytes) {
        uploaded.removeClassName("error-text");
        uploadName = fileName;
        uploadBytes = bytes;
        uploaded.setText("Ready to add: " + fileName + " (" + Math.max(1, bytes.length / 1024) + " KB).");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        meeting = RecordRoute.load(event, () -> packs.meeting(Long.parseLong(event.getRouteParameters().get("meetingId").orElse("0"))))
                .orElse(null);
        if (meeting != null) {
            title = meeting.getBoard().getName() + ", " + Formats.date(meeting.getMeetsOn()) + " | Sightline";
            show();
        }
    }

    private SectionDraft draft(boolean withReport) {
        return new SectionDraft(sectionTitle.getValue(), presenter.getValue(), coverNote.getValue(),
                withReport && report.getValue() != null ? report.getValue().id() : null,
                withReport && period.getValue() != null ? period.getValue().from() : null,
                withReport && period.getValue() != null ? period.getValue().to() : null);
    }

    private void show() {
        removeAll();
        message.setText("");
        Meeting m = meeting;
        boolean assembler = packs.mayAssemble(m);
        pack = packs.current(m.getId()).orElse(null);
        add(new RouterLink("← Board packs", BoardPacksView.class), new H1(m.getBoard().getName() + ", " + Formats.date(m.getMeetsOn())), message);
        add(Facts.of(Facts.fact("When", Formats.date(m.getMeetsOn()) + " at " + m.getStartsAt()),
                Facts.fact("Where", m.getVenue() == null ? "To be confirmed" : m.getVenue()),
                Facts.fact("Pack due out by", Formats.date(packs.dueBy(m)) + " (" + m.getBoard().getPublishDaysBefore()
                        + " working days before)")));
        if (!m.agendaItems().isEmpty()) {
            add(new H2("Agenda"));
            OrderedList agenda = new OrderedList();
            m.agendaItems().forEach(i -> agenda.add(new ListItem(i)));
            add(agenda);
        }
        add(new H2("Editions"), editions(m, assembler));
        if (!assembler) {
            return;
        }
        if (pack == null) {
            Button start = new Button("Start assembling the pack", e -> act(() -> packs.draft(m.getId()), "Ready to assemble.", Map.of()));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Div(start));
            return;
        }
        if (pack.isPublished()) {
            correctionNote.setMaxLength(Pack.CORRECTION_NOTE_MAX);
            correctionNote.setWidth("min(40rem, 100%)");
            add(new H2("Correct the pack"), correctionNote, new Div(correct));
            return;
        }
        add(new H2("Assemble edition " + pack.getEdition()));
        if (pack.getEdition() > 1) {
            add(new Paragraph("Correcting: " + (pack.getCorrectionNote() == null ? "" : pack.getCorrectionNote())));
        }
        if (pack.getSections().isEmpty()) {
            add(new Paragraph("No sections yet."));
        } else {
            add(sections());
        }
        addSectionForm();
    }

    /** The published editions, and for those who assemble it, the one being assembled. */
    private UnorderedList editions(Meeting m, boolean assembler) {
        UnorderedList editions = new UnorderedList();
        editions.addClassName("plain-list");
        for (Pack p : packs.editions(m.getId())) {
            if (!p.isPublished()) {
                if (assembler) {
                    editions.add(new ListItem("Edition " + p.getEdition() + ": being assembled."));
                }
                continue;
            }
            var info = packs.published(p);
            String file = PackRenderer.title(m).replaceAll("[^A-Za-z0-9]+", "-") + "-edition-" + p.getEdition() + ".pdf";
            Span facts = new Span("Edition " + p.getEdition() + ", " + p.getPageCount() + " pages, published " + Formats.dateTime(p.getPublishedAt())
                    + (info.onTime() ? ", on time" : ", late (due by " + Formats.date(info.dueBy()) + ")")
                    + (p.getCorrectionNote() == null ? "" : "; corrects: " + p.getCorrectionNote()) + ". SHA-256 " + p.getSha256().substring(0, 16) + "… ");
            long id = p.getId();
            editions.add(new ListItem(facts, PackLinks.read("Read in the browser", file, () -> packs.pdf(id)), new Span(" · "),
                    PackLinks.download("Download the PDF", file, () -> packs.pdf(id))));
        }
        if (editions.getChildren().findAny().isEmpty()) {
            editions.add(new ListItem("None published yet."));
        }
        return editions;
    }

    /** The pack's sections in order, each with buttons to move or remove it. */
    private OrderedList sections() {
        OrderedList sections = new OrderedList();
        sections.setId("pack-sections");
        for (PackSection s : pack.getSections()) {
            Span what = new Span(s.getTitle() + " — " + (s.isUpload() ? "uploaded paper \"" + s.getUploadName() + "\", "
                    + s.getUploadPages() + (s.getUploadPages() == 1 ? " page" : " pages") : reportTitle(s) + ", " + Formats.date(s.getPeriodFrom()) + " to " + Formats.date(s.getPeriodTo()))
                    + (s.getPresenter() == null ? "" : "; presented by " + s.getPresenter()) + " ");
            Button up = new Button("Up", e -> act(() -> packs.move(pack.getId(), pack.getVersion(), s.getId(), -1), "Moved.", Map.of()));
            Button down = new Button("Down", e -> act(() -> packs.move(pack.getId(), pack.getVersion(), s.getId(), 1), "Moved.", Map.of()));
            Button remove = new Button("Remove", e -> act(() -> packs.remove(pack.getId(), pack.getVersion(), s.getId()), "Removed.", Map.of()));
            for (Button b : List.of(up, down, remove)) {
                b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            }
            AccessibleName.withContext(up, s.getTitle());
            AccessibleName.withContext(down, s.getTitle());
            AccessibleName.withContext(remove, s.getTitle());
            up.setEnabled(s != pack.getSections().getFirst());
            down.setEnabled(s != pack.getSections().getLast());
            sections.add(new ListItem(what, up, down, remove));
        }
        return sections;
    }

    private void addSectionForm() {
        sectionTitle.setMaxLength(PackSection.TITLE_MAX);
        sectionTitle.setWidth("min(30rem, 100%)");
        presenter.setMaxLength(PackSection.PRESENTER_MAX);
        coverNote.setMaxLength(PackSection.COVER_NOTE_MAX);
        coverNote.setWidth("min(40rem, 100%)");
        coverNote.setHelperText("A line per paragraph.");
        report.setItems(packs.reports());
        report.setItemLabelGenerator(PdfExporter::title);
        report.setWidth("min(30rem, 100%)");
        Div item = new Div(sectionTitle, presenter);
        item.addClassName("filters");
        add(new H3("Add a section"), item, coverNote);
        Div fromReport = new Div(report, period, addSection);
        fromReport.addClassName("filters");
        addSection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(fromReport);
        Paragraph or = new Paragraph("Or a paper as a PDF (up to 15 MB; no JavaScript or attachments), kept as supplied:");
        or.addClassName("secondary");
        Div fromUpload = new Div(upload, addUpload);
        fromUpload.addClassName("filters");
        add(or, fromUpload, uploaded);
        long packId = pack.getId();
        Div actions = new Div(PackLinks.read("Preview the pack", "preview.pdf", () -> packs.preview(packId).pdf()), publish);
        actions.addClassName("form-actions");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(actions);
    }

    private String reportTitle(PackSection s) {
        return packs.reports().stream().filter(r -> r.id().equals(s.getExporterId())).map(PdfExporter::title).findFirst()
                .orElse(s.getExporterId());
    }

    private void act(Supplier<Pack> step, String done, Map<String, HasValidation> fields) {
        // An error no field owns (the upload, the period) goes to the message line.
        if (FormAction.of("pack", fields, message).get(step).isPresent()) {
            FormAction.done(done);
            if (done.startsWith("Section") || done.startsWith("Paper")) {
                sectionTitle.clear();
                presenter.clear();
                coverNote.clear();
                uploadBytes = null;
                uploadName = null;
                uploaded.setText("");
            }
            show();
        }
    }
}
