package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.partner.inbox.ConsumerSide;
import de.netzwerk.partner.inbox.EventPayloads;
import de.netzwerk.partner.inbox.IncomingEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * partner-service reads what each service promises in its {@code partner-data-erased.v1}, the confirmation of an
 * erasure: the producer's example (from the neighbouring module) conforms to the producer's schema, this service's own
 * record reads it, and the schema names the service as partner-service expects it on that producer's topic.
 * engagement-service joins the list once it publishes its confirmation.
 */
class ErasureConfirmationsConsumerContractTest {

    private static final String EVENT = "partner-data-erased.v1";

    final EventPayloads payloads = ConsumerSide.payloads();

    final ObjectMapper json = ConsumerSide.objectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "meeting", "task" })
    void theProducersExampleConformsToTheProducersSchema(String producer) throws Exception {
        assertEquals(Set.of(), schema(producer).validate(example(producer)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "meeting", "task" })
    void theExampleReadsIntoPartnerDataErased(String producer) throws Exception {
        ObjectNode example = (ObjectNode) example(producer);
        example.put("addedLater", "ignored");

        PartnerDataErased erased = payloads.read(event(producer, example), PartnerDataErased.class);

        assertEquals(example.get("networkId").asText(), erased.networkId());
        assertEquals(UUID.fromString(example.get("partnerId").asText()), erased.partnerId());
        assertEquals(UUID.fromString(example.get("erasureId").asText()), erased.erasureId());
        assertTrue(OffsetDateTime.parse(example.get("erasedAt").asText()).isEqual(erased.erasedAt()));
        assertEquals(producer + "-service", erased.service());
    }

    @ParameterizedTest
    @ValueSource(strings = { "meeting", "task" })
    void theSchemaNamesTheServiceThatPartnerServiceExpectsOnThatTopic(String producer) throws Exception {
        JsonNode service = json.readTree(Files.readString(asyncapi(producer).resolve("schemas/" + EVENT + ".json")))
                .get("properties").get("service");

        assertEquals(producer + "-service", service.get("const").asText());
    }

    private JsonSchema schema(String producer) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(asyncapi(producer).resolve("schemas/" + EVENT + ".json")), config);
    }

    private JsonNode example(String producer) throws Exception {
        return json.readTree(Files.readString(asyncapi(producer).resolve("examples/" + EVENT + ".json")));
    }

    private static Path asyncapi(String producer) {
        return Path.of("..", producer + "-service", "src", "main", "resources", "asyncapi");
    }

    private static IncomingEvent event(String producer, JsonNode data) {
        return new IncomingEvent(UUID.randomUUID(), PartnerDataErased.type(producer), "/netzwerk/" + producer + "-service",
                data.get("partnerId").asText(), data.get("networkId").asText(), data.toString());
    }
}
