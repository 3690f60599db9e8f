package de.netzwerk.partner.inbox;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.EngagementEvents;
import de.netzwerk.partner.Partners;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Issue 13, item 6: a contact made in an alert's follow-up, published by engagement-service on the real
 * {@code engagement-events} topic, is one entry of the partner's contact log and warms the relationship; what
 * cannot be processed goes to {@code partner-service.engagement-events.dlq} and the stream goes on.
 */
@QuarkusTest
class FollowUpContactsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The management interface, which serves the metrics. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private EngagementEvents events;
    private String network;
    private String partner;

    @BeforeEach
    void freshPartner() {
        events = new EngagementEvents(bootstrapServers);
        network = Partners.network();
        partner = Partners.registered(network, Partners.profile("Lebenshilfe Musterstadt"));
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aFollowUpCallIsAnEntryOfTheContactLogAndTheRelationshipNoLongerGoesCold() {
        UUID alert = UUID.randomUUID();
        // 23:30 in UTC is already the next day in Berlin: the entry is dated in the network's time zone.
        OffsetDateTime lateEvening = LocalDate.now(BERLIN).minusDays(3).atTime(23, 30).atOffset(ZoneOffset.UTC);
        goingCold().body("items.id", hasItem(partner));

        events.partnerContacted(network, partner, alert, "VIDEO_CALL", lateEvening);

        awaitContacts(1).body("items[0].channel", equalTo("VIDEO_CALL"))
                .body("items[0].level", equalTo("RELATIONSHIP"))
                .body("items[0].source", equalTo("ALERT_FOLLOW_UP"))
                .body("items[0].alertId", equalTo(alert.toString()))
                .body("items[0].contactedOn", equalTo(lateEvening.atZoneSameInstant(BERLIN).toLocalDate().toString()))
                .body("items[0].madeBy", nullValue());
        goingCold().body("items.id", not(hasItem(partner)));
    }

    @Test
    void aRedeliveredOrRepublishedContactIsEnteredOnce() {
        UUID alert = UUID.randomUUID();
        OffsetDateTime called = OffsetDateTime.now(BERLIN).minusDays(2).truncatedTo(ChronoUnit.SECONDS);
        UUID eventId = events.partnerContacted(network, partner, alert, "CALL", called);
        events.partnerContacted(eventId, network, partner, alert, "CALL", called);
        events.partnerContacted(network, partner, alert, "CALL", called.withOffsetSameInstant(ZoneOffset.UTC));

        events.partnerContacted(network, partner, alert, "PERSONAL_MEETING", called.plusDays(1));

        awaitContacts(2).body("items.channel", contains("PERSONAL_MEETING", "CALL"));
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheirReasonAndTheNextEventIsProcessed() {
        String otherNetwork = Partners.network();
        OffsetDateTime called = OffsetDateTime.now(BERLIN).minusDays(1);
        Map<UUID, String> reasons = new LinkedHashMap<>();
        reasons.put(events.send(UUID.randomUUID(), "partner-contacted.v1", network, partner, "{not json"),
                "cannot be read");
        reasons.put(events.partnerContacted(otherNetwork, partner, UUID.randomUUID(), "CALL", called),
                "is of network " + network);
        reasons.put(events.partnerContacted(network, partner, UUID.randomUUID(), "SMOKE_SIGNAL", called),
                "cannot be read");
        reasons.put(events.partnerContacted(network, partner, UUID.randomUUID(), "NEWSLETTER", called),
                "is no personal contact");
        reasons.put(events.partnerContacted(network, UUID.randomUUID().toString(), UUID.randomUUID(), "CALL", called),
                "is not known here");
        reasons.put(events.send(UUID.randomUUID(), "partner-contacted.v2", network, partner, "{}"),
                "unknown version");
        events.bandChanged(network, partner);
        UUID processed = UUID.randomUUID();
        events.partnerContacted(network, partner, processed, "LETTER", called);

        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-service.engagement-events.dlq")) {
            for (Map.Entry<UUID, String> poison : reasons.entrySet()) {
                List<ConsumerRecord<String, String>> read = reader.readUntil(
                        record -> poison.getKey().toString().equals(TopicReader.header(record, "ce_id")), PATIENCE);
                ConsumerRecord<String, String> deadLetter = read.stream()
                        .filter(record -> poison.getKey().toString().equals(TopicReader.header(record, "ce_id")))
                        .findFirst().orElseThrow();
                assertThat(TopicReader.header(deadLetter, "dead-letter-reason"), containsString(poison.getValue()));
            }
        }
        awaitContacts(1).body("items.alertId", contains(processed.toString()));
        assertThat("band-changed is skipped and counted, not refused", skipped("de.netzwerk.engagement.band-changed.v1"),
                greaterThanOrEqualTo(1.0));
    }

    /** The skipped-events counter of a type as operators see it on /q/metrics; 0 before it first counts. */
    private double skipped(String type) {
        String metrics = given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort())
                .when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher value = Pattern.compile("^netzwerk_events_skipped_total\\{[^}]*type=\"" + Pattern.quote(type)
                + "\"[^}]*} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return value.find() ? Double.parseDouble(value.group(1)) : 0;
    }

    private ValidatableResponse goingCold() {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam("contactOlderThan", "P90D")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200);
    }

    /** The contact log once it has {@code count} entries: the topic is read in the background. */
    private ValidatableResponse awaitContacts(int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            ValidatableResponse log = given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{n}/partners/{p}/contacts", network, partner)
                    .then().statusCode(200);
            // The page's items, not its total: the two are read one after the other while entries may arrive between.
            int total = log.extract().path("items.size()");
            if (total >= count || Instant.now().isAfter(deadline)) {
                return log.body("totalItems", equalTo(count));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for the contact log", e);
            }
        }
    }
}
