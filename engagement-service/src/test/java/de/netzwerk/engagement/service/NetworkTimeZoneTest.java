package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static de.netzwerk.engagement.Histories.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A network's time zone comes from partner-service (network-registered, network-updated), the one source of truth:
 * the days engagement counts — a meeting's day in the ledger, "today" — are days in that zone.
 */
@QuarkusTest
class NetworkTimeZoneTest {

    private static final String REGISTERED = "de.netzwerk.partner.network-registered.v1";
    private static final String UPDATED = "de.netzwerk.partner.network-updated.v1";
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    NetworkSettings settings;

    @Inject
    AgroalDataSource dataSource;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
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
    void changingTheNetworksTimeZoneMovesTheDayOfAMeetingAndTheDayItIsToday() throws Exception {
        UUID partner = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        UUID meeting = UUID.randomUUID();
        LocalDate day = daysAgo(10);
        events.networkSettings(REGISTERED, "Europe/Berlin", "de", 0);
        events.membership(partner, group, daysAgo(300));
        // 18:00 in Berlin: already 05:00 or 06:00 the next morning in Kiritimati (UTC+14).
        events.attendance(partner, group, meeting, day, "ABSENT");
        events.flush();
        await("the network in Berlin", () -> settings.zoneOf(network).equals(ZoneId.of("Europe/Berlin")));
        JsonPath inBerlin = Engagement.await(network, partner, found -> found.getList("ledger").size() == 1);
        assertEquals(day.toString(), Engagement.entryFor(inBerlin, meeting).get("date"));

        events.networkSettings(UPDATED, KIRITIMATI.getId(), "de", 1);
        events.flush();
        await("the network in Kiritimati", () -> settings.zoneOf(network).equals(KIRITIMATI));

        LocalDate before = LocalDate.now(KIRITIMATI);
        JsonPath inKiritimati = Engagement.of(network, partner);
        LocalDate after = LocalDate.now(KIRITIMATI);
        assertEquals(day.plusDays(1).toString(), Engagement.entryFor(inKiritimati, meeting).get("date"),
                "the same meeting falls on the next day in the network's new zone");
        LocalDate asOf = LocalDate.parse(inKiritimati.getString("asOf"));
        assertTrue(asOf.equals(before) || asOf.equals(after), "today in Kiritimati, not in Berlin: " + asOf);
    }

    @Test
    void theReplicaFollowsNetworkUpdatedAndIgnoresAnOlderOne() throws Exception {
        events.networkSettings(REGISTERED, "Europe/Berlin", "de", 0);
        events.networkSettings(UPDATED, "Europe/Lisbon", "en", 3);
        UUID older = events.networkSettings(UPDATED, "America/Sao_Paulo", "de", 2);
        events.flush();
        // Keyed by the network, the three arrive in order: once the older one is processed, the others are.
        await("event " + older, () -> processed(older));

        assertEquals(ZoneId.of("Europe/Lisbon"), settings.zoneOf(network));
        assertEquals(Locale.ENGLISH, settings.languageOf(network));
    }

    @Test
    void aNetworkNotHeardOfYetIsInBerlinAndGerman() {
        assertEquals(ZoneId.of("Europe/Berlin"), settings.zoneOf(network));
        assertEquals(Locale.GERMAN, settings.languageOf(network));
    }

    private boolean processed(UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select 1 from processed_event where network_id = ? and event_id = ?")) {
            query.setString(1, network);
            query.setObject(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Engagement.PATIENCE);
        while (!done.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not seen within " + Engagement.PATIENCE + ": " + what);
            }
            Thread.sleep(50);
        }
    }
}
