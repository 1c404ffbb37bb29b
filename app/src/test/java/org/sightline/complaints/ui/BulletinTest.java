package org.sightline.complaints.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.complaints.Bulletin;
import org.sightline.complaints.BulletinDraft;
import org.sightline.complaints.BulletinPdfs;
import org.sightline.complaints.BulletinRepository;
import org.sightline.complaints.BulletinService;
import org.sightline.complaints.Compliment;
import org.sightline.complaints.ComplimentRepository;
import org.sightline.kernel.notifications.NotificationRepository;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.PdfUaValidator;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The PSW drafts, publishes and corrects the bulletin; everyone reads what is published; what is typed cannot inject markup. */
class BulletinTest extends AbstractKaribuTest {

    @Autowired
    BulletinService bulletins;
    @Autowired
    BulletinRepository repository;
    @Autowired
    ComplimentRepository compliments;
    @Autowired
    PersonRepository people;
    @Autowired
    NotificationRepository notices;

    private List<String> noticesFor(String login) {
        var p = people.findByEmailIgnoreCase(login + "@sightline-council.example").orElseThrow();
        return notices.findByRecipientIdOrderByCreatedAtDescIdDesc(p.getId(), PageRequest.of(0, 200)).map(n -> n.getTitle()).getContent();
    }

