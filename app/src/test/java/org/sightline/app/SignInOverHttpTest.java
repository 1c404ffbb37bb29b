package org.sightline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.security.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The sign-in form over real HTTP: a sign-in posted from another site is refused; an address
 * that keeps failing must wait, and its early tries neither check a password nor count against
 * an account, so one address cannot keep someone else locked out. Also the headers every
 * response carries and the session cookie's attributes.
 */
@SpringBootTest(classes = SightlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:signin-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=true",
        "sightline.scheduling.enabled=false",
        "vaadin.productionMode=true"})
@Import(AbstractKaribuTest.TestClock.class)
@DirtiesContext
class SignInOverHttpTest {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    UserAccountRepository accounts;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> signIn(String user, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean signedIn(HttpResponse<String> r) {
        return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("/login");
    }

    @Test
    void aSignInPostedFromAnotherSiteIsRefused() throws Exception {
        clock.set(AbstractKaribuTest.START);
        HttpResponse<String> crossSite = signIn("qa", "sightline", "Origin", "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");
        assertThat(signIn("qa", "sightline", "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(signIn("qa", "sightline", "Origin", "null").statusCode()).isEqualTo(403);
        // The portal's own page posts with its own origin.
        HttpResponse<String> own = signIn("qa", "sightline", "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
        assertThat(signedIn(own)).as(own.headers().map().toString()).isTrue();
        String cookie = own.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(own.headers().firstValue("Location").orElseThrow()).doesNotContain(";jsessionid");
    }

    @Test
    void anAddressThatKeepsFailingWaitsAndCannotLockSomeoneElseOut() throws Exception {
        clock.set(AbstractKaribuTest.START.plus(Duration.ofDays(1)));
        for (int i = 0; i < 3; i++) {
            assertThat(signIn("director", "guess-" + i).headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        // Ten more guesses at once: turned away unchecked, so the director's account is not locked.
        for (int i = 0; i < 10; i++) {
            assertThat(signIn("director", "guess-more-" + i).headers().firstValue("Location").orElse("")).contains("/login?error");
        }
        var director = accounts.findByUsernameIgnoreCase("director").orElseThrow();
        assertThat(director.getFailedAttempts()).isEqualTo(3);
        assertThat(director.isLockedAt(clock.instant())).isFalse();
        // Even the right password waits its turn from this address…
        assertThat(signedIn(signIn("director", "sightline"))).isFalse();
        // …and is let in once the wait is over.
        clock.advance(Duration.ofSeconds(3));
        assertThat(signedIn(signIn("director", "sightline"))).isTrue();
        assertThat(accounts.findByUsernameIgnoreCase("director").orElseThrow().getFailedAttempts()).isZero();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        // The HTML pages' own headers (the Content-Security-Policy) are checked against the built
        // portal in PortalBrowserIT: the page bundle is packaged after these tests run.
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(health.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(health.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(health.headers().firstValue("Content-Security-Policy")).as("not an HTML page").isEmpty();
        HttpResponse<String> home = get("/complaints");
        assertThat(home.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void theCalendarFeedRefusesBadAddressesClearlyAndNeverFails() throws Exception {
        var feeds = ctx.getBean(org.sightline.workshops.CalendarFeeds.class);
        var who = org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("practitioner", null,
                org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("ROLE_PRACTITIONER"));
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(who);
        String address;
        try {
            address = feeds.createMine();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        String path = URI.create(address).getPath();
        HttpResponse<String> good = get(path);
        assertThat(good.statusCode()).isEqualTo(200);
        assertThat(good.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        // Asking again changes nothing and answers the same.
        assertThat(get(path).body()).isEqualTo(good.body());
        String prefix = org.sightline.workshops.CalendarFeeds.PATH;
        List<String> bad = List.of(prefix + "x".repeat(5000) + ".ics", prefix + "short.ics", prefix + "%00%00%00.ics",
                prefix + "..%2F..%2F..%2Fetc%2Fpasswd.ics", prefix + "%3Cscript%3Ealert(1)%3C%2Fscript%3E.ics",
                prefix + "A".repeat(43) + ".ics", path.replace(".ics", ".json"));
        for (String b : bad) {
            HttpResponse<String> r = get(b);
            // Refused: not found, or (outside the feed's own address form) sent to sign in.
            assertThat(r.statusCode() / 100 == 4 || r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login"))
                    .as(b + " answered " + r.statusCode()).isTrue();
            assertThat(r.body()).as(b).doesNotContain("Exception").doesNotContain("BEGIN:VCALENDAR");
        }
        // The wrong method is refused, not served.
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isNotEqualTo(200).isLessThan(500);
        // A burst of guesses: every one refused alike, none a server error.
        for (int i = 0; i < 100; i++) {
            assertThat(get(prefix + java.util.UUID.randomUUID().toString().replace("-", "") + "0123456789.ics").statusCode()).isEqualTo(404);
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext ctx;

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
