package de.netzwerk.engagement.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.NetworkSettingsEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * engagement-service reads what partner-, meeting- and task-service promise: each producer's example (from the
 * neighbouring module, not a copy) conforms to the producer's schema, carries the type this service listens
 * for, and reads into this service's own record, also with fields the producer may add later. Plain JUnit: the
 * readers are built as the service builds them ({@link ServiceJson}).
 */
class ConsumedEventsContractTest {

    private final EventReaders readers = ServiceJson.readers();
    private final ObjectMapper json = ServiceJson.mapper();

    @ParameterizedTest
    @CsvSource({
            "partner-service, network-registered, de.netzwerk.partner.network-registered.v1",
            "partner-service, network-updated, de.netzwerk.partner.network-updated.v1",
            "partner-service, partner-registered, de.netzwerk.partner.partner-registered.v1",
            "partner-service, membership-started, de.netzwerk.partner.membership-started.v1",
            "partner-service, membership-changed, de.netzwerk.partner.membership-changed.v1",
            "partner-service, membership-ended, de.netzwerk.partner.membership-ended.v1",
            "partner-service, partner-left, de.netzwerk.partner.partner-left.v1",
            "partner-service, partner-erased, de.netzwerk.partner.partner-erased.v1",
            "partner-service, personal-data-export-requested, de.netzwerk.partner.personal-data-export-requested.v1",
            "partner-service, goal-actor-needs-changed, de.netzwerk.partner.goal-actor-needs-changed.v1",
            "partner-service, exchange-offer-posted, de.netzwerk.partner.exchange-offer-posted.v1",
            "partner-service, exchange-need-posted, de.netzwerk.partner.exchange-need-posted.v1",
            "partner-service, exchange-agreed, de.netzwerk.partner.exchange-agreed.v1",
            "partner-service, exchange-completed, de.netzwerk.partner.exchange-completed.v1",
            "meeting-service, attendance-recorded, de.netzwerk.meeting.attendance-recorded.v1",
            "meeting-service, invitations-sent, de.netzwerk.meeting.invitations-sent.v1",
            "meeting-service, rsvp-received, de.netzwerk.meeting.rsvp-received.v1",
            "meeting-service, cancelled, de.netzwerk.meeting.cancelled.v1",
            "meeting-service, minutes-published, de.netzwerk.meeting.minutes-published.v1",
            "meeting-service, minutes-acknowledged, de.netzwerk.meeting.minutes-acknowledged.v1",
            "task-service, task-assigned, de.netzwerk.task.task-assigned.v1",
            "task-service, task-reassigned, de.netzwerk.task.task-reassigned.v1",
            "task-service, task-due-soon, de.netzwerk.task.task-due-soon.v1",
            "task-service, task-overdue, de.netzwerk.task.task-overdue.v1",
            "task-service, task-completed, de.netzwerk.task.task-completed.v1",
            "task-service, task-cancelled, de.netzwerk.task.task-cancelled.v1",
            "task-service, task-rescheduled, de.netzwerk.task.task-rescheduled.v1"
    })
    void theProducersExampleConformsToItsSchemaAndReadsIntoThisServicesRecord(String producer, String name, String type)
            throws Exception {
        Path asyncapi = Path.of("..", producer, "src", "main", "resources", "asyncapi");
        String schemaText = Files.readString(asyncapi.resolve("schemas/" + name + ".v1.json"));
        JsonNode example = json.readTree(Files.readString(asyncapi.resolve("examples/" + name + ".v1.json")));
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(schemaText, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

        assertEquals(Set.of(), schema.validate(example));
        assertEquals(type, json.readTree(schemaText).get("title").asText(), "the type this service listens for");
        ConsumedEvent read = readers.read(event(type, example)).orElseThrow();
        assertEquals(example.get("networkId").asText(), read.networkId());

        ((ObjectNode) example).put("addedInALaterRelease", "ignored");
        assertTrue(readers.read(event(type, example)).isPresent());
    }

    @ParameterizedTest
    @CsvSource({ "network-registered", "network-updated" })
    void theNetworkExamplesReadIntoTheNetworksZoneLanguageAndVersion(String name) throws Exception {
        Path asyncapi = Path.of("..", "partner-service", "src", "main", "resources", "asyncapi");
        JsonNode example = json.readTree(Files.readString(asyncapi.resolve("examples/" + name + ".v1.json")));

        NetworkSettingsEvent read = (NetworkSettingsEvent) readers.read(
                event("de.netzwerk.partner." + name + ".v1", example)).orElseThrow();

        assertEquals(example.get("timeZone").asText(), read.timeZone());
        assertEquals(example.get("defaultLanguage").asText(), read.defaultLanguage());
        assertEquals(example.get("version").asLong(), read.version());
        assertEquals(OffsetDateTime.parse(example.path("updatedAt").asText(example.path("registeredAt").asText()))
                .toInstant(), read.asOf().toInstant());
    }

    /** ce_subject as the producer sets it: the network for the network's own events, else some id. */
    private static IncomingEvent event(String type, JsonNode data) {
        String network = data.get("networkId").asText();
        String subject = type.startsWith("de.netzwerk.partner.network-") ? network : UUID.randomUUID().toString();
        return new IncomingEvent(UUID.randomUUID(), type, "/netzwerk/producer", subject, network, data.toString());
    }
}
