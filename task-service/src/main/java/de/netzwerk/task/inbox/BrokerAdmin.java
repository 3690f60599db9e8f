package de.netzwerk.task.inbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * One admin client of the broker for the operators' signals (consumer lag, the broker's health), made from the
 * {@code kafka.*} settings every channel uses, so that it reaches the broker however the cluster secures it. Every
 * question to it gives up after {@link #PATIENCE}: a signal must not hang while the broker is away.
 */
@ApplicationScoped
public class BrokerAdmin {

    public static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Map<String, Object> kafkaConfig;
    private final String applicationName;
    private Admin admin;

    BrokerAdmin(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafkaConfig = kafkaConfig;
        this.applicationName = applicationName;
    }

    public synchronized Admin client() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (AdminClientConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, applicationName + "-signals");
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis());
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(PATIENCE);
        }
    }
}
