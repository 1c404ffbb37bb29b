package org.sightline.complaints;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.support.Hashes;
import org.sightline.kernel.module.ApiErrors;
import org.sightline.kernel.support.Markup;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the council's public complaints web form posts a complaint. It creates the complaint at
 * day 0 and tells the QA service manager to allocate it. Each call carries the API key from
 * configuration ({@code sightline.complaints.intake-key}) in the {@code X-Api-Key} header;
 * without the right key nothing is read. Calls are limited per address, bodies to 16 KB, and
 * every field is checked, with a message per field.
 */
@RestController
public class IntakeController {

    public static final String PATH = "/api/complaints/intake";
    static final int MAX_BODY = 16 * 1024;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9 +()-]{7,20}$");

    private final ComplaintIntake complaints;
    private final byte[] keyHash;
    private final int perMinute;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Deque<Long>> calls = new ConcurrentHashMap<>();

    IntakeController(ComplaintIntake complaints, @Value("${sightline.complaints.intake-key:}") String key,
                     @Value("${sightline.complaints.intake-per-minute:20}") int perMinute, Clock clock) {
        this.complaints = complaints;
        this.keyHash = key == null || key.isBlank() ? null : Hashes.sha256(key.strip());
        this.perMinute = perMinute;
        this.clock = clock;
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> receive(HttpServletRequest request) throws IOException {
        ResponseEntity<Map<String, Object>> refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        Body body = body(request);
        if (body.error() != null) {
            return bad(Map.of("body", body.error()));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        ComplaintDetails details = details(body.root(), errors);
        List<String> points = points(body.root(), errors);
        if (!errors.isEmpty()) {
            return bad(errors);
        }
        if (points.isEmpty()) {
            String summary = details.summary();
            points.add(summary.length() <= ComplaintPoint.DESCRIPTION_MAX ? summary
                    : summary.substring(0, ComplaintPoint.DESCRIPTION_MAX - 3) + "\u2026");
        }
        // The same post on the same day is the same complaint: a form that retries after a lost
        // answer must not log it twice.
        String digest = Hashes.sha256Hex(details.receivedOn() + "\n" + body.text());
        ComplaintIntake.Received received;
        try {
            received = complaints.receive(details, points, digest);
        } catch (DataIntegrityViolationException sameTwiceAtOnce) {
            // The same post arrived twice at once: the other copy was stored.
            received = new ComplaintIntake.Received(complaints.received(digest).orElseThrow(() -> sameTwiceAtOnce), false);
        }
        return answer(received);
    }

    /** Refuses a caller over its allowance, without the key, or sending anything but UTF-8; null when none of these. */
    private ResponseEntity<Map<String, Object>> refusal(HttpServletRequest request) {
        // Every call counts toward the address's allowance, with or without the right key, so
        // guessing keys is as slow as posting complaints.
        if (!allowed(request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "60")
                    .body(ApiErrors.body(HttpStatus.TOO_MANY_REQUESTS, "Too many calls from this address in the last minute; try again shortly."));
        }
        String key = request.getHeader("X-Api-Key");
        // Compare hashes in constant time, so response times say nothing about the key.
        if (keyHash == null || key == null || !MessageDigest.isEqual(keyHash, Hashes.sha256(key.strip()))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(ApiErrors.body(HttpStatus.UNAUTHORIZED, "A valid API key is required in the X-Api-Key header."));
        }
        // The header as sent: the portal's encoding filter may already have set the request's to UTF-8.
        java.nio.charset.Charset charset;
        try {
            charset = MediaType.parseMediaType(request.getContentType()).getCharset();
        } catch (org.springframework.util.InvalidMimeTypeException | java.nio.charset.UnsupportedCharsetException
                 | java.nio.charset.IllegalCharsetNameException e) {
            charset = StandardCharsets.ISO_8859_1;
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                    .body(ApiErrors.body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json in UTF-8."));
        }
        return null;
    }

    /** The body as text and as a JSON object, or what is wrong with it. */
    private record Body(String text, JsonNode root, String error) {
        static Body wrong(String error) {
            return new Body(null, null, error);
        }
    }

    private Body body(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return Body.wrong("The request is larger than 16 KB.");
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(MAX_BODY + 1);
        }
        if (bytes.length > MAX_BODY) {
            return Body.wrong("The request is larger than 16 KB.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Body.wrong("The body is not valid UTF-8.");
        }
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException e) {
            return Body.wrong("The body is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            return Body.wrong("The body must be a JSON object.");
        }
        return new Body(text, root, null);
    }

    private ComplaintDetails details(JsonNode root, Map<String, String> errors) {
        String name = text(root, "complainantName", Complaint.NAME_MAX, true, errors);
        String typeText = text(root, "complainantType", 40, true, errors);
        ComplainantType type = null;
        if (typeText != null) {
            try {
                type = ComplainantType.valueOf(typeText.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                errors.put("complainantType", "Must be one of: child, parent, carer, professional, other.");
            }
        }
        String email = text(root, "email", 200, false, errors);
        if (email != null && !EMAIL.matcher(email).matches()) {
            errors.put("email", "Not an email address.");
        }
        String phone = text(root, "phone", 20, false, errors);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.put("phone", "Not a telephone number.");
        }
        if (email == null && phone == null && !errors.containsKey("email") && !errors.containsKey("phone")) {
            errors.put("email", "Give an email address or a telephone number so the complaints team can make contact.");
        }
        String caseRef = text(root, "caseReference", CaseRecord.REFERENCE_MAX, false, errors);
        String summary = text(root, "summary", Complaint.SUMMARY_MAX, true, errors);
        String contact = String.join("; ", java.util.stream.Stream.of(email, phone).filter(java.util.Objects::nonNull).toList());
        return new ComplaintDetails(LocalDate.now(clock), Channel.ONLINE_FORM, type, name, contact, caseRef, null, summary);
    }

    private static List<String> points(JsonNode root, Map<String, String> errors) {
        List<String> points = new ArrayList<>();
        JsonNode p = root.get("points");
        if (p == null || p.isNull()) {
            return points;
        }
        if (!p.isArray() || p.size() > 20) {
            errors.put("points", "Must be a list of up to 20 complaint points, each as text.");
            return points;
        }
        for (JsonNode item : p) {
            String s = item.isString() ? Markup.clean(item.asString()) : null;
            if (s == null || s.isBlank() || s.length() > ComplaintPoint.DESCRIPTION_MAX) {
                errors.put("points", "Each complaint point must be text of 1 to 2,000 characters.");
                break;
            }
            points.add(s);
        }
        return points;
    }

    private static ResponseEntity<Map<String, Object>> answer(ComplaintIntake.Received received) {
        Complaint c = received.complaint();
        boolean repeat = !received.isNew();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("reference", c.getReference());
        answer.put("receivedOn", c.getReceivedOn().toString());
        if (repeat) {
            answer.put("duplicate", true);
            answer.put("message", "This complaint was received already; it is logged once, as " + c.getReference() + ".");
        }
        if (c.getGivenCaseReference() != null) {
            answer.put("warnings", Map.of("caseReference", "No case has the reference \"" + c.getGivenCaseReference()
                    + "\"; the complaint is logged without a case and the complaints team will find the right one."));
        }
        return ResponseEntity.status(repeat ? HttpStatus.OK : HttpStatus.CREATED).body(answer);
    }

    private static String text(JsonNode root, String field, int max, boolean required, Map<String, String> errors) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull() || n.isString() && n.asString().isBlank()) {
            if (required) {
                errors.put(field, "Required.");
            }
            return null;
        }
        if (!n.isString()) {
            errors.put(field, "Must be text.");
            return null;
        }
        String s = Markup.clean(n.asString());
        if (s.length() > max) {
            errors.put(field, "Must be " + max + " characters or fewer.");
            return null;
        }
        if (s.isBlank()) {
            if (required) {
                errors.put(field, "Required.");
            }
            return null;
        }
        return s;
    }

    private boolean allowed(String address) {
        long now = clock.millis();
        Deque<Long> recent = calls.computeIfAbsent(address == null ? "" : address, k -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && recent.peekFirst() < now - 60_000) {
                recent.pollFirst();
            }
            if (recent.size() >= perMinute) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    private static ResponseEntity<Map<String, Object>> bad(Map<String, String> errors) {
        Map<String, Object> body = ApiErrors.body(HttpStatus.BAD_REQUEST, "The complaint was not accepted; see the message for each field.");
        body.put("errors", errors);
        return ResponseEntity.badRequest().body(body);
    }
}
