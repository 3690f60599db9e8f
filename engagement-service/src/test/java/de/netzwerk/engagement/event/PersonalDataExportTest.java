package de.netzwerk.engagement.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, item 1: a partner's personal-data export asked for on partner-events is answered on personal-data-exports
 * with everything engagement-service holds about them — score and ledger, alerts with evidence and follow-up, cases,
 * pauses, facts — and nothing about anyone else, once per request, also for an erased partner.
 */
@QuarkusTest
class PersonalDataExportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "personal-data-exports";
    private static final String PART = "de.netzwerk.engagement.personal-data-exported.v1";
    private static final Path ASYNCAPI = Path.of("src", "main", "resources", "asyncapi");
    private static final String FOLLOW_UP_NOTE = "Pflegt ihre Mutter, möchte im Frühjahr wieder mitmachen";
    private static final String PAUSE_NOTE = "Reha bis Ende Januar";
    private static final String OTHERS_NOTE = "Sabbatical in Neuseeland";
    private static final String OBJECTION = "/api/v1/networks/{n}/engagement/{p}/scoring-objection";
    private static final String OBJECTION_REASON = "Ich will nicht, dass meine Fehlzeiten bewertet werden";
    private static final String SECOND_REASON = "Die Bewertung setzt mich unter Druck";
    private static final String GROUNDS = "Die Patenschaften der Arbeitsgruppe werden nach der Einschätzung verteilt";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aPartnersScoreAlertsPausesAndFactsAreExportedOnceWithNothingOfAnotherPartner() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID task = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.membership(other, group, daysAgo(300));
        events.attendance(other, group, first, daysAgo(14), "PRESENT");
        events.attendance(other, group, second, daysAgo(7), "ABSENT");
        events.attendance(partner, group, first, daysAgo(14), "ABSENT");
        events.attendance(partner, group, second, daysAgo(7), "ABSENT");
        events.taskAssigned(task, partner, "Förderantrag für Frau Keller", daysAgo(30), daysAgo(60));
        events.taskOverdue(task, partner, daysAgo(30));
        UUID offer = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        events.exchangeOfferPosted(partner, offer, daysAgo(20));
        events.exchangeAgreed(match, partner, other, daysAgo(2));
        events.flush();
        List<Map<String, Object>> alerts = Alerts.awaitFor(network, partner,
                found -> found.stream().anyMatch(alert -> "ABSENCE_STREAK".equals(alert.get("rule"))), PATIENCE);
        String alertId = (String) alerts.stream().filter(alert -> "ABSENCE_STREAK".equals(alert.get("rule")))
                .findFirst().orElseThrow().get("id");
        String coordinator = DevTokens.coordinator(network);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("status", "CONTACTED", "contactChannel", "CALL", "contactedBy", "Petra Jansen",
                        "note", FOLLOW_UP_NOTE))
                .header("If-Match", Alerts.etag(network, alertId))
                .when().patch("/api/v1/networks/{n}/alerts/{a}", network, alertId).then().statusCode(200);
        // A pause yet to come: one under way would keep the overdue task from counting.
        pause(partner, "ILLNESS", PAUSE_NOTE);
        pause(other, "SABBATICAL", OTHERS_NOTE);
        JsonPath engagement = Engagement.await(network, partner, found -> found.get("pause") != null
                && "AGREED_EXCHANGE".equals(found.getString("lastSignOfLife.activity")));

        UUID exportId = UUID.randomUUID();
        UUID request = events.personalDataExportRequested(partner, exportId);
        events.flush();
        ConsumerRecord<String, String> record = awaitPart(exportId);
        JsonNode exported = json.readTree(record.value());

        assertEquals(Set.of(), schema().validate(exported));
        assertEquals(exportId.toString(), record.key());
        assertEquals(partner.toString(), TopicReader.header(record, "ce_subject"));
        assertEquals(network, TopicReader.header(record, "ce_networkid"));
        assertEquals("engagement-service", exported.get("service").asText());
        JsonNode part = exported.get("part");
        assertFalse(part.get("erased").asBoolean());

        assertEquals(engagement.getInt("score"), part.at("/engagement/score").asInt());
        assertEquals(engagement.getString("band"), part.at("/engagement/band").asText());
        assertEquals(engagement.getList("ledger.reason"), texts(part.at("/engagement/ledger"), "reason"));
        assertThat(texts(part.at("/engagement/ledger"), "reason"),
                hasItem("task due %s overdue by 30 days".formatted(daysAgo(30))));

        JsonNode alert = StreamSupport.stream(part.get("alerts").spliterator(), false)
                .filter(candidate -> alertId.equals(candidate.get("alertId").asText())).findFirst().orElseThrow();
        assertEquals(Set.of(first.toString(), second.toString()), Set.copyOf(texts(alert.get("evidence"), "id")));
        assertEquals("CONTACTED", alert.get("status").asText());
        assertEquals("CALL", alert.at("/followUp/contactChannel").asText());
        assertEquals("Petra Jansen", alert.at("/followUp/contactedBy").asText());
        assertEquals(FOLLOW_UP_NOTE, alert.at("/followUp/note").asText());
        assertEquals(List.of(alert.get("caseId").asText()), texts(part.get("cases"), "caseId"));

        assertEquals(1, part.get("pauses").size());
        assertEquals("ILLNESS", part.at("/pauses/0/reason").asText());
        assertEquals(PAUSE_NOTE, part.at("/pauses/0/note").asText());
        assertEquals(daysAgo(-10).toString(), part.at("/pauses/0/startsOn").asText());

        assertEquals(List.of(group.toString()), texts(part.at("/facts/memberships"), "groupId"));
        assertEquals(List.of(first.toString(), second.toString()), texts(part.at("/facts/attendance"), "meetingId"));
        assertEquals(List.of("ABSENT", "ABSENT"), texts(part.at("/facts/attendance"), "status"));
        assertEquals(List.of(task.toString()), texts(part.at("/facts/tasks"), "taskId"));
        assertEquals(daysAgo(30).toString(), part.at("/facts/tasks/0/dueDate").asText());
        assertEquals(List.of("OFFER_POSTED", "AGREED"), texts(part.at("/facts/exchanges"), "activity"));
        assertEquals(List.of(offer.toString(), match.toString()), texts(part.at("/facts/exchanges"), "referenceId"));
        assertTrue(part.get("scoringObjections").isEmpty(), "she never objected to scoring");

        assertFalse(record.value().contains(other.toString()), "nothing names the other partner");
        assertFalse(record.value().contains(OTHERS_NOTE), "nothing of the other partner's pause");
        assertFalse(record.value().contains("Frau Keller"), "no task title is kept, so none is exported");

        events.personalDataExportRequested(request, partner, exportId);
        UUID later = exportOnThePartitionOf(exportId);
        events.personalDataExportRequested(partner, later);
        events.flush();
        assertEquals(1, partsReadUntil(later, exportId), "a redelivered request is answered once");
    }

    @Test
    void everyObjectionToScoringIsExportedOldestFirstWithTheirWordsAndWhatBecameOfItAndNoScoreWhileOneStands()
            throws Exception {
        UUID meeting = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.attendance(partner, group, meeting, daysAgo(7), "ABSENT");
        events.flush();
        Engagement.await(network, partner, found -> found.get("score") != null);
        String coordinator = DevTokens.coordinator(network);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("reason", OBJECTION_REASON))
                .when().post(OBJECTION, network, partner).then().statusCode(201);

        JsonNode open = exported();

        assertTrue(open.at("/engagement").isNull(), "no score is computed for the export while she objects");
        assertEquals(1, open.get("scoringObjections").size());
        assertEquals("OPEN", open.at("/scoringObjections/0/status").asText());
        assertEquals(OBJECTION_REASON, open.at("/scoringObjections/0/reason").asText());
        assertTrue(open.at("/scoringObjections/0/recordedOnBehalf").asBoolean());
        assertFalse(open.at("/scoringObjections/0/recordedBy").asText().isBlank());
        assertFalse(open.at("/scoringObjections/0/recordedAt").isNull());
        for (String undecided : List.of("decidedAt", "decidedBy", "justification")) {
            assertTrue(open.at("/scoringObjections/0/" + undecided).isNull(), undecided);
        }
        assertEquals(List.of(meeting.toString()), texts(open.at("/facts/attendance"), "meetingId"),
                "the facts she is not scored on are still hers");

        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("status", "WITHDRAWN"))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner).then().statusCode(200);
        given().auth().oauth2(coordinator).contentType("application/json").body(Map.of("reason", SECOND_REASON))
                .when().post(OBJECTION, network, partner).then().statusCode(201);
        given().auth().oauth2(coordinator).contentType("application/json")
                .body(Map.of("status", "REJECTED", "justification", GROUNDS))
                .header("If-Match", Alerts.objectionEtag(network, partner)).when().patch(OBJECTION, network, partner).then().statusCode(200);
        JsonPath scoredAgain = Engagement.await(network, partner,
                found -> "ACTIVE".equals(found.getString("scoring")) && found.get("score") != null);

        JsonNode both = exported();

        assertEquals(scoredAgain.getInt("score"), both.at("/engagement/score").asInt());
        assertEquals(List.of("WITHDRAWN", "REJECTED"), texts(both.get("scoringObjections"), "status"),
                "the withdrawn objection is hers as well, and comes first");
        assertEquals(List.of(OBJECTION_REASON, SECOND_REASON), texts(both.get("scoringObjections"), "reason"));
        assertFalse(both.at("/scoringObjections/0/decidedAt").isNull(), "when she withdrew it");
        assertTrue(both.at("/scoringObjections/0/justification").isNull());
        assertEquals(GROUNDS, both.at("/scoringObjections/1/justification").asText());
        assertFalse(both.at("/scoringObjections/1/decidedBy").asText().isBlank());
        assertFalse(both.at("/scoringObjections/1/decidedAt").isNull());
    }

    @Test
    void anErasedPartnerIsAnsweredAsErasedAndOneNeverHeardOfWithNothing() throws Exception {
        events.membership(partner, group, daysAgo(300));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        events.flush();
        Engagement.await(network, partner, found -> found.get("score") != null);
        pause(partner, "PARENTAL_LEAVE", PAUSE_NOTE);
        events.partnerErased(partner, UUID.randomUUID());

        UUID exportOfErased = UUID.randomUUID();
        events.personalDataExportRequested(partner, exportOfErased);
        events.flush();
        ConsumerRecord<String, String> erased = awaitPart(exportOfErased);
        JsonNode erasedPart = json.readTree(erased.value());

        assertEquals(Set.of(), schema().validate(erasedPart));
        assertTrue(erasedPart.at("/part/erased").asBoolean());
        assertNothingIn(erasedPart.get("part"));
        assertFalse(erased.value().contains(PAUSE_NOTE));

        UUID unknown = UUID.randomUUID();
        UUID exportOfUnknown = UUID.randomUUID();
        events.personalDataExportRequested(unknown, exportOfUnknown);
        events.flush();
        JsonNode unknownPart = json.readTree(awaitPart(exportOfUnknown).value());

        assertEquals(Set.of(), schema().validate(unknownPart));
        assertFalse(unknownPart.at("/part/erased").asBoolean());
        assertNothingIn(unknownPart.get("part"));
    }

    @Test
    void aRequestNamingAPartnerOfAnotherNetworkGoesToTheDeadLetterTopicAndExportsNothing() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> found.get("score") != null);
        UUID exportId = UUID.randomUUID();
        UUID refused;
        try (Histories intruder = new Histories(bootstrapServers, "net-" + UUID.randomUUID().toString().substring(0, 8))) {
            refused = intruder.personalDataExportRequested(partner, exportId);
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "engagement-service.partner-events.dlq")) {
            reader.readUntil(record -> refused.toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
        }
        UUID later = exportOnThePartitionOf(exportId);
        events.personalDataExportRequested(partner, later);
        events.flush();
        assertEquals(0, partsReadUntil(later, exportId), "nothing about the partner went to the other network");
    }

    @Test
    void theExampleConformsToTheSchema() throws Exception {
        JsonNode example = json.readTree(Files.readString(ASYNCAPI.resolve("examples/personal-data-exported.v1.json")));
        assertEquals(Set.of(), schema().validate(example));
    }

    private static void assertNothingIn(JsonNode part) {
        assertTrue(part.get("engagement").isNull());
        for (String list : List.of("alerts", "cases", "pauses")) {
            assertTrue(part.get(list).isEmpty(), list);
        }
        for (String list : List.of("memberships", "invitations", "answers", "attendance", "minutes", "tasks",
                "keyActorOfGoals", "exchanges")) {
            assertTrue(part.get("facts").get(list).isEmpty(), list);
        }
        assertTrue(part.at("/facts/leftNetworkAt").isNull());
        assertTrue(part.get("scoringObjections").isEmpty());
    }

    /** The partner's part of a fresh export, checked against the schema. */
    private JsonNode exported() throws Exception {
        UUID exportId = UUID.randomUUID();
        events.personalDataExportRequested(partner, exportId);
        events.flush();
        JsonNode exported = json.readTree(awaitPart(exportId).value());
        assertEquals(Set.of(), schema().validate(exported));
        return exported.get("part");
    }

    private void pause(UUID who, String reason, String note) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .body(Map.of("startsOn", daysAgo(-10).toString(), "until", daysAgo(-60).toString(), "reason", reason,
                        "note", note))
                .when().put("/api/v1/networks/{n}/engagement/{p}/pause", network, who).then().statusCode(200);
    }

    private ConsumerRecord<String, String> awaitPart(UUID exportId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            return reader.readUntil(candidate -> isPartOf(candidate, exportId), PATIENCE).stream()
                    .filter(candidate -> isPartOf(candidate, exportId)).findFirst().orElseThrow();
        }
    }

    /** The parts of {@code exportId} read by the time the part of {@code later} is. */
    private long partsReadUntil(UUID later, UUID exportId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            return reader.readUntil(candidate -> isPartOf(candidate, later), PATIENCE).stream()
                    .filter(candidate -> isPartOf(candidate, exportId)).count();
        }
    }

    /**
     * An export id whose part lands on the partition of {@code exportId}'s, as the producer's default partitioner
     * places a key: a second part of {@code exportId}, published before it, would be read before it.
     */
    private UUID exportOnThePartitionOf(UUID exportId) throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        }
        int wanted = partitionOf(exportId, partitions);
        UUID candidate = UUID.randomUUID();
        while (partitionOf(candidate, partitions) != wanted) {
            candidate = UUID.randomUUID();
        }
        return candidate;
    }

    private static int partitionOf(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static boolean isPartOf(ConsumerRecord<String, String> record, UUID exportId) {
        return exportId.toString().equals(record.key()) && PART.equals(TopicReader.header(record, "ce_type"));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(element -> element.get(field).asText()).toList();
    }

    private static JsonSchema schema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ASYNCAPI.resolve("schemas/personal-data-exported.v1.json")), config);
    }
}
