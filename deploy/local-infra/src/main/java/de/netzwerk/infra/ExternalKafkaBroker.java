package de.netzwerk.infra;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A Kafka broker in a process of its own, started and stopped by {@code deploy/local/kafka/broker}, on ports
 * of its own: for tests that take the broker away and bring it back while the service keeps running.
 * Its data survives a stop, as a real broker's would.
 */
public final class ExternalKafkaBroker {

    private final Path script;
    private final Path stateDirectory;
    private final int port;
    private final int controllerPort;

    private ExternalKafkaBroker(Path script, Path stateDirectory, int port, int controllerPort) {
        this.script = script;
        this.stateDirectory = stateDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** A broker on free ports with its state under the module's {@code target/} folder; not started yet. */
    public static ExternalKafkaBroker onFreePorts(String name) {
        Path root = repositoryRoot();
        return new ExternalKafkaBroker(root.resolve("deploy/local/kafka/broker"),
                Path.of("target", name).toAbsolutePath(), freePort(), freePort());
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public void start() {
        run("start");
    }

    public void stop() {
        run("stop");
    }

    private void run(String command) {
        try {
            Files.createDirectories(stateDirectory);
            ProcessBuilder builder = new ProcessBuilder(script.toString(), command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(stateDirectory.resolve("broker-script.log").toFile()));
            builder.environment().put("NETZWERK_RUN_DIR", stateDirectory.toString());
            builder.environment().put("NETZWERK_KAFKA_PORT", Integer.toString(port));
            builder.environment().put("NETZWERK_KAFKA_CONTROLLER_PORT", Integer.toString(controllerPort));
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("'" + script + " " + command + "' failed; see "
                        + stateDirectory.resolve("broker-script.log") + " and " + stateDirectory.resolve("logs"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + script, e);
        }
    }

    /** Maven runs each module's tests in the module's folder; the repository root is where mvnw is. */
    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("Cannot find the repository root (the folder with mvnw) above "
                    + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port for the Kafka broker", e);
        }
    }
}
