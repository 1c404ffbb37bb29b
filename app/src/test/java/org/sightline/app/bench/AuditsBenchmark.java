package org.sightline.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.sightline.app.SightlineApplication;
import org.sightline.audits.audit.AuditScope;
import org.sightline.audits.audit.AuditService;
import org.sightline.audits.tracking.TrackingFilter;
import org.sightline.audits.tracking.TrackingService;
import org.sightline.kernel.grades.Grade;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * 100,000 case audits in the database, then the first page of the audit list and the quarterly
 * grade-distribution figures, timed through the real services. Run by
 * {@code bench/audits-benchmark.sh} on H2 and on MariaDB; prints the figures.
 * Arguments: JDBC URL, user, password.
 */
public final class AuditsBenchmark {

    static final int AUDITS = 100_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SightlineApplication.class)
                .profiles(url.startsWith("jdbc:mariadb") ? new String[] {"mariadb"} : new String[0])
                .run("--server.port=0", "--vaadin.productionMode=true", "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + args[1], "--spring.datasource.password=" + (args.length > 2 ? args[2] : ""),
                        "--sightline.demo-data=true", "--sightline.scheduling.enabled=false", "--logging.level.root=warn");
        try {
            DataSource ds = ctx.getBean(DataSource.class);
            long t0 = System.nanoTime();
            int inserted = fill(ds);
            System.out.printf("database: %s%n", url.replaceAll("\\?.*", ""));
            System.out.printf("inserted %,d audits (%,d in total) in %.1f s%n", inserted,
                    new JdbcTemplate(ds).queryForObject("select count(*) from au_audit", Long.class), (System.nanoTime() - t0) / 1e9);

            var auth = ctx.getBean(AuthenticationManager.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("qa", "sightline"));
            SecurityContextHolder.getContext().setAuthentication(auth);
            AuditService audits = ctx.getBean(AuditService.class);
            TrackingService tracking = ctx.getBean(TrackingService.class);
            LocalDate today = LocalDate.now();
            LocalDate quarter = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1).minusMonths(3);
            TrackingFilter lastQuarter = new TrackingFilter(quarter, quarter.plusMonths(2), null, null);

            time("audit list, first page of 50 (rows and count)", () ->
                    audits.search(AuditScope.VISIBLE, null, null, PageRequest.of(0, 50, Sort.by(Sort.Order.desc("month"), Sort.Order.desc("id")))));
            var repo = ctx.getBean(org.sightline.audits.tracking.TrackingRepository.class);
            LocalDate from = lastQuarter.from();
            LocalDate to = lastQuarter.to();
            time("quarterly grade distribution: overall, by domain and by month", () -> {
                repo.overall(from, to, null, null);
                repo.byDomain(from, to, null, null);
                repo.overallByMonth(from, to, null, null);
            });
            time("  overall", () -> repo.overall(from, to, null, null));
            time("  by domain", () -> repo.byDomain(from, to, null, null));
            time("  by month", () -> repo.overallByMonth(from, to, null, null));
            time("  by team", () -> repo.byTeam(from, to, null, null));
            time("  by practitioner", () -> repo.byPractitioner(from, to, null, null));
            time("  completion", () -> repo.completionByMonth(from, to, null, null, today));
            time("  overdue list", () -> repo.overdue(null, null, today));
            time("  moderation shifts", () -> repo.moderationShifts(from, to, null, null));
            time("the whole tracking page (every figure above)", () -> tracking.figures(lastQuarter));
        } finally {
            SecurityContextHolder.clearContext();
            ctx.close();
        }
    }

    private static void time(String what, Runnable task) {
        for (int i = 0; i < 5; i++) {
            task.run();
        }
        int runs = 25;
        long[] ms = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.1f ms, 90th percentile %.1f ms (%d runs)%n", what, ms[runs / 2] / 1000.0,
                ms[(int) (runs * 0.9)] / 1000.0, runs);
    }

    /** Bulk-loads audits over the last three years with JDBC batches: realistic volume, not realistic text. */
    private static int fill(DataSource ds) throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        List<long[]> cases = new ArrayList<>();
        jdbc.query("select c.id, c.team_id, c.allocated_worker_id from case_record c", rs -> {
            cases.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getObject(3) == null ? -1 : rs.getLong(3)});
        });
        List<Long> auditors = jdbc.queryForList("select person_id from person_role where role in ('QA_OFFICER', 'SERVICE_MANAGER', 'TEAM_MANAGER')", Long.class);
        long template = jdbc.queryForObject("select max(id) from au_template", Long.class);
        Random random = new Random(7);
        LocalDate start = LocalDate.now().withDayOfMonth(1).minusMonths(35);
        Grade[] grades = Grade.values();
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement audit = c.prepareStatement("insert into au_audit (version, case_id, template_id, audit_month, "
                    + "team_id, practitioner_id, lead_auditor_id, peer_auditor_id, status, due_date, agreed, final_overall, "
                    + "final_rationale, completed_at) values (0, ?, ?, ?, ?, ?, ?, ?, 'COMPLETE', ?, ?, ?, 'Benchmark', ?)",
                    new String[] {"id"})) {
                for (int i = 0; i < AUDITS; i++) {
                    long[] k = cases.get(random.nextInt(cases.size()));
                    LocalDate month = start.plusMonths(random.nextInt(36));
                    audit.setLong(1, k[0]);
                    audit.setLong(2, template);
                    audit.setObject(3, month);
                    audit.setLong(4, k[1]);
                    if (k[2] < 0) {
                        audit.setNull(5, java.sql.Types.BIGINT);
                    } else {
                        audit.setLong(5, k[2]);
                    }
                    audit.setLong(6, auditors.get(random.nextInt(auditors.size())));
                    audit.setLong(7, auditors.get(random.nextInt(auditors.size())));
                    audit.setObject(8, month.plusDays(27));
                    audit.setBoolean(9, random.nextInt(10) < 7);
                    audit.setString(10, grades[random.nextInt(4)].name());
                    audit.setTimestamp(11, Timestamp.from(month.plusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC)));
                    audit.addBatch();
                    if (i % 2000 == 1999) {
                        audit.executeBatch();
                    }
                }
                audit.executeBatch();
            }
            c.commit();
            List<Long> ids = new JdbcTemplate(ds).queryForList("select id from au_audit where final_rationale = 'Benchmark'", Long.class);
            try (PreparedStatement domain = c.prepareStatement("insert into au_final_domain (audit_id, position, grade) values (?, ?, ?)")) {
                int n = 0;
                for (long id : ids) {
                    for (int p = 0; p < 6; p++) {
                        domain.setLong(1, id);
                        domain.setInt(2, p);
                        domain.setString(3, grades[random.nextInt(4)].name());
                        domain.addBatch();
                        if (++n % 6000 == 0) {
                            domain.executeBatch();
                        }
                    }
                }
                domain.executeBatch();
            }
            c.commit();
            // Fresh optimiser statistics, as a database that grew to this size over years has:
            // straight after a bulk load MariaDB still believes the table is nearly empty.
            try (var st = c.createStatement()) {
                st.execute(c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2") ? "ANALYZE"
                        : "ANALYZE TABLE au_audit, au_final_domain, au_assessment");
            }
            c.commit();
            return ids.size();
        }
    }
}
