package org.sightline.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.sightline.app.SightlineApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** The council's web form posts complaints over HTTP: the key, the body and the fields are checked before anything is created. */
@SpringBootTest(classes = SightlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:intake-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=true",
        "sightline.scheduling.enabled=false",
        "sightline.complaints.intake-key=test-intake-key-0123456789",
        "sightline.complaints.intake-per-minute=12",
        // A real server: Vaadin serves its pre-built bundle, as the packaged portal does.
        "vaadin.productionMode=true"})
@DirtiesContext
// The limiter counts per address for a minute: the checks run before the test that uses up the allowance.
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class IntakeEndpointTest {

    private static final String KEY = "test-intake-key-0123456789";
    private static final String VALID = """
            {"complainantName": "Dawn Example", "complainantType": "parent", "email": "dawn@example.org",
             "summary": "Nobody told me about the child protection conference until the day before.",
             "points": ["Not told about the conference in time.", "The report was not shared with me."]}
            """;

    @LocalServerPort
    int port;
    @Autowired
    ComplaintRepository complaints;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + IntakeController.PATH))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void keyBodyAndFieldsAreCheckedAndAValidPostCreatesExactlyOneComplaint() throws Exception {
        long before = complaints.count();

        HttpResponse<String> noKey = post(null, VALID);
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("A valid API key is required");
        assertThat(post("wrong-key", VALID).statusCode()).isEqualTo(401);

        HttpResponse<String> malformed = post(KEY, "{\"complainantName\": \"Dawn\", ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"body\":\"The body is not valid JSON.\"");

        HttpResponse<String> oversized = post(KEY, "{\"summary\": \"" + "x".repeat(20_000) + "\"}");
        assertThat(oversized.statusCode()).isEqualTo(400);
        assertThat(oversized.body()).contains("The request is larger than 16 KB.");

        HttpResponse<String> fields = post(KEY, """
                {"complainantType": "neighbour", "email": "not-an-email", "summary": "", "points": "one"}
                """);
        assertThat(fields.statusCode()).isEqualTo(400);
        assertThat(fields.body()).contains("\"complainantName\":\"Required.\"")
                .contains("\"complainantType\":\"Must be one of: child, parent, carer, professional, other.\"")
                .contains("\"email\":\"Not an email address.\"")
                .contains("\"summary\":\"Required.\"")
                .contains("\"points\":\"Must be a list of up to 20 complaint points, each as text.\"");
        assertThat(complaints.count()).isEqualTo(before);

        HttpResponse<String> created = post(KEY, VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(complaints.count()).isEqualTo(before + 1);
        String reference = created.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1");
        Complaint c = complaints.findByReference(reference).orElseThrow();
        assertThat(c.getChannel()).isEqualTo(Channel.ONLINE_FORM);
        assertThat(c.getSource()).isEqualTo("intake");
        assertThat(c.getComplainantType()).isEqualTo(ComplainantType.PARENT);
        assertThat(c.getReceivedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertThat(c.getPoints()).extracting(ComplaintPoint::getDescription)
                .containsExactly("Not told about the conference in time.", "The report was not shared with me.");

        // No session, no sign-in page, no CSRF token: a GET is not served, and the portal's other pages still need signing in.
        HttpResponse<String> portal = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/complaints")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(portal.statusCode()).isIn(302, 401, 403);
        assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void callsAreLimitedPerAddress() throws Exception {
        int limited = 0;
        for (int i = 0; i < 14; i++) {
            if (post(KEY, "{}").statusCode() == 429) {
                limited++;
            }
        }
        assertThat(limited).isGreaterThanOrEqualTo(2);
    }
}
