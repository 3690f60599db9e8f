package de.netzwerk.partner.feed;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasure (GDPR Art. 17) through the API: what the feed published about a partner before their erasure leaves it; the
 * erasure itself is announced (partner-erased, ids only), so that a following municipal system erases them too.
 */
@QuarkusTest
class FeedErasureTest {

    @Test
    void anErasedPartnersEarlierEventsLeaveTheFeedAndTheirErasureIsAnnounced() {
        String network = Partners.network();
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        readUntil(network, events -> names(events, erika) && names(events, tafel));

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete("/api/v1/networks/{n}/partners/{p}/personal-data", network, erika)
                .then().statusCode(202);

        List<FeedEvent> events = readUntil(network, read -> read.stream().anyMatch(event -> isErasureOf(event, erika)));
        assertTrue(events.stream().filter(event -> mentions(event, erika)).allMatch(event -> isErasureOf(event, erika)),
                "only the erasure still names her: " + events);
        assertEquals(1, events.stream().filter(event -> event.type().endsWith(".partner-registered.v1"))
                .filter(event -> event.subject().equals(tafel)).count(), "the others' events stay");
    }

    private static boolean isErasureOf(FeedEvent event, String partner) {
        return event.type().endsWith(".partner-erased.v1") && event.subject().equals(partner);
    }

    private static boolean names(List<FeedEvent> events, String partner) {
        return events.stream().anyMatch(event -> event.subject().equals(partner));
    }

    private static boolean mentions(FeedEvent event, String partner) {
        return event.subject().equals(partner) || event.data().toString().contains(partner);
    }

    /** The relay publishes after the commit: read until the feed shows what the test waits for. */
    private static List<FeedEvent> readUntil(String network, Predicate<List<FeedEvent>> complete) {
        return await("the feed of " + network + " shows what the test waits for").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(DevTokens.integration(network)).queryParam("limit", 1000)
                        .when().get("/api/v1/networks/{n}/feeds/partner-events", network)
                        .then().statusCode(200).extract().jsonPath().getList("events", FeedEvent.class), complete);
    }
}
