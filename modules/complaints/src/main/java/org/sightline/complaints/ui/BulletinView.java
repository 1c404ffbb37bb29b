package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordRoute;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.sightline.complaints.Bulletin;
import org.sightline.complaints.BulletinPdfs;
import org.sightline.complaints.BulletinService;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.MarkupView;
import org.sightline.kernel.support.ui.PdfLink;

/** One bulletin, to read: published for everyone; a draft only for the PSW, as a preview. */
@Route("bulletins/:bulletinId([0-9]+)")
@PermitAll
public class BulletinView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Button correct = new Button("Make a correction");
    final Paragraph message = new Paragraph();
    private final BulletinService bulletins;
    private final BulletinPdfs pdfs;
    private final ExportService exports;
    Bulletin bulletin;
    private String title = "Learning bulletin | Sightline";

    public BulletinView(BulletinService bulletins, BulletinPdfs pdfs, ExportService exports) {
        this.bulletins = bulletins;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassNames("page", "bulletin");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        correct.addClickListener(e -> FormAction.of("bulletin", Map.of(), message).get(() -> bulletins.correct(bulletin.getId()))
                .ifPresent(b -> getUI().ifPresent(ui -> ui.navigate(BulletinEditView.class,
                        new RouteParameters("bulletinId", String.valueOf(b.getId()))))));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        message.setText("");
        bulletin = RecordRoute.load(event, () -> bulletins.open(Long.parseLong(event.getRouteParameters().get("bulletinId").orElse("0"))))
                .orElse(null);
        if (bulletin == null) {
            return;
        }
        Bulletin b = bulletin;
        title = b.getTitle() + " | Sightline";
        List<String> sessions = bulletins.sessions(b);
        int compliments = bulletins.complimentsCount(b);
        Div actions = new Div(PdfLink.of("Download as PDF", () -> exports.exportDocument("complaints", "Bulletin", b.getId(),
                pdfs.document(b, sessions, compliments))));
        actions.addClassName("page-actions");
        if (bulletins.mayEdit()) {
            if (b.isPublished() && bulletins.correctedBy(b).isEmpty()) {
                actions.add(correct);
            } else if (!b.isPublished()) {
                actions.add(new RouterLink("Edit the draft", BulletinEditView.class, new RouteParameters("bulletinId", String.valueOf(b.getId()))));
            }
        }
        Div header = new Div(new Div(new H1(b.getTitle())), actions);
        header.addClassName("page-header");
        add(new RouterLink("← Learning bulletins", BulletinsView.class), header, message);
        facts(b);
        body(b, sessions, compliments);
    }

    /** When and by whom it was published, and which edition corrects which. */
    private void facts(Bulletin b) {
        add(Facts.of(Facts.fact("Period", Formats.date(b.getPeriodFrom()) + " to " + Formats.date(b.getPeriodTo())),
                Facts.fact("Edition", b.getEdition() == 1 ? "First edition" : "Edition " + b.getEdition() + " (corrected)"),
                Facts.fact("Status", b.isPublished() ? "Published " + Formats.dateTime(b.getPublishedAt())
                        + (b.getPublishedBy() == null ? "" : " by " + b.getPublishedBy().getFullName()) : "Draft: not published")));
        bulletins.correctedBy(b).ifPresent(newer -> {
            Paragraph p = new Paragraph("A corrected edition replaces this one: ");
            p.add(new RouterLink("read edition " + newer.getEdition(), BulletinView.class,
                    new RouteParameters("bulletinId", String.valueOf(newer.getId()))));
            p.addClassName("due-soon");
            add(p);
        });
        if (b.getCorrects() != null && b.getCorrectionNote() != null) {
            Paragraph p = new Paragraph("This edition corrects edition " + b.getCorrects().getEdition() + ": " + b.getCorrectionNote());
            p.addClassName("secondary");
            add(p);
        }
    }

    /** The bulletin itself, in the order of its PDF. */
    private void body(Bulletin b, List<String> sessions, int compliments) {
        if (b.getIntroduction() != null) {
            add(MarkupView.of(b.getIntroduction()));
        }
        add(new H2("Good practice identified"), MarkupView.of(b.getGoodPractice()));
        add(new H2("Learning from complaints"));
        UnorderedList learning = new UnorderedList();
        for (Bulletin.LearningItem l : b.getLearning()) {
            learning.add(new ListItem(l.text() + (l.categories() == null ? "" : " (complaints about: " + l.categories().toLowerCase() + ")")));
        }
        add(learning);
        add(new H2("Compliments"), new Paragraph("Our compliments evidence our good practice. We received " + compliments
                + (compliments == 1 ? " compliment" : " compliments") + " from outside the service this quarter."));
        for (Bulletin.Quote q : b.getQuotes()) {
            Element quote = new Element("blockquote");
            quote.appendChild(new Element("p").setText("\u201c" + q.words() + "\u201d"));
            quote.appendChild(new Element("footer").setText(q.attribution() == null ? "" : q.attribution()));
            Div d = new Div();
            d.addClassName("quote");
            d.getElement().appendChild(quote);
            add(d);
        }
        add(new H2("Resources and training"));
        if (b.getResources() != null) {
            add(MarkupView.of(b.getResources()));
        }
        if (!sessions.isEmpty()) {
            add(new H3(b.isPublished() ? "Workshops coming up (when published)" : "Workshops coming up"));
            UnorderedList list = new UnorderedList();
            sessions.forEach(s -> list.add(new ListItem(s)));
            add(list);
        }
        add(new H2("Closing reflection"), MarkupView.of(b.getReflection()));
    }
}
