package de.netzwerk.partner.feed;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The change feed of a network on this service's topic (issue 16, item 9), as a municipal system following it sees
 * it: the events written, in publish order, only its network's, resumed exactly after a saved cursor.
 */
@QuarkusTest
class FeedTest {

    private static final String TOPIC = Outbox.TOPIC;

    @Inject
    Outbox outbox;

    @Inject
    FeedStore store;

    @Inject
    JournalRetention retention;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theNetworksEventsAppearInTheOrderTheyWereWrittenAndNoOtherNetworks() {
        String network = freshNetwork();
        String other = freshNetwork();
        List<FeedProbe> written = List.of(FeedProbe.in(network), FeedProbe.in(other), FeedProbe.in(network),
                FeedProbe.in(network));
        written.forEach(this::write);

        List<String> markers = readUntil(network, null, events -> events.size() >= 3).stream()
                .map(event -> String.valueOf(event.data().get("marker"))).toList();

        assertEquals(written.stream().filter(probe -> probe.networkId().equals(network))
                .map(probe -> probe.marker().toString()).toList(), markers);
    }

    @Test
    void anEventReadsAsTheCloudEventOnKafka() {
        String network = freshNetwork();
        FeedProbe probe = FeedProbe.in(network);
        write(probe);
        readUntil(network, null, events -> !events.isEmpty());
        ConsumerRecord<String, String> published;
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            published = reader.readUntil(record -> record.value().contains(probe.marker().toString()), Duration.ofSeconds(30))
                    .stream().filter(record -> record.value().contains(probe.marker().toString())).findFirst().orElseThrow();
        }

