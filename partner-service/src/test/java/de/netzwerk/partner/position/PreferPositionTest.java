package de.netzwerk.partner.position;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code Prefer: position}: a write answers where its events are on Kafka, so that the client can ask another service
 * to read after them ({@code Netzwerk-Read-After}).
 */
@QuarkusTest
class PreferPositionTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aWriteThatPrefersItsPositionIsToldWhereTheBrokerStoredItsEvents() {
        Response registered = register("position");
        registered.then().statusCode(201).header("Preference-Applied", "position");
        String partner = registered.path("id");

        ConsumerRecord<String, String> last = lastEventAbout(partner);
        assertEquals("partner-events:" + last.partition() + ":" + last.offset(), registered.header("Netzwerk-Position"));
    }

    @Test
    void thePreferenceIsOneAmongOthers() {
        Response registered = register("return=minimal, position");

        registered.then().statusCode(201).header("Preference-Applied", "position");
        ConsumerRecord<String, String> last = lastEventAbout(registered.path("id"));
        assertEquals("partner-events:" + last.partition() + ":" + last.offset(), registered.header("Netzwerk-Position"));
    }

    @Test
    void aWriteThatDoesNotAskIsNotToldAndDoesNotWait() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Partners.profile("Lebenshilfe"))
                .when().post("/api/v1/networks/{n}/partners", network)
                .then().statusCode(201)
                .header("Netzwerk-Position", nullValue())
                .header("Preference-Applied", nullValue());
    }

    @Test
    void aRefusedWriteHasNoPosition() {
        Map<String, Object> nameless = Partners.profile("");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("Prefer", "position")
                .body(nameless)
                .when().post("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400)
                .header("Netzwerk-Position", nullValue())
                .header("Preference-Applied", nullValue());
    }

    @Test
    void aReadHasNoEventsAndSoNoPosition() {
        given().auth().oauth2(DevTokens.coordinator(network)).header("Prefer", "position")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .header("Netzwerk-Position", nullValue())
                .body("items", equalTo(List.of()));
    }

    private Response register(String prefer) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("Prefer", prefer)
                .body(Partners.profile("Lebenshilfe"))
                .when().post("/api/v1/networks/{n}/partners", network);
    }

    /** All of a new partner's events are keyed by them, so on one partition; the last is the one with the highest offset. */
    private ConsumerRecord<String, String> lastEventAbout(String partner) {
        try (TopicReader reader = new TopicReader(bootstrapServers, "partner-events")) {
            reader.readUntil(record -> partner.equals(record.key()), PATIENCE);
            return reader.readToEnd(PATIENCE).stream().filter(record -> partner.equals(record.key()))
                    .max(Comparator.comparingLong(ConsumerRecord::offset)).orElseThrow();
        }
    }
}
