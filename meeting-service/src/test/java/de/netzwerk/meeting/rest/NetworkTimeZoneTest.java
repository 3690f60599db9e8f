package de.netzwerk.meeting.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import de.netzwerk.meeting.service.NetworkSettings;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A network's time zone comes from partner-service (network-registered, network-updated), the one source of
 * truth: changing it there moves the zone of a new meeting here and of its calendar entry. The events go through
 * Kafka, as partner-service publishes them.
 */
@QuarkusTest
class NetworkTimeZoneTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    NetworkSettings settings;

    @Inject
    EntityManager entityManager;

    private final String network = Meetings.freshNetwork();

    @Test
    void changingTheNetworksTimeZoneInPartnerServiceMovesANewMeetingAndItsCalendarEntry() throws Exception {
        try (PartnerEvents events = new PartnerEvents(bootstrapServers, network)) {
            events.networkRegistered("Europe/Berlin");
        }
        awaitZone("Europe/Berlin");
        String group = Replicated.group(network);
        String before = schedule(group, "Europe/Berlin");

        try (PartnerEvents events = new PartnerEvents(bootstrapServers, network)) {
            events.networkUpdated("Pacific/Auckland", "de", 1);
        }
        awaitZone("Pacific/Auckland");
        String after = schedule(group, "Pacific/Auckland");

        Calendar calendar = new CalendarBuilder().build(new StringReader(given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/meetings/groups/{g}/calendar.ics", network, group)
                .then().statusCode(200).extract().asString()));
        Map<String, String> zoneOfEntry = calendar.<VEvent>getComponents(Component.VEVENT).stream().collect(Collectors.toMap(
                event -> event.getProperty(Property.UID).orElseThrow().getValue(),
                event -> event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()));
        assertEquals(Map.of(after + "@netzwerk", "Pacific/Auckland", before + "@netzwerk", "Europe/Berlin"), zoneOfEntry,
                "a meeting keeps the zone it was scheduled in; a new one takes the network's new zone");
        assertEquals(Set.of("Europe/Berlin", "Pacific/Auckland"), calendar.<VTimeZone>getComponents(Component.VTIMEZONE)
                .stream().map(zone -> zone.getTimeZoneId().getValue()).collect(Collectors.toSet()));
    }

    @Test
    void theReplicaFollowsNetworkUpdatedAndIgnoresAnOlderOne() {
        UUID older;
        try (PartnerEvents events = new PartnerEvents(bootstrapServers, network)) {
            events.networkRegistered("Europe/Berlin");
            events.networkUpdated("Europe/Lisbon", "en", 3);
            older = events.networkUpdated("America/Sao_Paulo", "de", 2);
        }
        // Keyed by the network, the three arrive in order: once the older one is processed, the others are.
        Replicated.await("event " + older, () -> processed(older));

        assertEquals(ZoneId.of("Europe/Lisbon"), QuarkusTransaction.requiringNew().call(() -> settings.zoneOf(network)));
        assertEquals(Locale.ENGLISH, QuarkusTransaction.requiringNew().call(() -> settings.languageOf(network)));
    }

    @Test
    void aNetworkNotHeardOfYetIsInBerlinAndGerman() {
        assertEquals(ZoneId.of("Europe/Berlin"), QuarkusTransaction.requiringNew().call(() -> settings.zoneOf(network)));
        assertEquals(Locale.GERMAN, QuarkusTransaction.requiringNew().call(() -> settings.languageOf(network)));
    }

    /** Schedules a meeting without a zone of its own and checks the zone it was given. */
    private String schedule(String group, String expectedZone) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group, "title", "AG Inklusion", "startsAt", "2027-03-04T18:00:00+01:00",
                        "endsAt", "2027-03-04T20:00:00+01:00"))
                .when().post("/api/v1/networks/{n}/meetings", network)
                .then().statusCode(201).body("timeZone", equalTo(expectedZone)).extract().path("id");
    }

    private void awaitZone(String zone) {
        Replicated.await(network + " in " + zone, () -> settings.zoneOf(network).getId().equals(zone));
    }

    private boolean processed(UUID eventId) {
        return !entityManager.createNativeQuery("select 1 from processed_event where event_id = ?1")
                .setParameter(1, eventId).getResultList().isEmpty();
    }
}
