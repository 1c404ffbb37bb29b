package org.sightline.boardpacks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sightline.boardpacks.Board;
import org.sightline.boardpacks.BoardPackService;
import org.sightline.boardpacks.Meeting;
import org.sightline.boardpacks.PackRenderer;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;

/** Board members' library of published packs; for assemblers, their boards' meetings and packs. */
@Route("board-packs")
@PageTitle("Board packs | Sightline")
@PermitAll
public class BoardPacksView extends Main implements BeforeEnterObserver {

    final Div library = new Div();
    final Div assembling = new Div();
    final Map<Long, DatePicker> meetingDates = new java.util.HashMap<>();
    final Div boardsAdmin = new Div();
    final TextField boardName = new TextField("Board name");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<org.sightline.kernel.people.Person> boardMembers =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Members");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<org.sightline.kernel.people.Role> boardAssemblers =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Roles that assemble its packs");
    final com.vaadin.flow.component.textfield.IntegerField publishDays = new com.vaadin.flow.component.textfield.IntegerField(
            "Pack due this many working days before");
    final Button createBoard = new Button("Add the board");
    final Paragraph message = new Paragraph();
    private final BoardPackService packs;

    public BoardPacksView(BoardPackService packs) {
        this.packs = packs;
        addClassName("page");
        Paragraph purpose = new Paragraph("Published packs for the boards you sit on, the latest meeting first. Each pack is one PDF "
                + "with a contents page, bookmarks and page numbers; a correction is a new edition and both stay here.");
        purpose.addClassName("page-purpose");
        library.setId("board-library");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        add(new H1("Board packs"), purpose, message, library, assembling, boardsAdmin);
        createBoard.addClickListener(e -> {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("name", boardName, "assemblers", boardAssemblers,
                    "publishDaysBefore", publishDays, "members", boardMembers);
            boolean added = FormAction.of("board", fields, message).run(() -> packs.createBoard(boardName.getValue(),
                    publishDays.getValue() == null ? -1 : publishDays.getValue(),
                    boardMembers.getValue().stream().map(org.sightline.kernel.people.Person::getId).collect(java.util.stream.Collectors.toSet()),
                    boardAssemblers.getValue()));
            if (added) {
                FormAction.done("Board added.");
                boardName.clear();
                boardMembers.clear();
                boardAssemblers.clear();
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        library.removeAll();
        assembling.removeAll();
        showLibrary();
        boardsAdmin.removeAll();
        if (packs.mayCreateBoards()) {
            showBoardForm();
        }
        List<Board> mine = packs.assembling();
        if (!mine.isEmpty()) {
            assembling.add(new H2("Assemble packs"));
            mine.forEach(this::showAssembling);
        }
    }

    private void showLibrary() {
        var published = packs.library();
        library.add(new H2("Library"));
        if (published.isEmpty()) {
            Paragraph none = new Paragraph("No packs have been published for your boards yet.");
            none.addClassName("empty-state");
            library.add(none);
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("plain-list");
        for (BoardPackService.Published p : published) {
            Meeting m = p.pack().getMeeting();
            String file = PackRenderer.title(m).replaceAll("[^A-Za-z0-9]+", "-") + "-edition-" + p.pack().getEdition() + ".pdf";
            Span facts = new Span(" — edition " + p.pack().getEdition() + ", " + p.pack().getPageCount() + " pages, published "
                    + Formats.dateTime(p.pack().getPublishedAt()) + (p.onTime() ? " (on time)" : " (late: due by " + Formats.date(p.dueBy()) + ")") + ". ");
            facts.addClassName("secondary");
            long id = p.pack().getId();
            list.add(new ListItem(new RouterLink(m.getBoard().getName() + ", " + Formats.date(m.getMeetsOn()), MeetingView.class,
                    new RouteParameters("meetingId", String.valueOf(m.getId()))), facts,
                    PackLinks.read("Read in the browser", file, () -> packs.pdf(id)), new Span(" · "), PackLinks.download("Download the PDF", file, () -> packs.pdf(id))));
        }
        library.add(list);
    }

    private void showBoardForm() {
        boardMembers.setItems(packs.people());
        boardMembers.setItemLabelGenerator(p -> p.getFullName() + (p.getJobTitle() == null ? "" : " (" + p.getJobTitle() + ")"));
        boardAssemblers.setItems(org.sightline.kernel.people.Role.PRINCIPAL_SOCIAL_WORKER, org.sightline.kernel.people.Role.QA_OFFICER,
                org.sightline.kernel.people.Role.HEAD_OF_SERVICE, org.sightline.kernel.people.Role.ASSISTANT_DIRECTOR,
                org.sightline.kernel.people.Role.DIRECTOR);
        boardAssemblers.setItemLabelGenerator(org.sightline.kernel.people.Role::label);
        publishDays.setMin(0);
        publishDays.setMax(30);
        if (publishDays.getValue() == null) {
            publishDays.setValue(5);
        }
        boardName.setMaxLength(Board.NAME_MAX);
        Div form = new Div(boardName, boardMembers, boardAssemblers, publishDays, createBoard);
        form.addClassName("filters");
        boardsAdmin.add(new H2("Boards"), form);
    }

    /** One board whose packs this user assembles: its meetings, and a form to schedule the next. */
    private void showAssembling(Board b) {
        assembling.add(new H3(b.getName()));
        UnorderedList meetings = new UnorderedList();
        meetings.addClassName("plain-list");
        for (Meeting m : packs.meetings(b)) {
            String state = packs.current(m.getId()).map(p -> p.isPublished() ? "edition " + p.getEdition() + " published"
                    : "edition " + p.getEdition() + " being assembled").orElse("no pack yet");
            Span s = new Span(" — " + state);
            s.addClassName("secondary");
            meetings.add(new ListItem(new RouterLink(Formats.date(m.getMeetsOn()) + ", " + m.getStartsAt() + (m.getVenue() == null ? ""
                    : ", " + m.getVenue()), MeetingView.class, new RouteParameters("meetingId", String.valueOf(m.getId()))), s));
        }
        assembling.add(meetings);
        DatePicker on = new DatePicker("Date");
        on.setLocale(Locale.UK);
        on.setMin(packs.today());
        TimePicker at = new TimePicker("Starts at");
        at.setValue(LocalTime.of(10, 0));
        at.setLocale(Locale.UK);
        TextField venue = new TextField("Venue");
        venue.setMaxLength(Meeting.VENUE_MAX);
        TextArea agenda = new TextArea("Agenda items, one per line");
        agenda.setMaxLength(Meeting.AGENDA_MAX);
        agenda.setWidth("min(30rem, 100%)");
        Button schedule = new Button("Schedule a meeting of " + b.getName());
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, com.vaadin.flow.component.HasValidation> meetingFields = Map.of("meetsOn", on, "startsAt", at, "venue", venue,
                "agenda", agenda);
        schedule.addClickListener(e -> FormAction.of("meeting", meetingFields, message)
                .get(() -> packs.scheduleMeeting(b.getId(), on.getValue(), at.getValue(), venue.getValue(), agenda.getValue()))
                .ifPresent(m -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(m.getId()))))));
        meetingDates.put(b.getId(), on);
        Div form = new Div(on, at, venue, agenda, schedule);
        form.addClassName("filters");
        assembling.add(form);
    }
}