        given().auth().oauth2(DevTokens.integration(network))
                .when().get(feed(network))
                .then().statusCode(200)
                .body("events", hasSize(1))
                .body("events[0].specversion", equalTo(TopicReader.header(published, "ce_specversion")))
                .body("events[0].id", equalTo(TopicReader.header(published, "ce_id")))
                .body("events[0].type", equalTo(TopicReader.header(published, "ce_type")))
                .body("events[0].type", equalTo("de.netzwerk." + TOPIC.replace("-events", "") + ".feed-probe.v1"))
                .body("events[0].source", equalTo(TopicReader.header(published, "ce_source")))
                .body("events[0].time", equalTo(TopicReader.header(published, "ce_time")))
                .body("events[0].subject", equalTo(TopicReader.header(published, "ce_subject")))
                .body("events[0].subject", equalTo(probe.partnerId().toString()))
                .body("events[0].networkid", equalTo(network))
                .body("events[0].datacontenttype", equalTo(TopicReader.header(published, "content-type")))
                .body("events[0].data.marker", equalTo(probe.marker().toString()))
                .body("events[0].data.networkId", equalTo(network));
    }

    /** The follower stores its cursor, is away while more is written, and continues: nothing lost, nothing twice. */
    @Test
    void aSavedCursorResumesExactlyAfterTheLastEventRead() {
        String network = freshNetwork();
        List<FeedProbe> written = new ArrayList<>(List.of(FeedProbe.in(network), FeedProbe.in(network)));
        written.forEach(this::write);
        List<FeedEvent> received = new ArrayList<>(readUntil(network, null, events -> events.size() == 2));
        String saved = page(network, null, 100).jsonPath().getString("next");

        List<FeedProbe> whileAway = List.of(FeedProbe.in(network), FeedProbe.in(network), FeedProbe.in(network));
        whileAway.forEach(this::write);
        written.addAll(whileAway);
        readUntil(network, saved, events -> events.size() == 3);

        // Back, in pages of two, each continuing from the last page's next.
        String cursor = saved;
        while (true) {
            Response page = page(network, cursor, 2);
            List<FeedEvent> events = page.jsonPath().getList("events", FeedEvent.class);
            String next = page.jsonPath().getString("next");
            assertTrue(page.header("Link").contains("after=" + next), page.header("Link"));
            if (events.isEmpty()) {
                assertEquals(cursor, next, "an empty page keeps the cursor");
                assertTrue(Integer.parseInt(page.header("Retry-After")) > 0);
                break;
            }
            assertNull(page.header("Retry-After"));
            received.addAll(events);
            cursor = next;
        }

        assertEquals(written.stream().map(probe -> probe.marker().toString()).toList(),
                received.stream().map(event -> String.valueOf(event.data().get("marker"))).toList());
    }

    @Test
    void aTopicThisServiceDoesNotServeIsNotFound() {
        String network = freshNetwork();
        for (String topic : List.of("personal-data-exports", "meeting-events", "task-events", "engagement-events",
                "partner-events", "no-such-topic")) {
            if (topic.equals(TOPIC)) {
                continue;
            }
            given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{network}/feeds/{topic}", network, topic)
                    .then().statusCode(404);
        }
    }

    @Test
    void aCursorThisFeedDidNotHandOutIsRefusedNamingAfter() {
        String network = freshNetwork();
        for (String cursor : List.of("12", "not-a-cursor", "cDE6LTE", "cDI6MTI")) {
            given().auth().oauth2(DevTokens.coordinator(network)).queryParam("after", cursor)
                    .when().get(feed(network))
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("after"));
        }
    }

    @Test
    void aCursorOlderThanTheRetentionIsGoneAndTheFeedStartsAfterWhatWasRemoved() {
        String network = freshNetwork();
        FeedProbe first = FeedProbe.in(network);
        FeedProbe second = FeedProbe.in(network);
        write(first);
        write(second);
        readUntil(network, null, events -> events.size() == 2);
        String afterFirst = page(network, null, 1).jsonPath().getString("next");

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update published_event set published_at = published_at - interval '31 days' where network_id = ?1")
                .setParameter(1, network).executeUpdate());
        assertTrue(retention.removeExpired() >= 2);

        given().auth().oauth2(DevTokens.integration(network)).header("Accept-Language", "de")
                .queryParam("after", afterFirst)
                .when().get(feed(network))
                .then().statusCode(410).contentType("application/problem+json")
                .body("code", equalTo("feed.cursor-expired"))
                .body("detail", containsString("30 Tage"));
        FeedProbe third = FeedProbe.in(network);
        write(third);
        assertEquals(List.of(third.marker().toString()), readUntil(network, null, events -> !events.isEmpty()).stream()
                .map(event -> String.valueOf(event.data().get("marker"))).toList());
    }

    @Test
    void aMemberMayNotReadTheFeedAndAnotherNetworkDoesNotExist() {
        String network = freshNetwork();
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get(feed(network))
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.integration(freshNetwork()))
                .when().get(feed(network))
                .then().statusCode(404);
        given().when().get(feed(network)).then().statusCode(401);
    }

    /** Erasure (GDPR Art. 17): the feed no longer holds an event that names the partner, as its subject or in its data. */
    @Test
    void forgettingAPartnerRemovesEveryEventNamingThem() {
        String network = freshNetwork();
        UUID erased = UUID.randomUUID();
        FeedProbe aboutThem = FeedProbe.about(network, erased);
        FeedProbe aboutAnother = FeedProbe.in(network);
        FeedProbe mentioningThem = new FeedProbe(network, UUID.randomUUID(), erased);
        List.of(aboutThem, aboutAnother, mentioningThem).forEach(this::write);
        readUntil(network, null, events -> events.size() == 3);

        QuarkusTransaction.requiringNew().run(() -> assertEquals(2, store.forget(network, erased)));

        assertEquals(List.of(aboutAnother.marker().toString()), page(network, null, 100).jsonPath()
                .getList("events", FeedEvent.class).stream().map(event -> String.valueOf(event.data().get("marker"))).toList());
    }

    private void write(FeedProbe probe) {
        QuarkusTransaction.requiringNew().run(() -> outbox.add(probe));
    }

    /** The relay publishes after the commit: read until the feed shows what the test wrote. */
    private List<FeedEvent> readUntil(String network, String after, Predicate<List<FeedEvent>> complete) {
        return await("the feed of " + network + " shows what was written").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> page(network, after, 100).jsonPath().getList("events", FeedEvent.class), complete);
    }

    private static Response page(String network, String after, int limit) {
        var request = given().auth().oauth2(DevTokens.integration(network)).queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.when().get(feed(network)).then().statusCode(200).extract().response();
    }

    private static String feed(String network) {
        return "/api/v1/networks/" + network + "/feeds/" + TOPIC;
    }

    private static String freshNetwork() {
        return "feed-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
