package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.FormAction;
import org.sightline.kernel.support.ui.RecordRoute;
import org.sightline.kernel.support.ui.Confirm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sightline.complaints.Bulletin;
import org.sightline.complaints.BulletinDraft;
import org.sightline.complaints.BulletinService;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Category;
import org.sightline.complaints.CategoryKind;
import org.sightline.complaints.Compliment;
import org.sightline.complaints.ComplimentService;
import org.sightline.kernel.people.Role;

/** The PSW's editor for a draft bulletin; publishing sends it to all staff and freezes it. */
@Route("bulletins/:bulletinId([0-9]+)/edit")
@PageTitle("Edit the learning bulletin | Sightline")
@RolesAllowed(Role.PRINCIPAL_SOCIAL_WORKER_)
public class BulletinEditView extends Main implements BeforeEnterObserver {

    static final String FORMATTING = "Leave a blank line between paragraphs; start a line with \"- \" for a bullet point.";

    /** One learning point being edited. */
    static final class LearningRow {
        final TextField text = new TextField();
        final MultiSelectComboBox<Category> cites = new MultiSelectComboBox<>();
    }

    final TextField title = new TextField("Title");
    final TextArea introduction = new TextArea("Introduction (optional)");
    final TextArea goodPractice = new TextArea("Good practice identified");
    final List<LearningRow> learningRows = new ArrayList<>();
    final Div learningBox = new Div();
    final Button addLearning = new Button("Add a learning point");
    final CheckboxGroup<Compliment> quotes = new CheckboxGroup<>("Compliments to quote (only those with consent to share)");
    final TextArea resources = new TextArea("Resources and training");
    final TextArea reflection = new TextArea("Closing reflection");
    final TextArea correctionNote = new TextArea("What this edition corrects");
    final Button save = new Button("Save draft");
    final Button publish = new Button("Publish to all staff");
    final Paragraph message = new Paragraph();
    private final BulletinService bulletins;
    private final ComplimentService compliments;
    private final Categories categories;
    Bulletin bulletin;

    public BulletinEditView(BulletinService bulletins, ComplimentService compliments, Categories categories) {
        this.bulletins = bulletins;
        this.compliments = compliments;
        this.categories = categories;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        addLearning.addClickListener(e -> addLearningRow(null, java.util.Set.of()));
        save.addClickListener(e -> submit(false));
        publish.addClickListener(e -> Confirm.ask("Publish to all " + bulletins.audienceSize() + " staff?",
                "Everyone in children's services is told and can read it. A published edition cannot be changed; a correction is a new edition.",
                "Publish", () -> submit(true)));
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
        if (bulletin.isPublished()) {
            // A published edition is never edited: its page offers a correction instead.
            event.forwardTo(BulletinView.class, new RouteParameters("bulletinId", String.valueOf(bulletin.getId())));
            return;
        }
        build();
    }

    private void build() {
        Bulletin b = bulletin;
        add(new RouterLink("← Learning bulletins", BulletinsView.class), new H1(b.getEdition() > 1 ? "Correct the bulletin (edition "
                + b.getEdition() + ")" : "Edit the bulletin"));
        Paragraph purpose = new Paragraph("Save as you go; nobody else sees a draft. Publishing tells everyone in children's services, "
                + "and the published bulletin then never changes. " + FORMATTING);
        purpose.addClassName("page-purpose");
        add(purpose, message);
        title.setValue(b.getTitle());
        title.setMaxLength(Bulletin.TITLE_MAX);
        title.setWidthFull();
        for (TextArea area : List.of(introduction, goodPractice, resources, reflection)) {
            area.setMaxLength(Bulletin.SECTION_MAX);
            area.setWidthFull();
            area.setMinHeight("7rem");
            area.setHelperText(FORMATTING);
        }
        introduction.setValue(nz(b.getIntroduction()));
        goodPractice.setValue(nz(b.getGoodPractice()));
        resources.setValue(nz(b.getResources()));
        reflection.setValue(nz(b.getReflection()));
        resources.setHelperText("Guidance, tools and courses. Workshops with places in the next three months are added automatically.");
        learningRows.clear();
        learningBox.removeAll();
        for (Bulletin.LearningItem item : b.getLearning()) {
            addLearningRow(item.text(), bulletins.citedIds(item));
        }
        if (learningRows.isEmpty()) {
            addLearningRow(null, java.util.Set.of());
        }
        fillQuotes(b);
        layOut(b);
    }

