package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sightline.app.ui.AccessDeniedView;
import org.sightline.app.ui.NotFoundView;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A board member opens every route the portal and its modules have, with each record id the demo
 * holds, and every report they may export: none shows a case reference. Routes that are
 * child-level deny them outright.
 */
class BoardMembersSeeNoChildDetailTest extends AbstractKaribuTest {

    @Autowired
    CaseRepository cases;
    @Autowired
    ExportService exports;
    @Autowired
    PdfKit kit;

    @Test
    void noRouteShowsABoardMemberACase() {
        Set<String> references = cases.findAll().stream().map(c -> c.getReference()).collect(Collectors.toSet());
        signIn("board");
        List<String> opened = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            for (String path : concrete(route.getTemplate())) {
                try {
                    navigate(path);
                } catch (RuntimeException e) {
                    // A route that fails for this user shows nothing; what matters is what is shown.
                    continue;
                }
                Class<?> view = currentView();
                if (view == AccessDeniedView.class || view == NotFoundView.class || view.getSimpleName().equals("LoginView")) {
                    denied.add(path);
                    continue;
                }
                opened.add(path);
                String text = textOf(page());
                for (String ref : references) {
                    assertThat(text).as("case reference on " + path)
                            .doesNotContainPattern("(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(ref) + "(?![0-9A-Za-z])");
                }
            }
        }
        // Child-level pages are refused, aggregate ones open.
        assertThat(denied).contains("complaints", "complaints/1", "observations", "supervision", "audits", "workshops", "thematic/reviews/1",
                "admin/cases", "actions");
        assertThat(denied).contains("actions/1", "audits/1", "observations/1", "supervision/1", "workshops/sessions/1");
        assertThat(opened).contains("board-packs", "bulletins", "complaints/figures", "thematic");
    }

    @Test
    void noReportABoardMemberMayExportNamesACase() throws Exception {
        Set<String> references = cases.findAll().stream().map(c -> c.getReference()).collect(Collectors.toSet());
        signIn("board");
        var available = exports.available();
        assertThat(available).isNotEmpty();
        ReportPeriod last = ReportPeriod.previousQuarter(java.time.LocalDate.of(2026, 11, 20));
        for (var exporter : available) {
            byte[] pdf = kit.render(exports.build(exporter.id(), last, last.to().plusWeeks(6)));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                for (String ref : references) {
                    assertThat(text).as(exporter.id() + " names case " + ref).doesNotContainPattern("\\b" + java.util.regex.Pattern.quote(ref) + "\\b");
                }
            }
        }
    }

    /** The page as shown: the outermost layout with the view inside it. */
    static com.vaadin.flow.dom.Element page() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.getLast().getElement();
    }

    /** Every text node, separated, so "Case" and "1752824" in neighbouring elements stay two words. */
    static String textOf(com.vaadin.flow.dom.Element e) {
        StringBuilder sb = new StringBuilder();
        collect(e, sb);
        return sb.toString();
    }

    private static void collect(com.vaadin.flow.dom.Element e, StringBuilder sb) {
        if (e.isTextNode()) {
            sb.append(' ').append(e.getText()).append(' ');
            return;
        }
        e.getChildren().forEach(c -> collect(c, sb));
    }

    /** The route with each parameter filled in: record ids 1 to 3 and "new". */
    static List<String> concrete(String template) {
        if (!template.contains(":")) {
            return List.of(template);
        }
        List<String> out = new ArrayList<>();
        if (template.matches(".*/:[A-Za-z]+(\\([^)]*\\))?\\?$")) {
            // An optional last parameter: the route without it too.
            out.add(template.replaceAll("/:[A-Za-z]+(\\([^)]*\\))?\\?$", ""));
        }
        for (String value : List.of("1", "2", "3", "new")) {
            String path = template.replaceAll(":[A-Za-z]+(\\([^)]*\\))?\\??", value);
            out.add(path);
        }
        return out.stream().distinct().toList();
    }
}
