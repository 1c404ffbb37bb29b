package org.sightline.kernel.pdf;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sightline.kernel.charts.ChartSpec;

/**
 * Renders a 200-page document of tables and charts and prints pages per second and peak heap.
 * Run it with {@code bench/pdf-benchmark.sh}; not a test, so a slow machine never fails a build.
 */
public final class PdfBenchmark {

    private static final int SECTIONS = 50;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        PdfKit kit = new PdfKit(new PdfSettings(null, "Benchmark Council", null, null), Clock.systemDefaultZone());

        java.nio.file.Path file = java.nio.file.Files.createTempFile("sightline-benchmark", ".pdf");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            kit.render(document(kit), out);
        }
        int pages;
        long size = java.nio.file.Files.size(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            pages = doc.getNumberOfPages();
        }
        java.nio.file.Files.delete(file);
        for (int i = 0; i < 2; i++) {
            kit.render(document(kit), OutputStream.nullOutputStream());
        }
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            // Streamed, as a download is: the document is never held as one byte array.
            kit.render(document(kit), OutputStream.nullOutputStream());
            long t = System.nanoTime() - t0;
            best = Math.min(best, t);
            total += t;
        }
        double mean = total / 1e9 / runs;
        System.out.printf("pages per document: %d (%d bytes)%n", pages, size);
        System.out.printf("runs: %d, mean %.2f s, best %.2f s per document%n", runs, mean, best / 1e9);
        System.out.printf("pages per second: %.0f (mean), %.0f (best)%n", pages / mean, pages / (best / 1e9));
        sampler.interrupt();
        sampler.join();
        System.out.printf("seconds for 200 pages: %.2f (mean)%n", 200 / (pages / mean));
        System.out.printf("peak heap used: %d MB, sampled every 2 ms (heap limit %d MB)%n", sampler.peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** About 200 A4 pages: 50 sections, each a paragraph, a chart and a 70-row table. */
    static PdfDocument document(PdfKit kit) {
        PdfDocument doc = kit.document("Benchmark: quarterly QA report").author("Benchmark").fact("Period", "Q3 2026");
        String[] teams = {"North", "South", "East", "West", "Central", "Disabled Children", "Leaving Care", "Front Door"};
        for (int s = 1; s <= SECTIONS; s++) {
            doc.heading("Section " + s);
            doc.paragraph("This section shows the grades given in collaborative case audits for the teams in the service, "
                    + "with the evidence and actions that followed. ".repeat(3));
            ChartSpec.Builder chart = ChartSpec.builder(ChartSpec.ChartType.STACKED_BAR, "Overall grades by team, section " + s)
                    .axes("Team", "Audits");
            String[] grades = {"Outstanding", "Good", "Requires improvement", "Inadequate"};
            for (int t = 0; t < teams.length; t++) {
                for (int g = 0; g < grades.length; g++) {
                    chart.value(grades[g], teams[t], (s * 7 + t * 3 + g * 5) % 9);
                }
            }
            doc.chart(chart.build());
            PdfTable table = PdfTable.withColumns("Case", "Team", "Domain", "Grade", "Action", "Due").widths(1, 2, 3, 2, 5, 2);
            for (int r = 1; r <= 70; r++) {
                table.row("C-" + (s * 1000 + r), teams[r % teams.length], "Quality of plans", grades[r % 4],
                        "Review the plan with the family and record the child's views", "0" + (1 + r % 9) + "/12/2026");
            }
            doc.subheading("Audits in section " + s).table(table);
        }
        return doc;
    }

    /** Samples used heap (live objects and garbage not yet collected) and keeps the highest. */
    private static final class HeapSampler extends Thread {
        volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
