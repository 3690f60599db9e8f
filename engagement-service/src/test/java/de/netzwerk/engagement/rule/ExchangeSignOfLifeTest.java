package de.netzwerk.engagement.rule;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 15, item 1: a partner who takes part in the resource exchange is not silent. An offer or a need posted, an
 * exchange agreed or completed, counts for the SILENCE rule by its own date, like a meeting attended — and moves no
 * point of the score.
 */
@QuarkusTest
class ExchangeSignOfLifeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void anOfferPostedTenDaysAgoKeepsAPartnerWhoMissedTheGroupFor120DaysFromSilenceAndTheSameHistoryWithoutItDoesNot()
            throws Exception {
        UUID offering = UUID.randomUUID();
        UUID silent = UUID.randomUUID();
        UUID offer = UUID.randomUUID();
        UUID lastAttended = UUID.randomUUID();
        for (UUID partner : List.of(offering, silent)) {
            events.membership(partner, group, daysAgo(300));
        }
        events.exchangeOfferPosted(offering, offer, daysAgo(10));
        events.flush();
        Engagement.await(network, offering, found -> "POSTED_OFFER".equals(found.getString("lastSignOfLife.activity")));
        Engagement.await(network, silent, found -> found.get("lastSignOfLife") == null);
        groupStillMeets();

        for (UUID partner : List.of(offering, silent)) {
            events.attendance(partner, group, lastAttended, daysAgo(120), "PRESENT");
        }
        events.flush();

        List<Map<String, Object>> silentAlerts = Alerts.awaitFor(network, silent,
                found -> found.stream().anyMatch(alert -> "SILENCE".equals(alert.get("rule"))), Engagement.PATIENCE);
        JsonPath offeringEngagement = Engagement.await(network, offering, found -> meetingsCounted(found) == 1);
        JsonPath silentEngagement = Engagement.await(network, silent, found -> meetingsCounted(found) == 1);
        Engagement.awaitNoPendingAssessments();

        assertEquals(List.of(), silenceAlerts(offering), "she posted an offer ten days ago: she is not silent");
        assertEquals(List.of(lastAttended.toString()), Alerts.evidenceIds(silentAlerts.stream()
                        .filter(alert -> "SILENCE".equals(alert.get("rule"))).findFirst().orElseThrow()),
                "his last sign of life is the meeting 120 days ago");
        assertEquals("EXCHANGE_OFFER", offeringEngagement.getString("lastSignOfLife.kind"));
        assertEquals(offer.toString(), offeringEngagement.getString("lastSignOfLife.referenceId"));
        assertEquals("ATTENDED", silentEngagement.getString("lastSignOfLife.activity"));
        assertEquals(lastAttended.toString(), silentEngagement.getString("lastSignOfLife.referenceId"));
        assertEquals(silentEngagement.getInt("score"), offeringEngagement.getInt("score"),
                "the offer is a sign of life, not points");
        assertEquals(silentEngagement.getList("ledger.points"), offeringEngagement.getList("ledger.points"));
    }

    @Test
    void anExchangeAgreedLongAgoIsTheLastSignOfLifeASilenceRestsOn() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID match = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.exchangeAgreed(match, partner, UUID.randomUUID(), daysAgo(100));
        groupStillMeets();
        events.flush();
        Engagement.await(network, partner,
                found -> "AGREED_EXCHANGE".equals(found.getString("lastSignOfLife.activity")));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(150), "PRESENT");
        events.flush();

        List<Map<String, Object>> alerts = Alerts.awaitFor(network, partner,
                found -> found.stream().anyMatch(alert -> "SILENCE".equals(alert.get("rule"))), Engagement.PATIENCE);

        Map<String, Object> silence = alerts.stream().filter(alert -> "SILENCE".equals(alert.get("rule")))
                .findFirst().orElseThrow();
        assertEquals(List.of(match.toString()), Alerts.evidenceIds(silence), "the exchange 100 days ago was later");
        assertEquals("AGREED_EXCHANGE", Engagement.of(network, partner).getString("lastSignOfLife.activity"));
    }

    /**
     * A regular member's line of the group's meeting 20 days ago, applied before the partners' own lines: their
     * assessment after those sees a group that still meets.
     */
    private void groupStillMeets() throws InterruptedException {
        UUID regular = UUID.randomUUID();
        events.attendance(regular, group, UUID.randomUUID(), daysAgo(20), "PRESENT");
        events.flush();
        Engagement.await(network, regular, found -> meetingsCounted(found) == 1);
    }

    private static int meetingsCounted(JsonPath engagement) {
        Integer items = engagement.get("components.find { it.kind == 'ATTENDANCE' }.items");
        return items == null ? 0 : items;
    }

    private List<Map<String, Object>> silenceAlerts(UUID partner) {
        return Alerts.of(network, partner).stream().filter(alert -> "SILENCE".equals(alert.get("rule"))).toList();
    }
}
