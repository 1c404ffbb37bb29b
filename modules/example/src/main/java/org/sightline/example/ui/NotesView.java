package org.sightline.example.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.example.NoteQueries;
import org.sightline.example.NoteWriting;
import org.sightline.kernel.people.RoleGroup;
import org.sightline.kernel.support.Formats;

/** A thin view: it reads through one service, writes through another, and is built from sections. */
@Route("example")
@PageTitle("Team notes | Sightline")
@RolesAllowed(RoleGroup.PRACTICE_STAFF_)
public class NotesView extends Main {

    final NoteForm form;
    final UnorderedList list = new UnorderedList();
    private final NoteQueries queries;

    public NotesView(NoteQueries queries, NoteWriting writing) {
        this.queries = queries;
        addClassName("page");
        form = new NoteForm(writing, this::refresh);
        add(new H1("Team notes"), form, new H2("My team's notes"), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        // Text is set as text, never as HTML: what was typed is shown exactly, and escaped.
        queries.myTeam().forEach(n -> list.add(new ListItem(n.getTitle() + " — " + n.getAuthor().getFullName() + ", "
                + Formats.dateTime(n.getWrittenAt()) + (n.getText() == null ? "" : ": " + n.getText()))));
    }
}
