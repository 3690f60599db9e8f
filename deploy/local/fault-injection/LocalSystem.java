import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The running local system as the fault-injection runs drive it: through the scripts of deploy/local (services,
 * broker, database cluster), the services' metrics and their databases. Nothing here knows about a single run.
 */
final class LocalSystem {

    static final String BOOTSTRAP = "127.0.0.1:" + System.getenv().getOrDefault("NETZWERK_KAFKA_PORT", "9092");
    static final List<String> SERVICES = List.of("partner", "meeting", "task", "engagement");

    private final Path local;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LocalSystem(Path local) {
        this.local = local;
    }

    /** Runs a script of deploy/local (e.g. "service", "kill", "engagement-service"), its output beside ours. */
    void run(String... command) {
        run(Map.of(), command);
    }

    void run(Map<String, String> environment, String... command) {
        ProcessBuilder builder = new ProcessBuilder(commandLine(command)).inheritIO();
        builder.environment().putAll(environment);
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException("deploy/local/" + String.join(" ", command) + " failed with exit code " + exit);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run deploy/local/" + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running deploy/local/" + command[0], e);
        }
    }

    /** What a script prints, for the tokens. */
    String output(String... command) {
        try {
            Process process = new ProcessBuilder(commandLine(command)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("deploy/local/" + String.join(" ", command) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run deploy/local/" + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command with its script's path under deploy/local. */
    private List<String> commandLine(String... command) {
        List<String> line = new ArrayList<>(List.of(command));
        line.set(0, local.resolve(command[0]).toString());
        return line;
    }

    String token(String network, String role) {
        return output("token", network, role);
    }

    /** The log of a service instance (deploy/local/lib/common.sh writes it there). */
    Path log(String instance) {
        String runDir = System.getenv().getOrDefault("NETZWERK_RUN_DIR", local.resolve(".run").toString());
        return Path.of(runDir, "logs", instance + ".log");
    }

    long logSize(String instance) {
        try {
            return Files.exists(log(instance)) ? Files.size(log(instance)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The sum of a counter over its tags on a service's /q/metrics, or 0 when the service does not answer. */
    double counter(int managementPort, String name) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return text.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** The number a counting query (its parameters in order) answers in the database of SERVICE. */
    static long count(String service, String query, String... parameters) throws SQLException {
        try (Connection db = database(service); PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** A connection to the local run's database of SERVICE (partner, meeting, task or engagement). */
    static Connection database(String service) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/netzwerk_" + service,
                "netzwerk", "netzwerk-local-dev");
        connection.setReadOnly(true);
        return connection;
    }
}
