package de.netzwerk.task.inbox;

import de.netzwerk.infra.LockedTable;
import de.netzwerk.task.KafkaEvents;
import de.netzwerk.task.Partners;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.DoublePredicate;

import static io.restassured.RestAssured.given;

/**
 * The operators' view of a consumer falling behind: {@code netzwerk_consumer_lag_events} on {@code /q/metrics}
 * counts the events a group has not yet processed on a partition, and goes back to 0 once it has.
 */
@QuarkusTest
class ConsumerLagTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void theLagOfAPartitionCountsTheEventsWaitingForTheConsumerAndIsZeroOnceTheyAreProcessed() throws Exception {
        String network = Partners.freshNetwork();
        String anna = UUID.randomUUID().toString();
        String partition;
        // The consumer records every event it processes in processed_event, in the transaction of its effect:
        // while another transaction holds the table, it cannot finish the event, nor commit its offset.
        try (KafkaEvents events = new KafkaEvents(bootstrapServers, network);
                LockedTable held = new LockedTable(dataSource, "processed_event")) {
            events.partner("partner-registered.v1", anna, Partners.registered(network, anna, List.of("moderation")));
            partition = events.lastPosition().split(":")[1];

            awaitLag(partition, lag -> lag >= 1, "at least 1 while the consumer is held up");
        }
        awaitLag(partition, lag -> lag == 0, "0 once the consumer has processed the event");
    }

    private void awaitLag(String partition, DoublePredicate expected, String what) {
        Awaitility.await("the lag of task-service on partner-events partition " + partition + " to be " + what)
                .atMost(PATIENCE)
                .until(() -> lagOf(partition), lag -> lag.isPresent() && expected.test(lag.getAsDouble()));
    }

    private OptionalDouble lagOf(String partition) {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost())
                .port(management.getPort()).get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines()
                .filter(line -> line.startsWith("netzwerk_consumer_lag_events{"))
                .filter(line -> line.contains("group=\"task-service\"") && line.contains("topic=\"partner-events\"")
                        && line.contains("partition=\"" + partition + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
