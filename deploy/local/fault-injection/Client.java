import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One coordinator's REST calls, made as a careful app makes them while services come and go. A refused connection
 * sent nothing and is tried again; a request that got no answer (reset, timed out) or a 5xx may or may not have
 * been committed: a create is then "in doubt" (not sent again: the verification learns from the producer's
 * database whether it was), and a change is read back and sent again until it holds.
 */
final class Client {

    /** How long a service may be away (or not yet know a partner or group) before the workload gives up. */
    static final Duration PATIENCE = Duration.ofSeconds(240);

    /** An answer; status 0 when there was none. */
    record Answer(int status, String body, String etag) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean unanswered() {
            return status == 0 || status >= 500;
        }

        /** 404 or 422: the service has not yet learnt of a partner or group another service announced. */
        boolean notYetKnown() {
            return status == 404 || status == 422;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String token;
    private final Tally tally;

    Client(String token, Tally tally) {
        this.token = token;
        this.tally = tally;
    }

    /** Creates something; its id if accepted, empty if the answer is in doubt. */
    Optional<String> create(String url, Object body) {
        long deadline = deadline();
        while (true) {
            Answer answer = send("POST", url, body, null);
            if (answer.ok()) {
                return Optional.of((String) ((Map<?, ?>) Json.parse(answer.body())).get("id"));
            }
            if (answer.unanswered()) {
                tally.countInDoubt();
                return Optional.empty();
            }
            retryIfNotYetKnown(answer, "POST", url, deadline);
        }
    }

    /** A PUT or POST that changes nothing when sent twice: sent until it is accepted. */
    String idempotent(String method, String url, Object body) {
        long deadline = deadline();
        while (true) {
            Answer answer = send(method, url, body, null);
            if (answer.ok()) {
                return answer.body();
            }
            if (!answer.unanswered()) {
                retryIfNotYetKnown(answer, method, url, deadline);
            } else {
                giveUpAfter(deadline, method, url, answer);
                pause(500);
            }
        }
    }

    /**
     * Changes a versioned resource: reads it (its ETag), and unless {@code done} already holds for what it reads,
     * sends {@code change} of it with If-Match; a lost answer, a 5xx or a 412 starts again from the read.
     */
    void change(String method, String url, String readUrl, Predicate<Object> done, Function<Object, Object> change) {
        long deadline = deadline();
        while (true) {
            Answer read = send("GET", readUrl, null, null);
            if (!read.ok()) {
                if (!read.unanswered()) {
                    retryIfNotYetKnown(read, "GET", readUrl, deadline);
                } else {
                    giveUpAfter(deadline, "GET", readUrl, read);
                    pause(500);
                }
                continue;
            }
            Object current = Json.parse(read.body());
            if (done.test(current)) {
                return;
            }
            Answer answer = send(method, url, change.apply(current), read.etag());
            if (answer.ok()) {
                return;
            }
            if (answer.status() != 412 && !answer.unanswered()) {
                retryIfNotYetKnown(answer, method, url, deadline);
            }
            giveUpAfter(deadline, method, url, answer);
            if (answer.unanswered()) {
                pause(500);
            }
        }
    }

    private void retryIfNotYetKnown(Answer answer, String method, String url, long deadline) {
        if (!answer.notYetKnown() && answer.status() != 429) {
            throw new IllegalStateException("%s %s answered %d: %s".formatted(method, url, answer.status(), answer.body()));
        }
        giveUpAfter(deadline, method, url, answer);
        pause(answer.status() == 429 ? 1000 : 200);
    }

    private static void giveUpAfter(long deadline, String method, String url, Answer last) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("%s %s: no success within %s; last answer %d %s".formatted(method, url,
                    PATIENCE, last.status(), last.body()));
        }
    }

    /** One request; a refused connection (nothing sent) is tried again until the service is back. */
    Answer send(String method, String url, Object body, String ifMatch) {
        long deadline = deadline();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            if ("GET".equals(method)) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(body == null ? "{}" : Json.write(body), StandardCharsets.UTF_8));
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                tally.countRequest();
                return new Answer(response.statusCode(), response.body(), response.headers().firstValue("ETag").orElse(null));
            } catch (ConnectException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("%s %s: no connection within %s".formatted(method, url, PATIENCE), e);
                }
                pause(500);
            } catch (IOException e) {
                return new Answer(0, String.valueOf(e), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static long deadline() {
        return System.nanoTime() + PATIENCE.toNanos();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
