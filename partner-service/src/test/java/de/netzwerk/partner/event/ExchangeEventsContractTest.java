package de.netzwerk.partner.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Exchange;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Posting, agreeing and completing in the resource exchange publish one event each on partner-events, valid against
 * its schema, keyed by the partner (posted) or the match (agreed, completed), and without the entries' descriptions.
 */
@QuarkusTest
class ExchangeEventsContractTest {

    private static final String PREFIX = "de.netzwerk.partner.";
    private static final List<String> TYPES = List.of("exchange-offer-posted.v1", "exchange-need-posted.v1",
            "exchange-agreed.v1", "exchange-completed.v1");
    private static final String OFFERED = "Lastenrad mit Kindersitz, Abholung im Quartier Nordpark";
    private static final String NEEDED = "Transport der Bücherkisten zum Stadtteilfest Nordpark";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theExchangePublishesIdsKindTagsAndDatesButNoDescription() throws Exception {
        String network = Partners.network();
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String blickwinkel = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String offer = Exchange.offered(network, Exchange.entry(tafel, "TRANSPORT", OFFERED, "Lastenrad"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "TRANSPORT", NEEDED, "lastenrad", "Stadtteilfest"));
        String match = Exchange.matched(network, offer, need);
        Exchange.change(DevTokens.member(network, blickwinkel), network, match, "AGREED").then().statusCode(200);
        Exchange.change(DevTokens.coordinator(network), network, match, "DONE").then().statusCode(200);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            Set<String> ours = Set.of(tafel, blickwinkel, match);
            // The completion is the last event published, but the posted events are keyed by the partners and may
            // sit on other partitions: once it is read, every partition is read to its end.
            reader.readUntil(record -> match.equals(record.key()) && type(record).equals("exchange-completed.v1"),
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records = new ArrayList<>(reader.readToEnd(Duration.ofSeconds(30)).stream()
                    .filter(record -> ours.contains(record.key()) && type(record).startsWith("exchange-")).toList());

            // Records of different keys may sit in different partitions: compared in the order of their types.
            records.sort(Comparator.comparing(record -> TYPES.indexOf(type(record))));
            assertEquals(TYPES, records.stream().map(ExchangeEventsContractTest::type).toList());
            assertEquals(List.of(tafel, blickwinkel, match, match), records.stream().map(ConsumerRecord::key).toList());
            for (ConsumerRecord<String, String> record : records) {
                JsonNode payload = json.readTree(record.value());
                assertEquals(Set.of(), EventSchemas.violations(type(record), payload), type(record));
                assertEquals(network, TopicReader.header(record, "ce_networkid"));
                assertEquals(record.key(), TopicReader.header(record, "ce_subject"));
                assertFalse(record.value().contains("Nordpark") || record.value().contains("Kindersitz")
                        || record.value().contains("Bücherkisten"), "events carry no description: " + record.value());
            }
            JsonNode posted = json.readTree(records.get(1).value());
            assertEquals(need, posted.get("needId").asText());
            assertEquals("[\"lastenrad\",\"stadtteilfest\"]", posted.get("tags").toString());
            JsonNode completed = json.readTree(records.get(3).value());
            assertEquals(tafel, completed.get("offeringPartnerId").asText());
            assertEquals(blickwinkel, completed.get("needingPartnerId").asText());
        }
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type").substring(PREFIX.length());
    }
}
