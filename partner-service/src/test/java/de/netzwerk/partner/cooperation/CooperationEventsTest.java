package de.netzwerk.partner.cooperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.event.EventSchemas;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Starting and ending a cooperation publish cooperation-started and cooperation-ended on partner-events, keyed by
 * the cooperation, matching their schemas, with ids, dates and codes — never the purpose, a contribution or the note.
 */
@QuarkusTest
class CooperationEventsTest {

    private static final String PREFIX = "de.netzwerk.partner.";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void startingAndEndingPublishOneEventEachWithoutFreeText() throws Exception {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        String cooperation = Cooperations.created(network, Cooperations.body("Geheimer Zweck der Kooperation", TODAY,
                TODAY.plusMonths(3), a, "Beitrag von A: Räume", b, "Beitrag von B: Zeit"));
        Cooperations.changeStatus(network, cooperation, Map.of("status", "ACTIVE")).statusCode(200);
        Cooperations.changeStatus(network, cooperation, Map.of("status", "ACTIVE")).statusCode(200);
        Cooperations.changeStatus(network, cooperation,
                Map.of("status", "ENDED_EARLY", "endReason", "PARTY_WITHDREW", "note", "Notiz zum Ende")).statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            List<ConsumerRecord<String, String>> ours = reader.readUntil(
                    record -> cooperation.equals(record.key()) && type(record).endsWith("cooperation-ended.v1"),
                    Duration.ofSeconds(30)).stream().filter(record -> cooperation.equals(record.key())).toList();

            assertEquals(List.of("cooperation-started.v1", "cooperation-ended.v1"),
                    ours.stream().map(record -> type(record).substring(PREFIX.length())).toList(),
                    "a repeated status publishes nothing");
            for (ConsumerRecord<String, String> record : ours) {
                String eventType = type(record).substring(PREFIX.length());
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations(eventType, payload), eventType);
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertEquals(cooperation, TopicReader.header(record, "ce_subject"));
                assertEquals(Set.of(a, b), Set.of(payload.get("partnerIds").get(0).asText(), payload.get("partnerIds").get(1).asText()));
                for (String text : List.of("Geheimer Zweck", "Beitrag von", "Notiz zum Ende")) {
                    assertFalse(record.value().contains(text), eventType + " carries no free text: " + text);
                }
            }
            JsonNode ended = json.readTree(ours.get(1).value());
            assertEquals("ENDED_EARLY", ended.get("status").asText());
            assertEquals("PARTY_WITHDREW", ended.get("endReason").asText());
            assertEquals(TODAY.toString(), ended.get("endedOn").asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "cooperation-started.v1", "cooperation-ended.v1" })
    void thePublishedExamplesMatchTheirSchemas(String eventType) throws Exception {
        JsonNode example = json.readTree(EventSchemas.resource("asyncapi/examples/" + eventType + ".json"));

        assertEquals(Set.of(), EventSchemas.violations(eventType, example));
    }

    private static String type(ConsumerRecord<String, String> record) {
        return String.valueOf(TopicReader.header(record, "ce_type"));
    }
}
