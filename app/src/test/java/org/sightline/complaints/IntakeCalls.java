package org.sightline.complaints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Posts to the complaints intake over real HTTP, one at a time or many at once. */
public final class IntakeCalls {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String key;

    public IntakeCalls(int port, String key) {
        this.base = "http://localhost:" + port;
        this.key = key;
    }

    /** A valid complaint whose words differ by {@code n}, so no two are the same post. */
    public static String complaint(int n) {
        return """
                {"complainantName": "Parent %d", "complainantType": "parent", "email": "parent%d@example.org",
                 "summary": "Complaint number %d: nobody returned my calls.", "points": ["Calls not returned (%d)"]}
                """.formatted(n, n, n, n);
    }

    public HttpResponse<String> post(String body) throws Exception {
        return send(request(IntakeController.PATH).header("Content-Type", "application/json").header("X-Api-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    public HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** {@code n} different complaints posted at the same moment; the answers in order. */
    public List<HttpResponse<String>> postAtOnce(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String body = complaint(1000 + i);
                calls.add(pool.submit(() -> {
                    go.await();
                    return post(body);
                }));
            }
            go.countDown();
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (var call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    public static String reference(HttpResponse<String> answer) {
        return answer.body().replaceAll("(?s).*\"reference\":\"([^\"]+)\".*", "$1");
    }
}
