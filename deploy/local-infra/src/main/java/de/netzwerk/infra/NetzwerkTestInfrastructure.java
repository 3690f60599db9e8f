package de.netzwerk.infra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service's test suite a real PostgreSQL database and a real Kafka broker.
 *
 * <p>Where a Docker engine answers, both come from Testcontainers. Where none does (the usual case on the
 * project's machines and in CI), the database is the local PostgreSQL cluster prepared by
 * {@code deploy/local/postgres start} and the broker is a single KRaft node started inside the test JVM.
 * {@code NETZWERK_TEST_INFRA=containers|local} forces either.
 *
 * <p>Init argument {@code service}: the short service name, which names the test database
 * ({@code netzwerk_<service>_test}).
 */
public class NetzwerkTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    private String service;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.get("service");
        if (service == null || service.isBlank()) {
            throw new IllegalArgumentException("NetzwerkTestInfrastructure needs the init argument 'service'");
        }
    }

    @Override
    public Map<String, String> start() {
        InfraMode mode = InfraMode.detect();
        Map<String, String> config = new HashMap<>();
        config.putAll(TestPostgres.connectionConfig(mode, databaseName()));
        config.put("kafka.bootstrap.servers", TestKafka.bootstrapServers(mode));
        config.putAll(DevTokens.verificationConfig());
        return config;
    }

    /**
     * {@code netzwerk_<service>_test}, unless {@code NETZWERK_TEST_DATABASE} names another (existing) database: two
     * working copies of one service can then run their suites at the same time without sharing rows. The broker
     * is never shared: each test JVM starts its own.
     */
    private String databaseName() {
        String override = System.getenv("NETZWERK_TEST_DATABASE");
        return override == null || override.isBlank() ? "netzwerk_" + service + "_test" : override;
    }

    @Override
    public void stop() {
        // The database and the broker live as long as the test JVM: a second test profile reuses them
        // instead of paying for a new broker. Both are closed by a shutdown hook.
    }
}
