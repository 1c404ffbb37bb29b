package org.sightline.app.admin;

import org.sightline.kernel.support.ui.FormAction;
import java.util.Map;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.sightline.kernel.calendar.BankHolidays;
import org.sightline.kernel.calendar.ClosureDay;
import org.sightline.kernel.calendar.WorkingDayCalendar;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.Formats;

/** Closure days on top of the bank holidays: the working-day calendar every timescale uses. */
@Route("admin/working-days")
@PageTitle("Working days | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class ClosureDaysView extends Main {

    final Paragraph message = new Paragraph();

    final DatePicker date = new DatePicker("Closure date");
    final TextField reason = new TextField("Reason");
    final Button add = new Button("Add closure day");
    final Select<Integer> year = new Select<>();
    final Grid<Map.Entry<LocalDate, String>> calendarGrid = new Grid<>();
    private final WorkingDayCalendar calendar;

    public ClosureDaysView(WorkingDayCalendar calendar) {
        this.calendar = calendar;
        addClassName("page");
        Paragraph purpose = new Paragraph("England and Wales bank holidays are built in, worked out by their rules with "
                + "substitute days and the one-off days for state occasions included. Add the days the service is "
                + "otherwise closed; complaint timescales and due dates skip them.");
        purpose.addClassName("page-purpose");

        date.setLocale(java.util.Locale.UK);
        date.setRequiredIndicatorVisible(true);
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(org.sightline.kernel.calendar.ClosureDay.REASON_MAX);
        reason.setHelperText("For example: council closure day between Christmas and New Year");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> addClosure());
        Div form = new Div(date, reason, add);
        form.addClassName("filters");

        int thisYear = calendar.today().getYear();
        year.setLabel("Year");
        year.setItems(IntStream.rangeClosed(Math.max(BankHolidays.FIRST_YEAR, thisYear - 3), Math.min(BankHolidays.LAST_YEAR, thisYear + 5))
                .boxed().toList());
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        calendarGrid.addColumn(e -> Formats.date(e.getKey())).setHeader("Date").setAutoWidth(true);
        calendarGrid.addColumn(e -> e.getKey().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK))
                .setHeader("Day").setAutoWidth(true);
        calendarGrid.addColumn(Map.Entry::getValue).setHeader("Why it is not a working day").setFlexGrow(2);
        calendarGrid.addComponentColumn(e -> closureFor(e.getKey())
                .map(c -> {
                    Button remove = new Button("Remove", click -> {
                        calendar.removeClosureDay(c.getId());
                        refresh();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                    remove.setAriaLabel("Remove closure day " + Formats.date(c.getDate()));
                    return (com.vaadin.flow.component.Component) remove;
                }).orElseGet(() -> new com.vaadin.flow.component.html.Span("Bank holiday")))
                .setHeader("").setAutoWidth(true);
        calendarGrid.setAriaLabel("Non-working days");
        calendarGrid.setAllRowsVisible(true);
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        add(new Div(new H1("Working days"), purpose), new H2("Add a closure day"), form, message, new H2("Non-working days"), year,
                calendarGrid);
        refresh();
    }

    private java.util.Optional<ClosureDay> closureFor(LocalDate d) {
        return closures.stream().filter(c -> c.getDate().equals(d)).findFirst();
    }

    private List<ClosureDay> closures = List.of();

    void addClosure() {
        FormAction.of("calendar", Map.of("date", date, "reason", reason), message).get(() -> calendar.addClosureDay(date.getValue(),
                reason.getValue())).ifPresent(c -> {
                    FormAction.done("Added " + Formats.date(c.getDate()) + " as a closure day");
                    date.clear();
                    reason.clear();
                    // Clearing a required field would otherwise show it as missing straight after a success.
                    date.setInvalid(false);
                    reason.setInvalid(false);
                    year.setValue(c.getDate().getYear());
                    refresh();
                });
    }

    void refresh() {
        closures = calendar.closureDays();
        calendarGrid.setItems(calendar.nonWorkingDays(year.getValue()).entrySet().stream().toList());
    }
}
