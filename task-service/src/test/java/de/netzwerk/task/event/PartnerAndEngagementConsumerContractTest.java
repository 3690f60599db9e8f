package de.netzwerk.task.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.task.inbox.EventPayloads;
import de.netzwerk.task.inbox.IncomingEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * task-service reads what partner-service and engagement-service promise: the producers' examples (from the
 * neighbouring modules) conform to the producers' schemas, and this service's own records read them.
 */
@QuarkusTest
class PartnerAndEngagementConsumerContractTest {

    private static final Path MODULES = Path.of("..");

    @Inject
    EventPayloads payloads;

    @Inject
    ObjectMapper json;

    @ParameterizedTest
    @CsvSource({ "partner-service, partner-registered.v1", "partner-service, partner-updated.v1",
            "partner-service, partner-left.v1", "engagement-service, band-changed.v1" })
    void theProducersExamplesConformToTheProducersSchemas(String producer, String eventType) throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(asyncapi(producer).resolve("schemas/" + eventType + ".json")), config);

        assertEquals(Set.of(), schema.validate(example(producer, eventType)));
    }

    @Test
    void theRegisteredAndUpdatedExamplesReadIntoThePartnerProfile() throws Exception {
        for (String eventType : List.of("partner-registered.v1", "partner-updated.v1")) {
            ObjectNode example = (ObjectNode) example("partner-service", eventType);
            example.put("addedLater", "ignored");

            PartnerProfile profile = payloads.read(event("partner", eventType, example), PartnerProfile.class);

            assertEquals(UUID.fromString(example.get("partnerId").asText()), profile.partnerId());
            assertEquals(example.get("status").asText(), profile.status());
            assertEquals(example.get("expertise").size(), profile.expertise().size());
            assertEquals(example.path("version").asLong(0), profile.version());
        }
    }

    @Test
    void theLeftExampleReadsIntoPartnerLeft() throws Exception {
        JsonNode example = example("partner-service", "partner-left.v1");

        PartnerLeft left = payloads.read(event("partner", "partner-left.v1", example), PartnerLeft.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), left.partnerId());
    }

    @Test
    void theBandChangedExampleReadsIntoBandChanged() throws Exception {
        JsonNode example = example("engagement-service", "band-changed.v1");

        BandChanged changed = payloads.read(event("engagement", "band-changed.v1", example), BandChanged.class);

        assertEquals(example.get("band").asText(), changed.band().name());
        assertEquals(example.get("score").asInt(), changed.score());
    }

    private static Path asyncapi(String producer) {
        return MODULES.resolve(producer).resolve("src/main/resources/asyncapi");
    }

    private JsonNode example(String producer, String eventType) throws Exception {
        return json.readTree(Files.readString(asyncapi(producer).resolve("examples/" + eventType + ".json")));
    }

    private static IncomingEvent event(String domain, String eventType, JsonNode data) {
        return new IncomingEvent(UUID.randomUUID(), "de.netzwerk." + domain + "." + eventType,
                "/netzwerk/" + domain + "-service", data.get("partnerId").asText(), data.get("networkId").asText(),
                data.toString());
    }
}
