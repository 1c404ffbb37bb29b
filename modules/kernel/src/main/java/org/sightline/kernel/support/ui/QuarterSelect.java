package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sightline.kernel.pdf.ReportPeriod;

/** A choice of quarters, newest first, labelled "Q3 2026/27: 1 Oct 2026 to 31 Dec 2026". */
public class QuarterSelect extends Select<ReportPeriod> {

    /**
     * @param newest  the quarter containing this day comes first
     * @param count   how many quarters to offer
     * @param initial index of the quarter selected at first
     */
    public QuarterSelect(LocalDate newest, int count, int initial) {
        List<ReportPeriod> quarters = new ArrayList<>();
        ReportPeriod q = ReportPeriod.quarterOf(newest);
        for (int i = 0; i < count; i++) {
            quarters.add(q);
            q = ReportPeriod.previousQuarter(q.from());
        }
        setLabel("Quarter");
        setWidth("22rem");
        setItems(quarters);
        setItemLabelGenerator(ReportPeriod::fullLabel);
        setValue(quarters.get(initial));
    }
}
