package org.sightline.boardpacks.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.sightline.boardpacks.BoardPackService;
import org.sightline.boardpacks.Meeting;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;

/** For a board member: the latest pack to read, and the next meeting with whether its pack is out yet. */
public class MyBoardPanel implements HomePanel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final BoardPackService packs;

    public MyBoardPanel(BoardPackService packs) {
        this.packs = packs;
    }

    @Override
    public String id() {
        return "boardpacks.mine";
    }

    @Override
    public String title() {
        return "My board";
    }

    @Override
    public Set<Role> roles() {
        return Set.of();
    }

    /** Board members have the top of the page; others see it only if they sit on a board. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean visible() {
        return !packs.membership().isEmpty();
    }

    @Override
    public Component create() {
        Div body = new Div();
        var library = packs.library();
        if (library.isEmpty()) {
            body.add(new Paragraph("No pack has been published for your boards yet."));
        } else {
            var latest = library.getFirst().pack();
            Meeting m = latest.getMeeting();
            Paragraph p = new Paragraph(new Span("Latest pack: "), new Anchor("board-packs/meetings/" + m.getId(),
                    m.getBoard().getName() + ", " + Formats.date(m.getMeetsOn())),
                    new Span(" (" + (latest.getEdition() == 1 ? "first edition" : "edition " + latest.getEdition()) + ", published "
                            + Formats.dateTime(latest.getPublishedAt()) + ")"));
            p.setId("latest-pack");
            body.add(p);
        }
        var next = packs.upcomingForMe();
        if (next.isEmpty()) {
            body.add(new Paragraph("No meeting of your boards is scheduled."));
        } else {
            var u = next.getFirst();
            Meeting m = u.meeting();
            Paragraph p = new Paragraph("Next meeting: " + m.getBoard().getName() + ", " + Formats.date(m.getMeetsOn()) + " at "
                    + m.getStartsAt().format(TIME) + (m.getVenue() == null ? "" : ", " + m.getVenue()) + ". "
                    + (u.pack().isPresent() ? "Its pack is published." : "Its pack is due by " + Formats.date(u.dueBy()) + "."));
            p.setId("next-meeting");
            body.add(p);
        }
        body.add(new Anchor("board-packs", "All my board packs"));
        return body;
    }
}
