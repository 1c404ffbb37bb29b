package org.sightline.thematic.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.sightline.thematic.Evaluation;
import org.sightline.thematic.EvaluationQueries;
import org.sightline.thematic.EvaluationStatus;

/**
 * The year's evaluations on a timeline: one row each, a column a month, the months between the
 * start and the report due marked with the stage they fall in, and whether the year has the
 * four evaluations expected.
 */
@Route("thematic/programme")
@PageTitle("Evaluation programme | Sightline")
@PermitAll
public class ProgrammeView extends Main {

    static final int EXPECTED_PER_YEAR = 4;

    final ComboBox<Integer> year = new ComboBox<>("Year (April to March)");
    final Div content = new Div();
    final Paragraph summary = new Paragraph();
    private final EvaluationQueries evaluations;

    public ProgrammeView(EvaluationQueries evaluations) {
        this.evaluations = evaluations;
        addClassName("page");
        int now = ReportPeriod.financialYearOf(evaluations.today()).from().getYear();
        year.setItems(now - 2, now - 1, now, now + 1);
        year.setItemLabelGenerator(ReportPeriod::financialYearName);
        year.setValue(now);
        year.addValueChangeListener(e -> show());
        Paragraph purpose = new Paragraph("At least " + EXPECTED_PER_YEAR + " thematic evaluations are expected each year (April to March). Each row runs "
                + "from the start to the report's due date.");
        purpose.addClassName("page-purpose");
        Div filters = new Div(year);
        filters.addClassName("filters");
        summary.setId("programme-summary");
        add(new H1("Evaluation programme"), purpose, filters, summary, content);
        show();
    }

    private void show() {
        content.removeAll();
        int y = year.getValue() == null ? ReportPeriod.financialYearOf(evaluations.today()).from().getYear() : year.getValue();
        ReportPeriod fy = ReportPeriod.financialYearOf(LocalDate.of(y, 4, 1));
        List<Evaluation> inYear = evaluations.visible().stream().filter(e -> e.getStartOn() != null && e.getReportDueOn() != null)
                .filter(e -> !e.getStartOn().isAfter(fy.to()) && !e.getReportDueOn().isBefore(fy.from()))
                .sorted(java.util.Comparator.comparing(Evaluation::getStartOn)).toList();
        long reportedOrDue = inYear.stream().filter(e -> fy.contains(e.getReportDueOn())).count();
        summary.setText(reportedOrDue + " of the " + EXPECTED_PER_YEAR + " evaluations expected report in " + ReportPeriod.financialYearName(y)
                + (reportedOrDue < EXPECTED_PER_YEAR ? ": " + (EXPECTED_PER_YEAR - reportedOrDue) + " more to commission." : "."));
        summary.setClassName(reportedOrDue < EXPECTED_PER_YEAR ? "due-soon" : "secondary");
        Element table = new Element("table");
        table.getClassList().add("moderation-table");
        table.setAttribute("id", "programme-table");
        table.appendChild(new Element("caption").setText("Thematic evaluations in " + ReportPeriod.financialYearName(y) + " (April to March), by month"));
        Element head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col").setText("Evaluation"));
        head.appendChild(new Element("th").setAttribute("scope", "col").setText("Status"));
        IntStream.range(0, 12).forEach(i -> {
            YearMonth ym = YearMonth.of(y, 4).plusMonths(i);
            head.appendChild(new Element("th").setAttribute("scope", "col")
                    .setText(ym.getMonth().getDisplayName(TextStyle.SHORT, Locale.UK) + (i == 0 || ym.getMonthValue() == 1 ? " " + ym.getYear() : "")));
        });
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Evaluation e : inYear) {
            Element tr = new Element("tr");
            Element name = new Element("th").setAttribute("scope", "row");
            name.appendChild(new Element("a").setAttribute("router-link", "").setAttribute("href", "thematic/" + e.getId()).setText(e.getTitle()));
            tr.appendChild(name);
            tr.appendChild(new Element("td").setText(e.getStatus().label() + ", report due " + Formats.date(e.getReportDueOn())));
            for (int i = 0; i < 12; i++) {
                YearMonth ym = YearMonth.of(y, 4).plusMonths(i);
                tr.appendChild(new Element("td").setText(stage(e, ym)));
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div wrap = new Div();
        wrap.getElement().appendChild(table);
        wrap.getStyle().set("overflow-x", "auto");
        // The months run off the side on narrow screens: the region takes focus so the keyboard can scroll it.
        wrap.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", "Programme by month, scrolls sideways");
        content.add(wrap);
        if (inYear.isEmpty()) {
            Paragraph none = new Paragraph("No evaluations run in " + ReportPeriod.financialYearName(y) + ".");
            none.addClassName("empty-state");
            content.add(none);
        }
    }

    /** What the evaluation is doing that month, in words (not colour alone). */
    static String stage(Evaluation e, YearMonth ym) {
        LocalDate first = ym.atDay(1);
        LocalDate last = ym.atEndOfMonth();
        if (last.isBefore(e.getStartOn()) || first.isAfter(e.getReportDueOn())) {
            return "";
        }
        if (!e.getReportDueOn().isAfter(last) && !e.getReportDueOn().isBefore(first)) {
            return e.getStatus().isReported() ? "Reported" : "Report due";
        }
        if (e.getFieldworkEndOn() != null && first.isAfter(e.getFieldworkEndOn())) {
            return "Analysis";
        }
        return e.getStatus() == EvaluationStatus.DRAFT ? "Planned" : "Fieldwork";
    }
}
