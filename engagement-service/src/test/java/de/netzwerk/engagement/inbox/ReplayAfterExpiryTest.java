package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Once the topics have dropped their oldest events (retention), a replay cannot read them again: it keeps the facts
 * stored from them and applies what the topics still hold over them, so no partner loses history to a replay.
 */
@QuarkusTest
class ReplayAfterExpiryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aReplayAfterTheTopicsDroppedEventsKeepsWhatTheyHadTaught() throws Exception {
        UUID group = UUID.randomUUID();
        UUID partner = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        try (Histories events = new Histories(bootstrapServers, network)) {
            events.membership(partner, group, daysAgo(200));
            events.invitations(meeting, group, daysAgo(40), 10, partner);
            events.attendance(partner, group, meeting, daysAgo(40), "ABSENT");
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(20), "ABSENT");
        }
        Engagement.await(network, partner, found -> found.getList("ledger").size() >= 2);
        Engagement.awaitNoPendingAssessments();
        JsonPath live = Engagement.of(network, partner);

        expireEverythingSoFar();

        Map<String, Object> result = given().auth().oauth2(DevTokens.operator())
                .when().post("/api/v1/engagement-replay")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        assertEquals("STORED_FACTS", result.get("rebuiltFrom"), "the topics had dropped events: " + result);
        Engagement.awaitNoPendingAssessments();

        assertEquals(live.prettify(), Engagement.of(network, partner).prettify(),
                "the partner's history survives a replay of topics that no longer hold it");
    }

    /** What retention does to old segments, done at once: every input topic starts after its current end. */
    private void expireEverythingSoFar() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(ReplayService.TOPICS).allTopicNames().get()
                    .values().stream()
                    .flatMap(topic -> topic.partitions().stream()
                            .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                    .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
            Map<TopicPartition, RecordsToDelete> upToEnd = admin.listOffsets(partitions).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey,
                            end -> RecordsToDelete.beforeOffset(end.getValue().offset())));
            admin.deleteRecords(upToEnd).all().get();
        }
    }
}
