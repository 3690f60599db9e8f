package de.netzwerk.infra;

import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Map;

/** The PostgreSQL database of one service's test suite. */
final class TestPostgres {

    // Local development credentials, created by deploy/local/postgres; never used outside this machine.
    private static final String LOCAL_USER = "netzwerk";
    private static final String LOCAL_PASSWORD = "netzwerk-local-dev";
    private static final String CONTAINER_IMAGE = "postgres:15-alpine";

    private static PostgreSQLContainer<?> container;

    private TestPostgres() {
    }

    static Map<String, String> connectionConfig(InfraMode mode, String database) {
        return switch (mode) {
            case CONTAINERS -> containerConfig(database);
            case LOCAL -> localConfig(database);
        };
    }

    private static Map<String, String> localConfig(String database) {
        String host = System.getenv().getOrDefault("NETZWERK_TEST_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("NETZWERK_TEST_PG_PORT", "5432"));
        requireReachable(host, port);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://%s:%d/%s".formatted(host, port, database),
                "quarkus.datasource.username", LOCAL_USER,
                "quarkus.datasource.password", LOCAL_PASSWORD);
    }

    private static void requireReachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2_000);
        } catch (IOException e) {
            throw new IllegalStateException("No Docker engine, and PostgreSQL is not reachable at " + host + ":" + port
                    + ". Run the tests with deploy/local/test, or start the database with deploy/local/postgres start.", e);
        }
    }

    private static synchronized Map<String, String> containerConfig(String database) {
        if (container == null) {
            container = new PostgreSQLContainer<>(CONTAINER_IMAGE).withDatabaseName(database);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", container.getJdbcUrl(),
                "quarkus.datasource.username", container.getUsername(),
                "quarkus.datasource.password", container.getPassword());
    }
}
