package de.netzwerk.partner.erasure;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.ErasureConfirmations;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

/**
 * meeting-, task- and engagement-service confirm an erasure on three topics, which partner-service reads on three
 * threads: confirmations of one erasure arriving at the same moment must all be recorded, so that it completes.
 */
@QuarkusTest
class ConfirmationsAtOnceTest {

    private static final String ERASURE = "/api/v1/networks/{n}/partners/{p}/personal-data/erasure";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int ERASURES = 8;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void confirmationsArrivingTogetherAreAllRecorded() throws Exception {
        String network = Partners.network();
        Map<String, String> erasureOfPartner = new LinkedHashMap<>();
        for (int i = 0; i < ERASURES; i++) {
            String partner = Partners.registered(network, Partners.profile("Partner " + i));
            String erasure = given().auth().oauth2(DevTokens.coordinator(network))
                    .queryParam("reason", "PARTNER_REQUEST")
                    .when().delete("/api/v1/networks/{n}/partners/{p}/personal-data", network, partner)
                    .then().statusCode(202).extract().path("id");
            erasureOfPartner.put(partner, erasure);
        }
        try (ErasureConfirmations confirmations = new ErasureConfirmations(bootstrapServers)) {
            OffsetDateTime now = OffsetDateTime.now();
            erasureOfPartner.forEach((partner, erasure) -> {
                for (String service : List.of("meeting", "task", "engagement")) {
                    confirmations.confirm(service, network, partner, erasure, now);
                }
            });
        }

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertEquals(List.of(),
                incomplete(network, erasureOfPartner.keySet()), "every erasure confirmed by all three services is complete"));
    }

    private static List<String> incomplete(String network, Collection<String> partners) {
        List<String> incomplete = new ArrayList<>();
        for (String partner : partners) {
            String state = given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get(ERASURE, network, partner)
                    .then().statusCode(200).extract().path("state");
            if (!"COMPLETE".equals(state)) {
                incomplete.add(partner);
            }
        }
        return incomplete;
    }
}
