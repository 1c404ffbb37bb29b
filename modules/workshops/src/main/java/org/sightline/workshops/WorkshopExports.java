package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The module's two period exporters: the programme and the workshops report. */
public final class WorkshopExports {

    private WorkshopExports() {
    }

    @Component
    public static class Programme implements PdfExporter {
        private final WorkshopSessionRepository sessions;
        private final BookingRepository bookings;
        private final WorkshopPdfs pdfs;
        private final Clock clock;

        public Programme(WorkshopSessionRepository sessions, BookingRepository bookings, WorkshopPdfs pdfs, Clock clock) {
            this.sessions = sessions;
            this.bookings = bookings;
            this.pdfs = pdfs;
            this.clock = clock;
        }

        @Override
        public String id() {
            return "workshops-programme";
        }

        @Override
        public String title() {
            return "Learning workshops programme";
        }

        @Override
        public String module() {
            return "workshops";
        }

        @Override
        public Set<Role> roles() {
            return Role.staff();
        }

        @Override
        @Transactional(readOnly = true)
        public PdfDocument build(ReportPeriod period) {
            List<WorkshopSession> list = sessions.between(period.from().atStartOfDay(), period.to().plusDays(1).atStartOfDay());
            Map<Long, Long> left = list.stream().collect(Collectors.toMap(WorkshopSession::getId,
                    s -> Math.max(0, s.getCapacity() - bookings.countBySessionIdAndStatus(s.getId(), BookingStatus.CONFIRMED))));
            return pdfs.programme(period, list, left, LocalDateTime.now(clock));
        }
    }

    @Component
    public static class Report implements PdfExporter {
        private final WorkshopReports reports;
        private final WorkshopPdfs pdfs;

        public Report(WorkshopReports reports, WorkshopPdfs pdfs) {
            this.reports = reports;
            this.pdfs = pdfs;
        }

        @Override
        public String id() {
            return "workshops-report";
        }

        @Override
        public String title() {
            return "Learning workshops report";
        }

        @Override
        public String module() {
            return "workshops";
        }

        @Override
        public Set<Role> roles() {
            return EnumSet.copyOf(WorkshopReports.READERS);
        }

        @Override
        @Transactional(readOnly = true)
        public PdfDocument build(ReportPeriod period) {
            return pdfs.report(reports.figures(period));
        }
    }
}