    /** The quarter's compliments whose givers agreed to share them, those already chosen ticked. */
    private void fillQuotes(Bulletin b) {
        List<Compliment> shareable = compliments.shareable(b.getPeriodFrom(), b.getPeriodTo());
        quotes.setItems(shareable);
        quotes.setItemLabelGenerator(c -> "\u201c" + abbreviate(c.getWords()) + "\u201d \u2014 " + c.attribution());
        var chosen = b.getQuotes().stream().map(Bulletin.Quote::complimentId).collect(Collectors.toSet());
        quotes.setValue(shareable.stream().filter(c -> chosen.contains(c.getId())).collect(Collectors.toSet()));
        quotes.setHelperText(shareable.isEmpty() ? "No compliment received in this quarter has consent to share."
                : bulletins.complimentsCount(b) + " compliments were received in the quarter; the count is printed automatically.");
    }

    private void layOut(Bulletin b) {
        add(title, introduction, new H2("Good practice identified"), goodPractice);
        add(new H2("Learning from complaints"));
        List<String> recorded = bulletins.learningRecorded(b);
        if (!recorded.isEmpty()) {
            Paragraph p = new Paragraph("Learning the investigating officers recorded on complaints answered this quarter:");
            p.addClassName("secondary");
            UnorderedList list = new UnorderedList();
            recorded.forEach(r -> list.add(new ListItem(r)));
            list.addClassName("secondary");
            add(p, list);
        }
        add(learningBox, addLearning);
        add(new H2("Compliments"), quotes);
        add(new H2("Resources and training"), resources);
        add(new H2("Closing reflection"), reflection);
        if (b.getCorrects() != null) {
            correctionNote.setValue(nz(b.getCorrectionNote()));
            correctionNote.setMaxLength(Bulletin.CORRECTION_MAX);
            correctionNote.setWidthFull();
            correctionNote.setHelperText("Shown at the top of this edition and in the notice to staff.");
            add(new H2("Correction"), correctionNote);
        }
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(save, publish, new RouterLink("Preview", BulletinView.class,
                new RouteParameters("bulletinId", String.valueOf(b.getId()))));
        buttons.addClassName("form-actions");
        add(buttons);
    }

    private void addLearningRow(String text, java.util.Set<Long> cited) {
        LearningRow row = new LearningRow();
        int n = learningRows.size() + 1;
        row.text.setLabel("Learning point " + n);
        row.text.setMaxLength(Bulletin.LEARNING_MAX);
        row.text.setWidth("min(40rem, 100%)");
        row.text.setValue(nz(text));
        row.cites.setLabel("Complaint categories it comes from");
        row.cites.setWidth("min(26rem, 100%)");
        List<Category> all = categories.active(CategoryKind.COMPLAINT);
        row.cites.setItems(all);
        row.cites.setItemLabelGenerator(Category::getName);
        row.cites.setValue(all.stream().filter(c -> cited.contains(c.getId())).collect(Collectors.toSet()));
        learningRows.add(row);
        Div line = new Div(row.text, row.cites);
        line.addClassName("filters");
        learningBox.add(line);
    }

    private void submit(boolean andPublish) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("title", title, "introduction", introduction, "goodPractice", goodPractice,
                "resources", resources, "reflection", reflection, "quotes", quotes, "correctionNote", correctionNote));
        if (!learningRows.isEmpty()) {
            fields.put("learning", learningRows.getFirst().text);
        }
        List<Long> quoteIds = quotes.getValue().stream().sorted(java.util.Comparator.comparing(Compliment::getReceivedOn))
                .map(Compliment::getId).toList();
        BulletinDraft draft = new BulletinDraft(title.getValue(), introduction.getValue(), goodPractice.getValue(),
                learningRows.stream().map(r -> new BulletinDraft.Learning(r.text.getValue(), r.cites.getValue().stream()
                        .map(Category::getId).collect(Collectors.toSet()))).toList(), quoteIds, resources.getValue(), reflection.getValue(),
                correctionNote.getValue());
        boolean saved = FormAction.of("bulletin", fields, message).run(() -> {
            bulletin = bulletins.update(bulletin.getId(), bulletin.getVersion(), draft);
            if (andPublish) {
                bulletin = bulletins.publish(bulletin.getId(), bulletin.getVersion());
            }
        });
        if (saved && andPublish) {
            FormAction.done("Published; everyone in children's services has been told.");
            getUI().ifPresent(ui -> ui.navigate(BulletinView.class, new RouteParameters("bulletinId", String.valueOf(bulletin.getId()))));
        } else if (saved) {
            FormAction.done("Draft saved.");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137).strip() + "\u2026";
    }
}
