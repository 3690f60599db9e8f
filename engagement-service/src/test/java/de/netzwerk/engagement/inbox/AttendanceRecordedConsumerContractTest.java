package de.netzwerk.engagement.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.engagement.event.AttendanceRecorded;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * engagement-service reads what meeting-service promises: the producer's example (from the neighbouring
 * module, not a copy) conforms to the producer's schema, and this service's own record reads it. Plain JUnit: the
 * payloads are read as the service reads them ({@link ServiceJson}).
 */
class AttendanceRecordedConsumerContractTest {

    private static final Path PRODUCER = Path.of("..", "meeting-service", "src", "main", "resources", "asyncapi");

    private final EventPayloads payloads = ServiceJson.payloads();
    private final ObjectMapper json = ServiceJson.mapper();

    @Test
    void theProducersExampleConformsToTheProducersSchema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(PRODUCER.resolve("schemas/attendance-recorded.v1.json")), config);

        assertEquals(Set.of(), schema.validate(example()));
    }

    @Test
    void theProducersExampleReadsIntoThisServicesRecord() throws Exception {
        JsonNode example = example();

        AttendanceRecorded recorded = payloads.read(event(example), AttendanceRecorded.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), recorded.partnerId());
        assertEquals(AttendanceRecorded.Status.valueOf(example.get("status").asText()), recorded.status());
        assertEquals(example.get("revision").asInt(), recorded.revision());
    }

    @Test
    void fieldsTheProducerAddsLaterAreIgnored() throws Exception {
        ObjectNode example = (ObjectNode) example();
        example.put("reasonGiven", "Elternzeit");

        AttendanceRecorded recorded = payloads.read(event(example), AttendanceRecorded.class);

        assertEquals(UUID.fromString(example.get("meetingId").asText()), recorded.meetingId());
    }

    private JsonNode example() throws Exception {
        return json.readTree(Files.readString(PRODUCER.resolve("examples/attendance-recorded.v1.json")));
    }

    private static IncomingEvent event(JsonNode data) {
        return new IncomingEvent(UUID.randomUUID(), AttendanceRecorded.TYPE, "/netzwerk/meeting-service",
                data.get("partnerId").asText(), data.get("networkId").asText(), data.toString());
    }
}
