package org.sightline.complaints.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sightline.complaints.Bulletin;
import org.sightline.complaints.BulletinService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.ui.QuarterSelect;

/** Published learning bulletins for everyone, latest first; the PSW's drafts and a new bulletin. */
@Route("bulletins")
@PageTitle("Learning bulletins | Sightline")
@PermitAll
public class BulletinsView extends Main implements BeforeEnterObserver {

    final Div published = new Div();
    final Div drafts = new Div();
    final QuarterSelect quarter;
    final Button start = new Button("Start a bulletin for this quarter");
    final Paragraph message = new Paragraph();
    private final BulletinService bulletins;

    public BulletinsView(BulletinService bulletins, Clock clock) {
        this.bulletins = bulletins;
        addClassName("page");
        quarter = new QuarterSelect(LocalDate.now(clock), 4, 1);
        quarter.setHelperText("A quarter has one bulletin; corrections are made from the published bulletin.");
        Paragraph purpose = new Paragraph("Each quarter the Principal Social Worker shares what we learn from complaints and "
                + "compliments: good practice, what to do differently, the compliments we received, and training coming up.");
        purpose.addClassName("page-purpose");
        add(new H1("Learning bulletins"), purpose);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        start.addClickListener(e -> FormAction.of("bulletin", Map.of("period", quarter), message).get(() -> bulletins.create(quarter.getValue()))
                .ifPresent(b -> getUI().ifPresent(ui -> ui.navigate(BulletinEditView.class,
                        new RouteParameters("bulletinId", String.valueOf(b.getId()))))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        remove(published, drafts);
        published.removeAll();
        drafts.removeAll();
        List<Bulletin> all = bulletins.published();
        if (all.isEmpty()) {
            Paragraph none = new Paragraph("No bulletin has been published yet.");
            none.addClassName("empty-state");
            published.add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            list.setId("bulletin-list");
            for (Bulletin b : all) {
                Span when = new Span(" — published " + Formats.dateTime(b.getPublishedAt())
                        + (b.getEdition() > 1 ? ", edition " + b.getEdition() + " (corrected)" : "")
                        + (bulletins.correctedBy(b).isPresent() ? "; replaced by a corrected edition" : ""));
                when.addClassName("secondary");
                list.add(new ListItem(new RouterLink(b.getTitle(), BulletinView.class,
                        new RouteParameters("bulletinId", String.valueOf(b.getId()))), when));
            }
            published.add(list);
        }
        add(published);
        if (bulletins.mayEdit()) {
            offerQuartersWithoutABulletin(all);
            drafts.add(new H2("Drafts"));
            List<Bulletin> mine = bulletins.drafts();
            if (mine.isEmpty()) {
                drafts.add(new Paragraph("No drafts."));
            } else {
                UnorderedList list = new UnorderedList();
                list.addClassName("plain-list");
                mine.forEach(b -> list.add(new ListItem(new RouterLink(b.getTitle() + (b.getEdition() > 1 ? " (correction, edition "
                        + b.getEdition() + ")" : ""), BulletinEditView.class, new RouteParameters("bulletinId", String.valueOf(b.getId()))))));
                drafts.add(list);
            }
            Div row = new Div(quarter, start);
            row.addClassName("filters");
            drafts.add(row, message);
            add(drafts);
        }
    }

    /**
     * A published quarter cannot be started again, so it is offered greyed out, and the choice
     * starts on the first quarter after the latest published one.
     */
    private void offerQuartersWithoutABulletin(List<Bulletin> published) {
        java.util.Set<LocalDate> done = new java.util.HashSet<>();
        published.forEach(b -> done.add(b.getPeriodFrom()));
        quarter.setItemEnabledProvider(q -> !done.contains(q.from()));
        LocalDate latest = done.stream().max(LocalDate::compareTo).orElse(null);
        List<ReportPeriod> offered = quarter.getListDataView().getItems().sorted(java.util.Comparator.comparing(ReportPeriod::from)).toList();
        offered.stream().filter(q -> !done.contains(q.from()) && (latest == null || q.from().isAfter(latest))).findFirst()
                .or(() -> offered.stream().filter(q -> !done.contains(q.from())).reduce((a, b) -> b))
                .ifPresent(quarter::setValue);
    }
}
