package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.partner.inbox.ConsumerSide;
import de.netzwerk.partner.inbox.EventPayloads;
import de.netzwerk.partner.inbox.IncomingEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * partner-service reads which meetings exist from meeting-service's {@code scheduled.v1}: the producer's example (from
 * the neighbouring module) conforms to the producer's schema, and this service's own record reads it.
 */
class MeetingEventsConsumerContractTest {

    private static final Path ASYNCAPI = Path.of("..", "meeting-service", "src", "main", "resources", "asyncapi");

    final EventPayloads payloads = ConsumerSide.payloads();

    final ObjectMapper json = ConsumerSide.objectMapper();

    @Test
    void theProducersExampleConformsToTheProducersSchema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ASYNCAPI.resolve("schemas/scheduled.v1.json")), config);

        assertEquals(Set.of(), schema.validate(example()));
    }

    @Test
    void theExampleReadsIntoMeetingScheduled() throws Exception {
        ObjectNode example = (ObjectNode) example();
        example.put("addedLater", "ignored");
        IncomingEvent event = new IncomingEvent(UUID.randomUUID(), MeetingScheduled.TYPE, "/netzwerk/meeting-service",
                example.get("meetingId").asText(), example.get("networkId").asText(), example.toString());

        MeetingScheduled scheduled = payloads.read(event, MeetingScheduled.class);

        assertEquals(example.get("networkId").asText(), scheduled.networkId());
        assertEquals(UUID.fromString(example.get("meetingId").asText()), scheduled.meetingId());
    }

    private JsonNode example() throws Exception {
        return json.readTree(Files.readString(ASYNCAPI.resolve("examples/scheduled.v1.json")));
    }
}
