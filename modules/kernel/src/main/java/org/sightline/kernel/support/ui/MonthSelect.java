package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;

/** A choice of calendar months, newest first, labelled "November 2026". */
public class MonthSelect extends Select<ReportPeriod> {

    /**
     * @param newest  the month containing this day comes first
     * @param count   how many months to offer
     * @param initial index of the month selected at first
     */
    public MonthSelect(LocalDate newest, int count, int initial) {
        List<ReportPeriod> months = new ArrayList<>();
        ReportPeriod m = ReportPeriod.monthOf(newest);
        for (int i = 0; i < count; i++) {
            months.add(m);
            m = ReportPeriod.monthOf(m.from().minusDays(1));
        }
        LocalDate today = newest;
        setLabel("Month");
        setItems(months);
        setItemLabelGenerator(p -> Formats.month(p.from()) + (p.contains(today) ? " (so far)" : ""));
        setValue(months.get(initial));
    }
}
