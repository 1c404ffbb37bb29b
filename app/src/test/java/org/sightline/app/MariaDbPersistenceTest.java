package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.demo.KernelDemoData;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.people.PersonDetails;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.security.UserAccountRepository;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The production profile on a real MariaDB: the same Liquibase migrations apply to a new
 * database, Hibernate validates the schema, the first administrator comes from configuration,
 * and optimistic locking works. CI passes {@code sightline.test.mariadb.url} (for example
 * {@code jdbc:mariadb://127.0.0.1:3306/}) and fails first if the server cannot be reached.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class MariaDbPersistenceTest {

    private static final String INTAKE_KEY = "mariadb-intake-key-0123456789";
    private static String serverUrl;
    private static String database;
    private static ConfigurableApplicationContext context;

    @BeforeAll
    static void startOnFreshDatabase() throws Exception {
        serverUrl = System.getProperty("sightline.test.mariadb.url", "");
        Assumptions.assumeFalse(serverUrl.isBlank(), "no MariaDB given (sightline.test.mariadb.url); .ci/run gives one");
        database = "sightline_ci_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(serverUrl, user(), password()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        context = new SpringApplicationBuilder(org.sightline.app.SightlineApplication.class)
                .profiles("mariadb")
                .run(
                        "--server.port=0",
                        "--vaadin.productionMode=true",
                        "--spring.datasource.url=" + serverUrl + database,
                        "--spring.datasource.username=" + user(),
                        "--spring.datasource.password=" + password(),
                        "--sightline.demo-data=false",
                        "--sightline.admin.username=firstadmin",
                        "--sightline.admin.email=first.admin@sightline-council.example",
                        "--sightline.admin.password=correct-horse-battery",
                        "--sightline.complaints.intake-key=" + INTAKE_KEY,
                        "--sightline.complaints.intake-per-minute=1000");
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        if (context != null) {
            context.close();
        }
        if (database != null) {
            try (Connection c = DriverManager.getConnection(serverUrl, user(), password()); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    private static String user() {
        return System.getProperty("sightline.test.mariadb.user", "root");
    }

    private static String password() {
        return System.getProperty("sightline.test.mariadb.password", "");
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void migrationsApplyAndHibernateValidatesTheSchema() {
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(javax.sql.DataSource.class));
        assertThat(jdbc.queryForObject("select database()", String.class)).isEqualTo(database);
        assertThat(jdbc.queryForList("select lower(table_name) from information_schema.tables where table_schema = ?",
                String.class, database)).contains("person", "team", "service_area", "user_account", "case_record",
                "ws_session", "databasechangelog");
        // the context started with ddl-auto=validate, so Hibernate accepted every table
        assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("validate");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void firstAdministratorIsCreatedFromConfigurationAndNoDemoData() {
        var accounts = context.getBean(UserAccountRepository.class);
        assertThat(accounts.findByUsernameIgnoreCase("firstadmin")).isPresent();
        assertThat(context.getBean(PersonRepository.class).count()).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void demoOrganisationPersistsAndConcurrentEditsAreDetected() {
        var tx = context.getBean(TransactionTemplate.class);
        var demo = context.getBean(KernelDemoData.class);
        tx.executeWithoutResult(s -> demo.load(LocalDate.of(2026, 11, 20)));
        assertThat(context.getBean(PersonRepository.class).count()).isGreaterThan(55);

        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "firstadmin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        try {
            var service = context.getBean(PeopleService.class);
            var id = context.getBean(PersonRepository.class).findByEmailIgnoreCase("qa@sightline-council.example").orElseThrow().getId();
            PersonDetails first = service.details(id);
            PersonDetails second = service.details(id);
            first.setJobTitle("Senior QA Officer");
            service.save(first);
            second.setJobTitle("Lead QA Officer");
            assertThatThrownBy(() -> service.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void sharedServicesWorkOnMariaDb() throws Exception {
        var people = context.getBean(PersonRepository.class);
        var practitioner = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "qa", null, AuthorityUtils.createAuthorityList("ROLE_QA_OFFICER")));
        java.time.Instant before = java.time.Instant.now().minusSeconds(2);
        try {
            var actions = context.getBean(org.sightline.kernel.actions.ActionService.class);
            var action = actions.raise(new org.sightline.kernel.actions.NewAction("Check MariaDB", null, practitioner.getId(),
                    LocalDate.now().plusDays(3), "audits", null, null));
            assertThat(context.getBean(org.sightline.kernel.notifications.NotificationRepository.class)
                    .countByRecipientIdAndReadAtIsNull(practitioner.getId())).isEqualTo(1);

            // Audit times go in and come out as the same instant, whatever the server's time zone.
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "firstadmin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
            var entry = context.getBean(org.sightline.kernel.audit.AuditTrail.class).search(new org.sightline.kernel.audit.AuditSearch(
                    null, "ActionItem", action.getId().toString(), null, null, null), org.springframework.data.domain.PageRequest.of(0, 5))
                    .getContent().getFirst();
            assertThat(entry.getActor()).isEqualTo("qa");
            assertThat(entry.getOccurredAt()).isBetween(before, java.time.Instant.now().plusSeconds(2));
        } finally {
            SecurityContextHolder.clearContext();
        }

        // ShedLock with the database's clock: two nodes, one run.
        var dataSource = context.getBean(javax.sql.DataSource.class);
        var nodeA = new org.sightline.kernel.scheduling.JobRunner(dataSource, java.time.Clock.systemUTC());
        var nodeB = new org.sightline.kernel.scheduling.JobRunner(dataSource, java.time.Clock.systemUTC());
        var runs = new java.util.concurrent.atomic.AtomicInteger();
        org.sightline.kernel.scheduling.ScheduledJob job = new org.sightline.kernel.scheduling.ScheduledJob() {
            public String name() {
                return "mariadb-lock-check";
            }

            public String cron() {
                return "0 0 7 * * *";
            }

            public void run() {
                runs.incrementAndGet();
            }
        };
        assertThat(nodeA.runNow(job)).isTrue();
        assertThat(nodeB.runNow(job)).isFalse();
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    @org.junit.jupiter.api.Order(5)
    void aHundredConcurrentBookingsFillTwentyPlacesOnMariaDb() throws Exception {
        var tx = context.getBean(TransactionTemplate.class);
        var people = context.getBean(PersonRepository.class);
        var session = tx.execute(s -> {
            var w = context.getBean(org.sightline.workshops.WorkshopRepository.class)
                    .save(new org.sightline.workshops.Workshop("Professional curiosity", "Load test", "Facilitator", 120));
            var start = java.time.LocalDateTime.now().plusDays(10).withHour(10).withMinute(0).withSecond(0).withNano(0);
            return context.getBean(org.sightline.workshops.WorkshopSessionRepository.class)
                    .save(new org.sightline.workshops.WorkshopSession(w, start, start.plusHours(2), "Civic Centre", 20));
        });
        java.util.List<Long> ids = tx.execute(s -> {
            java.util.List<Long> list = new java.util.ArrayList<>();
            for (int i = 0; i < 100; i++) {
                var p = new org.sightline.kernel.people.Person("Booking Load " + i, "booking.load." + i + "@sightline-council.example");
                p.setRoles(java.util.EnumSet.of(org.sightline.kernel.people.Role.PRACTITIONER));
                list.add(people.save(p).getId());
            }
            return list;
        });
        var auth = UsernamePasswordAuthenticationToken.authenticated("firstadmin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR"));
        var bookings = context.getBean(org.sightline.workshops.BookingService.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(100);
        var start = new java.util.concurrent.CountDownLatch(1);
        var futures = new java.util.ArrayList<java.util.concurrent.Future<org.sightline.workshops.BookingStatus>>();
        for (Long id : ids) {
            futures.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                start.await();
                try {
                    return bookings.bookFor(session.getId(), id).getStatus();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }));
        }
        long t0 = System.nanoTime();
        start.countDown();
        var statuses = new java.util.ArrayList<org.sightline.workshops.BookingStatus>();
        for (var f : futures) {
            statuses.add(f.get());
        }
        pool.shutdown();
        System.out.printf("100 concurrent bookings on MariaDB took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(statuses.stream().filter(st -> st == org.sightline.workshops.BookingStatus.CONFIRMED).count()).isEqualTo(20);
        assertThat(statuses.stream().filter(st -> st == org.sightline.workshops.BookingStatus.WAITING).count()).isEqualTo(80);
    }

    @Test
    @org.junit.jupiter.api.Order(6)
    void fiftyComplaintsPostedAtOnceGetFiftyReferencesOnMariaDb() throws Exception {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        var complaints = context.getBean(org.sightline.complaints.ComplaintRepository.class);
        long before = complaints.count();
        var answers = new org.sightline.complaints.IntakeCalls(port, INTAKE_KEY).postAtOnce(50);
        assertThat(answers).extracting(java.net.http.HttpResponse::statusCode)
                .as(answers.stream().map(java.net.http.HttpResponse::body).toList().toString()).containsOnly(201).hasSize(50);
        assertThat(answers.stream().map(org.sightline.complaints.IntakeCalls::reference).distinct()).hasSize(50);
        assertThat(complaints.count()).isEqualTo(before + 50);
    }
}
