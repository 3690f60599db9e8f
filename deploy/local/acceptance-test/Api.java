import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The REST calls of a single-page app, with one caller's token: JSON in and out. Shared by the programs under
 * deploy/local (compiled with each, like {@link Json}); one instance per caller.
 */
class Api {

    /** Other services know a network's partners and groups from partner-service's events, a moment later. */
    static final Duration REPLICATION_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String token;

    Api(String token) {
        this.token = token;
    }

    String send(String method, String url, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, url, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("%s %s answered %d: %s".formatted(method, url, response.statusCode(), response.body()));
        }
        return response.body();
    }

    /**
     * Sends the request again while the service answers 422 (a partner or group named that it has not learnt of yet)
     * or 404 (it does not know them yet), for up to {@link #REPLICATION_TIMEOUT}.
     */
    String eventually(String method, String url, Object body) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + REPLICATION_TIMEOUT.toNanos();
        while (true) {
            HttpResponse<String> response = exchange(method, url, body);
            if (response.statusCode() < 300) {
                return response.body();
            }
            if ((response.statusCode() != 422 && response.statusCode() != 404) || System.nanoTime() > deadline) {
                throw new IllegalStateException("%s %s answered %d: %s".formatted(method, url, response.statusCode(), response.body()));
            }
            Thread.sleep(200);
        }
    }

    /** Sends a change of a versioned resource (a cooperation's status, say) with the ETag it was read with. */
    String sendIfMatch(String method, String url, String etag, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = exchange(method, url, body, etag);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("%s %s answered %d: %s".formatted(method, url, response.statusCode(), response.body()));
        }
        return response.body();
    }

    HttpResponse<String> exchange(String method, String url, Object body) throws IOException, InterruptedException {
        return exchange(method, url, body, null);
    }

    private HttpResponse<String> exchange(String method, String url, Object body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body == null) {
            request.method(method, "GET".equals(method) || "DELETE".equals(method) ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}"));
            if (!"GET".equals(method) && !"DELETE".equals(method)) {
                request.header("Content-Type", "application/json");
            }
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