    @Test
    void thePswPublishesABulletinEveryoneReadsItAndACorrectionIsANewEdition() throws Exception {
        // This quarter (October to December 2026) has no bulletin in the demo.
        ReportPeriod quarter = ReportPeriod.quarterOf(clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
        signIn("psw");
        navigate("bulletins");
        BulletinsView list = _get(BulletinsView.class);
        HasValueUtilsKt._setValue(list.quarter, quarter);
        ButtonKt._click(list.start);
        BulletinEditView edit = _get(BulletinEditView.class);
        Bulletin draft = edit.bulletin;
        assertThat(draft.getStatus().label()).isEqualTo("Draft");

        // Markup and scripts typed (or pasted) into the bulletin are kept as words, never interpreted.
        HasValueUtilsKt._setValue(edit.goodPractice, "- Visits were <b>purposeful</b><script>alert('x')</script>\n- Fathers were involved");
        HasValueUtilsKt._setValue(edit.learningRows.getFirst().text, "Record how <img src=x onerror=alert(1)>questions were answered.");
        HasValueUtilsKt._setValue(edit.learningRows.getFirst().cites, Set.of(edit.learningRows.getFirst().cites.getListDataView().getItems()
                .filter(c -> c.getName().equals("Information sharing and recording")).findFirst().orElseThrow()));
        ButtonKt._click(edit.publish);
        confirm();
        assertThat(edit.reflection.getErrorMessage()).isEqualTo("Add a closing reflection before publishing.");
        assertThat(edit.goodPractice.getValue()).contains("Visits were");
        Bulletin saved = repository.findById(draft.getId()).orElseThrow();
        assertThat(saved.isPublished()).isFalse();
        assertThat(saved.getGoodPractice()).isEqualTo("- Visits were <b>purposeful</b><script>alert('x')</script>\n- Fathers were involved");
        assertThat(saved.getLearning()).containsExactly(new Bulletin.LearningItem("Record how <img src=x onerror=alert(1)>questions were answered.",
                "Information sharing and recording"));

        // Only compliments with consent can be quoted.
        Compliment noConsent = compliments.findAll().stream().filter(c -> !c.isConsentToShare() && quarter.contains(c.getReceivedOn()))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> bulletins.update(saved.getId(), saved.getVersion(), new BulletinDraft(saved.getTitle(), null,
                saved.getGoodPractice(), List.of(), List.of(noConsent.getId()), null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get("quotes"))
                        .isEqualTo("Only compliments with consent to share can be quoted."));

        navigate("bulletins/" + draft.getId() + "/edit");
        edit = _get(BulletinEditView.class);
        assertThat(edit.quotes.getListDataView().getItems()).allMatch(Compliment::isConsentToShare).isNotEmpty();
        Compliment quoted = edit.quotes.getListDataView().getItems().findFirst().orElseThrow();
        HasValueUtilsKt._setValue(edit.quotes, Set.of(quoted));
        HasValueUtilsKt._setValue(edit.reflection, "Talk about one of these points in your next team meeting.");
        int before = noticesFor("practitioner").size();
        // Publishing asks first, naming how many it goes to; going back leaves the draft a draft.
        ButtonKt._click(edit.publish);
        long staff = ctx.getBean(org.springframework.transaction.support.TransactionTemplate.class).execute(s -> people.findAll().stream()
                .filter(p -> p.isActive() && !p.hasRole(org.sightline.kernel.people.Role.BOARD_MEMBER)).count());
        assertThat(confirmation().question()).isEqualTo("Publish to all " + staff + " staff?");
        assertThat(confirmation().consequence()).contains("A published edition cannot be changed; a correction is a new edition.");
        confirmation().cancel();
        assertThat(repository.findById(draft.getId()).orElseThrow().isPublished()).isFalse();
        assertThat(noticesFor("practitioner")).hasSize(before);
        ButtonKt._click(edit.publish);
        confirm();
        Bulletin published = repository.findById(draft.getId()).orElseThrow();
        assertThat(published.isPublished()).isTrue();
        assertThat(published.getQuotes()).extracting(Bulletin.Quote::words).containsExactly(quoted.getWords());
        assertThat(published.getComplimentsCount()).isEqualTo((int) compliments.countByReceivedOnBetween(quarter.from(), quarter.to()));
        // The workshop sessions with places were pulled from the workshops module and are kept as they were.
        assertThat(published.getSessionsSnapshot()).isNotBlank();
        assertThat(noticesFor("practitioner")).hasSize(before + 1).first().isEqualTo("New bulletin: " + published.getTitle());
        assertThat(noticesFor("board")).doesNotContain("New bulletin: " + published.getTitle());

        // Published means frozen.
        assertThatThrownBy(() -> bulletins.update(published.getId(), published.getVersion(), new BulletinDraft("Changed", null, null,
                List.of(), List.of(), null, null, null))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(""))
                .isEqualTo("A published bulletin never changes. Make a correction: it becomes a new edition."));

        // Everyone reads it, board members included.
        signIn("board");
        navigate("bulletins/" + published.getId());
        assertThat(_get(BulletinView.class).getElement().getTextRecursively())
                .contains("Visits were <b>purposeful</b><script>alert('x')</script>", quoted.getWords());
        // Shown as words: the typed tags never become elements.
        assertThat(tags(_get(BulletinView.class).getElement())).doesNotContain("script", "b", "img");
        signIn("practitioner");
        navigate("bulletins");
        assertThat(_get(BulletinsView.class).published.getElement().getTextRecursively()).contains(published.getTitle());

        // A correction is a new edition; both stay readable, the latest first.
        signIn("psw");
        navigate("bulletins/" + published.getId());
        ButtonKt._click(_get(BulletinView.class).correct);
        BulletinEditView correction = _get(BulletinEditView.class);
        assertThat(correction.bulletin.getEdition()).isEqualTo(2);
        assertThat(correction.goodPractice.getValue()).isEqualTo("- Visits were <b>purposeful</b><script>alert('x')</script>\n- Fathers were involved");
        HasValueUtilsKt._setValue(correction.goodPractice, "- Visits were purposeful\n- Fathers and male carers were involved");
        ButtonKt._click(correction.publish);
        confirm();
        assertThat(correction.correctionNote.getErrorMessage()).isEqualTo("Say what this edition corrects, so readers of the earlier one know.");
        HasValueUtilsKt._setValue(correction.correctionNote, "Male carers were added to the second point.");
        ButtonKt._click(correction.publish);
        confirm();
        Bulletin second = repository.findById(correction.bulletin.getId()).orElseThrow();
        assertThat(second.isPublished()).isTrue();
        assertThat(bulletins.published()).extracting(Bulletin::getId).startsWith(second.getId(), published.getId());
        assertThat(repository.findById(published.getId()).orElseThrow().getGoodPractice())
                .isEqualTo("- Visits were <b>purposeful</b><script>alert('x')</script>\n- Fathers were involved");
        assertThat(bulletins.correctedBy(published)).map(Bulletin::getId).contains(second.getId());
        assertThat(noticesFor("practitioner").getFirst()).isEqualTo("Corrected: " + second.getTitle());
        assertThatThrownBy(() -> bulletins.correct(published.getId())).isInstanceOf(ValidationException.class);

        // Exported by someone other than the publisher: the PDF names each in their part.
        signIn("practitioner");
        byte[] pdf = ctx.getBean(org.sightline.kernel.pdf.ExportService.class).exportDocument("complaints", "Bulletin", second.getId(),
                ctx.getBean(BulletinPdfs.class).document(second, bulletins.sessions(second), second.getComplimentsCount())).content();
        assertThat(PdfUaValidator.failures(pdf)).isEmpty();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Record how <img src=x onerror=alert(1)>questions were answered.")
                    .containsPattern("Published .* by " + java.util.regex.Pattern.quote(second.getPublishedBy().getFullName()))
                    .containsPattern("Produced: .* by " + java.util.regex.Pattern.quote(people.findByEmailIgnoreCase(
                            "practitioner@sightline-council.example").orElseThrow().getFullName()));
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/pdf/learning-bulletin.pdf"), pdf);
    }

