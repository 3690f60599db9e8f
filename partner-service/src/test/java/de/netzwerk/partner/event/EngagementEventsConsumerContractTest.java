package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import de.netzwerk.partner.ContactChannel;
import de.netzwerk.partner.ContactLevel;
import de.netzwerk.partner.inbox.ConsumerSide;
import de.netzwerk.partner.inbox.EventPayloads;
import de.netzwerk.partner.inbox.IncomingEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * partner-service reads what engagement-service promises in {@code partner-contacted.v1}: the producer's example
 * (from the neighbouring module) conforms to the producer's schema, this service's own record reads it, and every
 * channel the schema allows is a relationship-level channel of the contact log, whose vocabulary partner-service owns.
 */
class EngagementEventsConsumerContractTest {

    private static final Path ASYNCAPI = Path.of("..", "engagement-service", "src", "main", "resources", "asyncapi");
    private static final String EVENT = "partner-contacted.v1";

    final EventPayloads payloads = ConsumerSide.payloads();

    final ObjectMapper json = ConsumerSide.objectMapper();

    @Test
    void theProducersExampleConformsToTheProducersSchema() throws Exception {
        assertEquals(Set.of(), schema().validate(example()));
    }

    @Test
    void theExampleReadsIntoPartnerContacted() throws Exception {
        ObjectNode example = (ObjectNode) example();
        example.put("addedLater", "ignored");

        PartnerContacted contacted = payloads.read(event(example), PartnerContacted.class);

        assertEquals(UUID.fromString(example.get("partnerId").asText()), contacted.partnerId());
        assertEquals(UUID.fromString(example.get("alertId").asText()), contacted.alertId());
        assertEquals(example.get("channel").asText(), contacted.channel().name());
        assertTrue(OffsetDateTime.parse(example.get("contactedAt").asText()).isEqual(contacted.contactedAt()));
        assertEquals(PartnerContacted.ALERT_FOLLOW_UP, contacted.occasion());
    }

    @Test
    void everyChannelTheSchemaAllowsIsARelationshipChannelOfTheContactLog() throws Exception {
        JsonNode channels = json.readTree(Files.readString(ASYNCAPI.resolve("schemas/" + EVENT + ".json")))
                .get("properties").get("channel").get("enum");
        List<String> allowed = StreamSupport.stream(channels.spliterator(), false).map(JsonNode::asText).toList();
        List<String> relationship = Arrays.stream(ContactChannel.values())
                .filter(channel -> channel.level() == ContactLevel.RELATIONSHIP).map(Enum::name).toList();

        assertEquals(Set.copyOf(relationship), Set.copyOf(allowed));
        for (String channel : allowed) {
            ObjectNode withChannel = ((ObjectNode) example()).put("channel", channel);
            assertTrue(schema().validate(withChannel).isEmpty(), channel);
            assertEquals(channel, payloads.read(event(withChannel), PartnerContacted.class).channel().name());
        }
    }

    private com.networknt.schema.JsonSchema schema() throws Exception {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(ASYNCAPI.resolve("schemas/" + EVENT + ".json")), config);
    }

    private JsonNode example() throws Exception {
        return json.readTree(Files.readString(ASYNCAPI.resolve("examples/" + EVENT + ".json")));
    }

    private static IncomingEvent event(JsonNode data) {
        return new IncomingEvent(UUID.randomUUID(), PartnerContacted.TYPE, "/netzwerk/engagement-service",
                data.get("partnerId").asText(), data.get("networkId").asText(), data.toString());
    }
}
