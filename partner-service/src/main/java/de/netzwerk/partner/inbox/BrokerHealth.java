package de.netzwerk.partner.inbox;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.concurrent.TimeUnit;

/**
 * Whether the broker answers, on {@code /q/health/well} (and in {@code /q/health}), never in readiness or liveness:
 * while it is away the API keeps serving and the events wait in the outbox, so no probe may act on it, but
 * operators see it at once. Names no address, as the rest of health.
 */
@Wellness
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    static final String NAME = "Kafka broker";

    private final BrokerAdmin broker;

    BrokerHealth(BrokerAdmin broker) {
        this.broker = broker;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = broker.client().describeCluster().nodes()
                    .get(BrokerAdmin.PATIENCE.toMillis(), TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named(NAME).up().withData("nodes", nodes).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named(NAME).down()
                    .withData("reason", "no answer within " + BrokerAdmin.PATIENCE.toSeconds() + " s").build();
        }
    }
}
