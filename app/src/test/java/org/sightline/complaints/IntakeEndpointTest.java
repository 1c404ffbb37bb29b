package org.sightline.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sightline.app.SightlineApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The council's web form posts complaints over HTTP: the key, the body and the fields are
 * checked before anything is created; complaints posted together each get their own reference;
 * every refusal is a JSON answer, never the sign-in page; nothing is stored twice.
 */
@SpringBootTest(classes = SightlineApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:intake-${random.uuid};DB_CLOSE_DELAY=-1",
        "sightline.demo-data=true",
        "sightline.scheduling.enabled=false",
        "sightline.complaints.intake-key=test-intake-key-0123456789",
        "sightline.complaints.intake-per-minute=90",
        // A real server: Vaadin serves its pre-built bundle, as the packaged portal does.
        "vaadin.productionMode=true"})
@DirtiesContext
// The limiter counts per address for a minute: the checks run before the test that uses up the allowance.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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

    private IntakeCalls calls() {
        return new IntakeCalls(port, KEY);
    }

    private HttpResponse<String> post(String key, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder b = calls().request(IntakeController.PATH).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (key != null) {
            b.header("X-Api-Key", key);
        }
        return calls().send(b.build());
    }

    private HttpResponse<String> post(String key, String body) throws Exception {
        return post(key, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void isJsonError(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(answer.body()).contains("\"status\":" + status).contains("\"error\":");
        assertThat(answer.headers().firstValue("Location")).isEmpty();
    }

    @Test
    @Order(1)
    void keyBodyAndFieldsAreCheckedAndAValidPostCreatesExactlyOneComplaint() throws Exception {
        long before = complaints.count();

        HttpResponse<String> noKey = post(null, VALID);
        isJsonError(noKey, 401);
        assertThat(noKey.body()).contains("A valid API key is required");
        isJsonError(post("wrong-key", VALID), 401);

        HttpResponse<String> malformed = post(KEY, "{\"complainantName\": \"Dawn\", ");
        isJsonError(malformed, 400);
        assertThat(malformed.body()).contains("\"body\":\"The body is not valid JSON.\"");

        HttpResponse<String> oversized = post(KEY, "{\"summary\": \"" + "x".repeat(20_000) + "\"}");
        isJsonError(oversized, 400);
        assertThat(oversized.body()).contains("The request is larger than 16 KB.");

        HttpResponse<String> fields = post(KEY, """
                {"complainantType": "neighbour", "email": "not-an-email", "summary": "", "points": "one"}
                """);
        isJsonError(fields, 400);
        assertThat(fields.body()).contains("\"complainantName\":\"Required.\"")
                .contains("\"complainantType\":\"Must be one of: child, parent, carer, professional, other.\"")
                .contains("\"email\":\"Not an email address.\"")
                .contains("\"summary\":\"Required.\"")
                .contains("\"points\":\"Must be a list of up to 20 complaint points, each as text.\"");
        assertThat(complaints.count()).isEqualTo(before);

        HttpResponse<String> created = post(KEY, VALID);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(complaints.count()).isEqualTo(before + 1);
        Complaint c = complaints.findByReference(IntakeCalls.reference(created)).orElseThrow();
        assertThat(c.getChannel()).isEqualTo(Channel.ONLINE_FORM);
        assertThat(c.getSource()).isEqualTo("intake");
        assertThat(c.getComplainantType()).isEqualTo(ComplainantType.PARENT);
        assertThat(c.getReceivedOn()).isEqualTo(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        assertThat(c.getPoints()).extracting(ComplaintPoint::getDescription)
                .containsExactly("Not told about the conference in time.", "The report was not shared with me.");

        // No session, no sign-in page, no CSRF token, and the portal's other pages still need signing in.
        HttpResponse<String> portal = calls().send(calls().request("/complaints").build());
        assertThat(portal.statusCode()).isIn(302, 401, 403);
        assertThat(created.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    @Order(2)
    void badRequestsAreRefusedAsAnApiAndNothingIsStoredTwice() throws Exception {
        long before = complaints.count();
        // Wrong method: 405 with what is allowed.
        HttpResponse<String> get = calls().send(calls().request(IntakeController.PATH).header("X-Api-Key", KEY).GET().build());
        isJsonError(get, 405);
        assertThat(get.headers().firstValue("Allow").orElse("")).contains("POST");
        isJsonError(calls().send(calls().request(IntakeController.PATH).header("X-Api-Key", KEY).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(VALID)).build()), 405);
        // Wrong type of body: 415.
        isJsonError(post(KEY, "application/x-www-form-urlencoded", "complainantName=Dawn".getBytes()), 415);
        isJsonError(post(KEY, "text/plain", VALID.getBytes()), 415);
        isJsonError(post(KEY, null, VALID.getBytes()), 415);
        isJsonError(post(KEY, "application/json; charset=ISO-8859-1", VALID.getBytes()), 415);
        // Bytes that are not UTF-8: 400.
        byte[] latin1 = VALID.replace("Dawn Example", "Dawn Ex\u00e9mple").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        HttpResponse<String> notUtf8 = post(KEY, "application/json", latin1);
        isJsonError(notUtf8, 400);
        assertThat(notUtf8.body()).contains("The body is not valid UTF-8.");
        // Wrong types inside the JSON: 400 with the field named.
        HttpResponse<String> types = post(KEY, """
                {"complainantName": 42, "complainantType": "parent", "email": "a@b.org", "summary": ["x"], "points": [1, 2]}
                """);
        isJsonError(types, 400);
        assertThat(types.body()).contains("\"complainantName\":\"Must be text.\"").contains("\"summary\":\"Must be text.\"");
        isJsonError(post(KEY, "[]"), 400);
        isJsonError(post(KEY, ""), 400);
        // Another address under /api/ is a JSON 404, not the sign-in page.
        isJsonError(calls().send(calls().request("/api/complaints/nothing-here").GET().build()), 404);
        assertThat(complaints.count()).isEqualTo(before);

        // The same post twice (a form retrying after a lost answer) is one complaint, with the same reference.
        String once = IntakeCalls.complaint(7);
        HttpResponse<String> first = post(KEY, once);
        HttpResponse<String> replay = post(KEY, once);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(IntakeCalls.reference(replay)).isEqualTo(IntakeCalls.reference(first));
        assertThat(replay.body()).contains("\"duplicate\":true");
        assertThat(complaints.count()).isEqualTo(before + 1);

        // A case reference that matches no case is said so, and kept on the complaint.
        HttpResponse<String> unknownCase = post(KEY, IntakeCalls.complaint(8).replace("\"summary\"", "\"caseReference\": \"9999999\", \"summary\""));
        assertThat(unknownCase.statusCode()).isEqualTo(201);
        assertThat(unknownCase.body()).contains("\"warnings\":{\"caseReference\":\"No case has the reference \\\"9999999\\\"");
        Complaint kept = complaints.findByReference(IntakeCalls.reference(unknownCase)).orElseThrow();
        assertThat(kept.getCaseRecord()).isNull();
        assertThat(kept.getGivenCaseReference()).isEqualTo("9999999");
    }

    @Test
    @Order(3)
    void fiftyComplaintsPostedAtOnceAreFiftyComplaintsWithFiftyReferences() throws Exception {
        long before = complaints.count();
        List<HttpResponse<String>> answers = calls().postAtOnce(50);
        assertThat(answers).extracting(HttpResponse::statusCode).as(answers.stream().map(HttpResponse::body).toList().toString())
                .containsOnly(201).hasSize(50);
        assertThat(answers.stream().map(IntakeCalls::reference).distinct()).hasSize(50);
        assertThat(complaints.count()).isEqualTo(before + 50);
    }

    @Test
    @Order(4)
    void callsAreLimitedPerAddressWithOrWithoutTheKey() throws Exception {
        long before = complaints.count();
        int limited = 0;
        for (int i = 0; i < 100 && limited == 0; i++) {
            // Wrong keys use up the allowance too, so keys cannot be guessed at speed.
            HttpResponse<String> answer = post("guess-" + i, "{}");
            if (answer.statusCode() == 429) {
                limited++;
                isJsonError(answer, 429);
                assertThat(answer.headers().firstValue("Retry-After")).contains("60");
            }
        }
        assertThat(limited).isEqualTo(1);
        isJsonError(post(KEY, IntakeCalls.complaint(9)), 429);
        assertThat(complaints.count()).isEqualTo(before);
    }
}
