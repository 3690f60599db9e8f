package de.netzwerk.partner.export;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.ExportParts;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.service.ExportPartsTopicCleaner;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.awaitility.Awaitility.await;

/**
 * The services' parts of an export carry everything they hold about a person: once partner-service has read them they
 * are deleted from personal-data-exports, not left there for the topic's hour (issue 14, items 1 and 2).
 */
@QuarkusTest
class ExportPartsLeaveTheTopicTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ExportPartsTopicCleaner cleaner;

    @Test
    void partsReadByPartnerServiceAreDeletedFromTheTopic() throws Exception {
        String network = Partners.network();
        String partner = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String export = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}/personal-data", network, partner)
                .then().statusCode(202).extract().path("id");
        try (ExportParts parts = new ExportParts(bootstrapServers)) {
            for (String producer : List.of("meeting", "task", "engagement")) {
                parts.send(producer, UUID.randomUUID(), network, partner, export,
                        parts.data(producer, network, partner, export).toString());
            }
        }
        assertEquals(3, recordsOf(export).size(), "the three parts are on the topic before partner-service reads them");
        awaitComplete(network, partner, export);

        // The consumer commits its offsets a moment after it has processed the records: the cleaner may need a second try.
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            cleaner.deleteRead();
            List<ConsumerRecord<String, String>> left = recordsOf(export);
            assertTrue(left.isEmpty(), "no part of the export is left on the topic: " + left);
        });
    }

    private static void awaitComplete(String network, String partner, String export) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertEquals("COMPLETE",
                given().auth().oauth2(DevTokens.coordinator(network))
                        .when().get("/api/v1/networks/{n}/partners/{p}/personal-data/exports/{e}", network, partner, export)
                        .then().statusCode(200).extract().path("status")));
    }

    /** Every record of the export still on the topic, read from its first offset to its end. */
    private List<ConsumerRecord<String, String>> recordsOf(String export) {
        Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(ExportParts.TOPIC, PATIENCE).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (export.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}
