package org.sightline.workshops;

import java.util.List;
import org.sightline.kernel.overview.OverviewSection;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.workshops.ui.WorkshopsView;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Learning workshops in the QA overview: sessions held and attendance in the quarter, counts only. */
@Component
@Transactional(readOnly = true)
public class WorkshopsOverview implements OverviewSection {

    private final BookingRepository bookings;

    WorkshopsOverview(BookingRepository bookings) {
        this.bookings = bookings;
    }

    @Override
    public String title() {
        return "Learning workshops";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<? extends com.vaadin.flow.component.Component> link() {
        return WorkshopsView.class;
    }

    @Override
    public Figures figures(ReportPeriod quarter) {
        List<Booking> booked = bookings.inPeriod(quarter.from().atStartOfDay(), quarter.to().plusDays(1).atStartOfDay()).stream()
                .filter(b -> b.getStatus() == BookingStatus.CONFIRMED && !b.getSession().isCancelled()).toList();
        long sessions = booked.stream().map(b -> b.getSession().getId()).distinct().count();
        List<Booking> marked = booked.stream().filter(b -> b.getAttendance() != null).toList();
        long attended = marked.stream().filter(b -> b.getAttendance() != Attendance.DID_NOT_ATTEND).count();
        return new Figures(List.of(new Figure("Sessions with bookings", String.valueOf(sessions)),
                new Figure("Attended (of those marked)", marked.isEmpty() ? "None marked" : Math.round(100.0 * attended / marked.size()) + "%")), null);
    }
}