    private static List<String> tags(com.vaadin.flow.dom.Element e) {
        List<String> out = new java.util.ArrayList<>();
        if (e.isTextNode()) {
            return out;
        }
        out.add(e.getTag());
        e.getChildren().forEach(c -> out.addAll(tags(c)));
        return out;
    }

    @Test
    void theQuarterOfferedFirstIsTheNextWithoutABulletin() {
        signIn("psw");
        navigate("bulletins");
        BulletinsView list = _get(BulletinsView.class);
        java.util.Set<java.time.LocalDate> published = bulletins.published().stream().map(Bulletin::getPeriodFrom)
                .collect(java.util.stream.Collectors.toSet());
        java.time.LocalDate latest = published.stream().max(java.time.LocalDate::compareTo).orElseThrow();
        ReportPeriod offered = list.quarter.getValue();
        assertThat(published).doesNotContain(offered.from());
        if (!latest.plusMonths(3).isAfter(clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate())) {
            // The quarter after the latest bulletin has begun: that is the one offered.
            assertThat(offered.from()).isEqualTo(latest.plusMonths(3));
        }
        // A published quarter is greyed out, and starting the one offered works first time.
        assertThat(list.quarter.getListDataView().getItems().filter(q -> published.contains(q.from()))
                .map(q -> list.quarter.getItemEnabledProvider().test(q)).toList()).isNotEmpty().containsOnly(false);
        ButtonKt._click(list.start);
        assertThat(_get(BulletinEditView.class).bulletin.getPeriodFrom()).isEqualTo(offered.from());
    }

    @Test
    void theBulletinListsOnlyWorkshopsWithPlaces() {
        signIn("psw");
        java.time.LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Europe/London")).toLocalDate();
        var all = ctx.getBean(org.sightline.kernel.learning.UpcomingLearning.class).between(today, today.plusMonths(3));
        assertThat(all).as("the demo has full sessions coming").anyMatch(s -> s.placesLeft() == 0);
        assertThat(bulletins.upcomingSessions()).isNotEmpty().allMatch(s -> s.placesLeft() > 0);
    }

    @Test
    void draftsAreThePswsAloneAndOnlyThePswEdits() {
        signIn("psw");
        Bulletin draft = bulletins.create(ReportPeriod.quarterOf(java.time.LocalDate.of(2026, 10, 1)));
        signIn("practitioner");
        assertThatThrownBy(() -> bulletins.open(draft.getId())).isInstanceOf(AccessDeniedException.class);
        navigate("bulletins/" + draft.getId());
        assertThat(currentView()).isNotEqualTo(BulletinView.class);
        assertThatThrownBy(() -> bulletins.update(draft.getId(), draft.getVersion(), new BulletinDraft("x", null, null, List.of(), List.of(),
                null, null, null))).isInstanceOf(AccessDeniedException.class);
        // A quarter has one bulletin: starting it again opens the draft; a published quarter is corrected, not restarted.
        signIn("psw");
        assertThat(bulletins.create(ReportPeriod.quarterOf(java.time.LocalDate.of(2026, 10, 1))).getId()).isEqualTo(draft.getId());
        ReportPeriod published = new ReportPeriod(bulletins.published().getFirst().getPeriodFrom(), bulletins.published().getFirst().getPeriodTo());
        assertThatThrownBy(() -> bulletins.create(published)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get("period")).startsWith("A bulletin for this quarter is already published."));
        signIn("qa");
        navigate("bulletins/" + draft.getId() + "/edit");
        assertThat(currentView()).isNotEqualTo(BulletinEditView.class);
        // The demo's two published bulletins are on the list, the latest first.
        assertThat(bulletins.published()).hasSize(2);
        assertThat(bulletins.published().getFirst().getPeriodTo()).isAfter(bulletins.published().get(1).getPeriodTo());
    }
}
