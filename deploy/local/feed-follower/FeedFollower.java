import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An example of how a municipal system follows its network without Kafka (issue 16, item 9): it reads each topic's
 * change feed through the front door with an integration token, page by page, and keeps what it received.
 *
 * <p>Handling an event here means appending one line to {@code <state>/<topic>.events} (and printing it). After each
 * page, the cursor is saved together with the length of that file, atomically (a rename). A follower stopped at any
 * moment — even by kill -9 — resumes from its saved cursor and first cuts the file back to the length saved with it,
 * so a page handled but not yet committed is handled again, not twice: every event ends up exactly once, with no
 * deduplication. A system whose handling cannot be undone like this saves the cursor right after handling and
 * accepts the page in flight again after a crash (at least once: it recognises repeats by the event id).
 *
 * <p>Usage: {@code FeedFollower BASE_URL NETWORK STATE_DIR [--once] TOPIC…} with the token in {@code NETZWERK_TOKEN}.
 * {@code --once} stops when every topic is caught up (for scripts); otherwise it polls, waiting Retry-After when the
 * feed has nothing new. A 410 (the cursor is older than the feed's retention) stops it with a message: the system
 * must read the current state again before it follows the feed from its start.
 */
public class FeedFollower {

    private static final Duration DEFAULT_WAIT = Duration.ofSeconds(5);

    private final Api api;
    private final String base;
    private final String network;
    private final Path state;
    private volatile boolean stopping;

    FeedFollower(Api api, String base, String network, Path state) {
        this.api = api;
        this.base = base;
        this.network = network;
        this.state = state;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: FeedFollower BASE_URL NETWORK STATE_DIR [--once] TOPIC…   (token in NETZWERK_TOKEN)");
            System.exit(2);
        }
        String token = System.getenv("NETZWERK_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("error: NETZWERK_TOKEN must hold an integration (or coordinator) token of the network");
            System.exit(2);
        }
        boolean once = args[3].equals("--once");
        List<String> topics = List.of(args).subList(once ? 4 : 3, args.length);
        Path state = Path.of(args[2]);
        Files.createDirectories(state);
        FeedFollower follower = new FeedFollower(new Api(token), args[0], args[1], state);
        Thread main = Thread.currentThread();
        // SIGTERM: finish the page being handled, save, stop. (kill -9 is handled on the next start instead.)
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            follower.stopping = true;
            try {
                main.join(Duration.ofSeconds(20));
            } catch (InterruptedException ignored) {
                // Exiting anyway.
            }
        }));
        follower.follow(topics, once);
    }

    void follow(List<String> topics, boolean once) throws IOException, InterruptedException {
        for (String topic : topics) {
            recover(topic);
        }
        while (!stopping) {
            boolean anyNew = false;
            Duration wait = DEFAULT_WAIT;
            for (String topic : topics) {
                Optional<Duration> caughtUp = readPage(topic);
                if (caughtUp.isEmpty()) {
                    anyNew = true;
                } else if (caughtUp.get().compareTo(wait) < 0) {
                    wait = caughtUp.get();
                }
                if (stopping) {
                    return;
                }
            }
            if (!anyNew) {
                if (once) {
                    return;
                }
                sleep(wait);
            }
        }
    }

    /** Reads and handles one page; empty if it had events, else how long the feed asks to wait. */
    private Optional<Duration> readPage(String topic) throws IOException, InterruptedException {
        Saved saved = saved(topic);
        String url = base + "/api/v1/networks/" + network + "/feeds/" + topic + "?limit=200"
                + (saved.cursor() == null ? "" : "&after=" + saved.cursor());
        HttpResponse<String> response = api.exchange("GET", url, null);
        if (response.statusCode() == 410) {
            System.err.printf("error: the %s feed no longer keeps the events after our cursor: read the network's current "
                    + "state again, then delete %s to follow from the start%n", topic, cursorFile(topic));
            System.exit(3);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET %s answered %d: %s".formatted(url, response.statusCode(), response.body()));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) Json.parse(response.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> events = (List<Map<String, Object>>) page.get("events");
        if (events.isEmpty()) {
            return Optional.of(response.headers().firstValue("Retry-After").map(Long::parseLong).map(Duration::ofSeconds)
                    .orElse(DEFAULT_WAIT));
        }
        long length = handle(topic, events);
        save(topic, new Saved((String) page.get("next"), length));
        return Optional.empty();
    }

    /** Appends one line per event to the topic's file and prints it; returns the file's new length. */
    private long handle(String topic, List<Map<String, Object>> events) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Map<String, Object> event : events) {
            lines.append("%s %s %s %s %s%n".formatted(topic, event.get("time"), event.get("type"), event.get("subject"),
                    event.get("id")));
        }
        try (RandomAccessFile file = new RandomAccessFile(eventsFile(topic).toFile(), "rw")) {
            file.seek(file.length());
            file.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            file.getFD().sync();
            System.out.print(lines);
            System.out.flush();
            return file.length();
        }
    }

    /** After a crash: cut off what was handled after the last saved cursor; the next read brings it again. */
    private void recover(String topic) throws IOException {
        long saved = saved(topic).length();
        try (RandomAccessFile file = new RandomAccessFile(eventsFile(topic).toFile(), "rw")) {
            if (file.length() > saved) {
                file.setLength(saved);
            }
        }
    }

    private record Saved(String cursor, long length) {
    }

    private Saved saved(String topic) throws IOException {
        Path file = cursorFile(topic);
        if (!Files.exists(file)) {
            return new Saved(null, 0);
        }
        String[] parts = Files.readString(file).trim().split(" ");
        return new Saved(parts[0], Long.parseLong(parts[1]));
    }

    /** Written beside, then renamed over the old one: a reader finds the old cursor or the new one, never half of one. */
    private void save(String topic, Saved saved) throws IOException {
        Path next = state.resolve(network + "." + topic + ".cursor.next");
        Files.writeString(next, saved.cursor() + " " + saved.length() + "\n");
        Files.move(next, cursorFile(topic), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Path cursorFile(String topic) {
        return state.resolve(network + "." + topic + ".cursor");
    }

    private Path eventsFile(String topic) {
        return state.resolve(network + "." + topic + ".events");
    }

    private void sleep(Duration wait) {
        long until = System.nanoTime() + wait.toNanos();
        while (!stopping && System.nanoTime() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
