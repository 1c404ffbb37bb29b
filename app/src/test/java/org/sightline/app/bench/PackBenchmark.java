package org.sightline.app.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.LocalTime;
import org.sightline.app.SightlineApplication;
import org.sightline.boardpacks.BoardPackService;
import org.sightline.boardpacks.BoardRepository;
import org.sightline.boardpacks.Meeting;
import org.sightline.boardpacks.Pack;
import org.sightline.boardpacks.PackRenderer;
import org.sightline.boardpacks.SectionDraft;
import org.sightline.kernel.pdf.PdfExporter;
import org.sightline.kernel.pdf.ReportPeriod;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A board pack of every module report for last quarter of the demo data, repeated until it runs
 * past 200 pages, assembled as one PDF. Prints the pages, the assembly time (best of the runs
 * after a warm-up) and the peak heap. Run by {@code bench/pack-benchmark.sh} in a 512 MB heap.
 */
public final class PackBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SightlineApplication.class)
                .run("--server.port=0", "--vaadin.productionMode=true", "--spring.datasource.url=jdbc:h2:mem:packbench;DB_CLOSE_DELAY=-1",
                        "--sightline.demo-data=true", "--sightline.scheduling.enabled=false", "--logging.level.root=warn");
        try {
            var auth = ctx.getBean(AuthenticationManager.class).authenticate(UsernamePasswordAuthenticationToken.unauthenticated("psw", "sightline"));
            SecurityContextHolder.getContext().setAuthentication(auth);
            BoardPackService packs = ctx.getBean(BoardPackService.class);
            var board = ctx.getBean(BoardRepository.class).findByActiveTrueOrderByNameAsc().stream()
                    .filter(b -> b.getName().startsWith("Children's Scrutiny")).findFirst().orElseThrow();
            Meeting m = packs.scheduleMeeting(board.getId(), LocalDate.now().plusMonths(2), LocalTime.of(18, 0), "Council Chamber", "Everything");
            ReportPeriod quarter = ReportPeriod.previousQuarter(LocalDate.now());
            Pack pack = packs.draft(m.getId());
            var reports = packs.reports();
            int pages = 0;
            for (int round = 1; pages < 200 && round <= 20; round++) {
                for (PdfExporter r : reports) {
                    pack = packs.addSection(pack.getId(), pack.getVersion(), new SectionDraft(r.title() + " (" + round + ")", "QA team",
                            "The board is asked to note the report.", r.id(), quarter.from(), quarter.to()));
                }
                pages = packs.preview(pack.getId()).pages();
            }
            System.out.printf("sections: %d from %d module reports; pages: %d%n", pack.getSections().size(), reports.size(), pages);
            double best = Double.MAX_VALUE;
            long peak = 0;
            for (int i = 0; i <= runs; i++) {
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                PackRenderer.Rendered r = packs.preview(pack.getId());
                double seconds = (System.nanoTime() - t0) / 1e9;
                long used = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                if (i > 0) {
                    best = Math.min(best, seconds);
                    peak = Math.max(peak, used);
                    System.out.printf("run %d: %d pages in %.2f s (%.0f pages/s), peak heap %d MB%n", i, r.pages(), seconds, r.pages() / seconds,
                            used / (1024 * 1024));
                }
            }
            System.out.printf("best: %.2f s for %d pages; peak heap %d MB (max heap %d MB)%n", best, pages, peak / (1024 * 1024),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            ctx.close();
        }
    }
}
