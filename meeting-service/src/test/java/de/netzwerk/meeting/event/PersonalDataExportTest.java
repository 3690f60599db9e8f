package de.netzwerk.meeting.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.TopicReader;
import de.netzwerk.meeting.CalendarFeeds;
import de.netzwerk.meeting.Meetings;
import de.netzwerk.meeting.PartnerEvents;
import de.netzwerk.meeting.Replicated;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A partner's personal-data export asked for on partner-events is answered on personal-data-exports with everything
 * this service holds about them and nothing about anyone else, once per request, also for an erased partner.
 */
@QuarkusTest
class PersonalDataExportTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "personal-data-exports";
    private static final String PART = "de.netzwerk.meeting.personal-data-exported.v1";
    private static final String REASON = "Elternabend in der Schule";
    private static final String OTHERS_REASON = "Ich bringe den Beamer mit";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();
    private final String network = Meetings.freshNetwork();
    private PartnerEvents events;

    @BeforeEach
    void connect() {
        events = new PartnerEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aPartnersMeetingHistoryIsExportedWithNothingOfTheOthersAtTheSameMeetings() throws Exception {
        List<String> partners = Replicated.partners(network, 2);
        String partner = partners.get(0);
        String other = partners.get(1);
        String group = Replicated.group(network);
        String otherGroup = Replicated.group(network);
        events.membershipStarted(UUID.fromString(group), UUID.fromString(partner), true);
        events.membershipStarted(UUID.fromString(group), UUID.fromString(other), true);
        Replicated.await("both members", () -> count("select count(*) from group_member where group_id = ?1",
                UUID.fromString(group)) == 2);

        String missed = Meetings.pastMeetingInviting(network, group, 10);
        answer(missed, partner, "DECLINED", REASON);
        answer(missed, other, "ACCEPTED", OTHERS_REASON);
        Meetings.record(network, missed, partner, "PRESENT");
        Meetings.record(network, missed, partner, "ABSENT");
        Meetings.record(network, missed, other, "PRESENT");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("text", "Protokoll")).when()
                .put("/api/v1/networks/{n}/meetings/{m}/minutes", network, missed).then().statusCode(200);
        given().auth().oauth2(DevTokens.member(network, partner)).when()
                .put("/api/v1/networks/{n}/meetings/{m}/minutes/acknowledgements/{p}", network, missed, partner)
                .then().statusCode(200);
        String asGuest = Meetings.pastMeetingInviting(network, otherGroup, 5, partner);
        Meetings.record(network, asGuest, partner, "PRESENT");
        String othersOnly = Meetings.pastMeetingInviting(network, otherGroup, 3, other);

        UUID exportId = UUID.randomUUID();
        UUID request = events.personalDataExportRequested(UUID.fromString(partner), exportId);
        ConsumerRecord<String, String> record = awaitPart(exportId);
        JsonNode exported = json.readTree(record.value());

        assertEquals(Set.of(), EventSchemas.violations("personal-data-exported.v1", exported));
        assertEquals(partner, TopicReader.header(record, "ce_subject"));
        assertEquals(network, TopicReader.header(record, "ce_networkid"));
        assertEquals(exportId.toString(), exported.get("exportId").asText());
        assertEquals("meeting-service", exported.get("service").asText());
        JsonNode part = exported.get("part");
        assertFalse(part.get("erased").asBoolean());
        assertEquals("ACTIVE", part.at("/partner/status").asText());
        assertEquals(List.of(group), texts(part.get("memberships"), "groupId"));
        assertEquals(List.of(missed, asGuest), texts(part.get("meetings"), "meetingId"),
                "the meetings that name the partner, by start; not " + othersOnly);

        JsonNode asMember = part.at("/meetings/0");
        assertEquals(group, asMember.get("groupId").asText());
        assertEquals("AG Inklusion", asMember.get("title").asText());
        assertFalse(asMember.at("/invitation/guest").asBoolean());
        assertEquals("DECLINED", asMember.at("/answer/answer").asText());
        assertEquals(REASON, asMember.at("/answer/reason").asText());
        assertTrue(asMember.at("/answer/enteredByThemselves").asBoolean());
        assertEquals("ABSENT", asMember.at("/attendance/status").asText());
        assertEquals(2, asMember.at("/attendance/revision").asInt());
        assertTrue(asMember.at("/minutes/askedToRead").asBoolean());
        assertTrue(asMember.at("/minutes/acknowledgedAt").isTextual(), "when the partner read the minutes");

        JsonNode guest = part.at("/meetings/1");
        assertTrue(guest.at("/invitation/guest").asBoolean());
        assertTrue(guest.get("answer").isNull());
        assertEquals("PRESENT", guest.at("/attendance/status").asText());
        assertTrue(guest.get("minutes").isNull(), "no minutes published");

        assertFalse(record.value().contains(other), "nothing names the other partner");
        assertFalse(record.value().contains(OTHERS_REASON), "nothing the other partner typed");

        events.personalDataExportRequested(request, UUID.fromString(partner), exportId);
        UUID later = exportOnThePartitionOf(exportId);
        events.personalDataExportRequested(UUID.fromString(partner), later);
        assertEquals(1, partsReadUntil(later, exportId), "a redelivered request is answered once");
    }

    @Test
    void anErasedPartnerIsAnsweredAsErasedAndOneNeverHeardOfWithNothing() throws Exception {
        UUID erased = UUID.fromString(Replicated.partner(network));
        String group = Replicated.group(network);
        events.membershipStarted(UUID.fromString(group), erased, true);
        Replicated.await("the member", () -> count("select count(*) from group_member where group_id = ?1",
                UUID.fromString(group)) == 1);
        String meeting = Meetings.pastMeetingInviting(network, group, 4);
        Meetings.record(network, meeting, erased.toString(), "PRESENT");
        events.partnerErased(erased, UUID.randomUUID());

        UUID exportOfErased = UUID.randomUUID();
        events.personalDataExportRequested(erased, exportOfErased);
        JsonNode erasedPart = json.readTree(awaitPart(exportOfErased).value());

        assertEquals(Set.of(), EventSchemas.violations("personal-data-exported.v1", erasedPart));
        assertTrue(erasedPart.at("/part/erased").asBoolean());
        assertTrue(erasedPart.at("/part/partner").isNull());
        assertTrue(erasedPart.at("/part/memberships").isEmpty());
        assertTrue(erasedPart.at("/part/meetings").isEmpty());

        UUID unknown = UUID.randomUUID();
        UUID exportOfUnknown = UUID.randomUUID();
        events.personalDataExportRequested(unknown, exportOfUnknown);
        JsonNode unknownPart = json.readTree(awaitPart(exportOfUnknown).value());

        assertEquals(Set.of(), EventSchemas.violations("personal-data-exported.v1", unknownPart));
        assertFalse(unknownPart.at("/part/erased").asBoolean());
        assertTrue(unknownPart.at("/part/partner").isNull());
        assertTrue(unknownPart.at("/part/memberships").isEmpty());
        assertTrue(unknownPart.at("/part/meetings").isEmpty());
    }

    @Test
    void thePartnersCalendarFeedsAreListedWithoutTheirLinks() throws Exception {
        String partner = Replicated.partner(network);
        String group = Replicated.group(network);
        Replicated.membership(network, group, partner);
        CalendarFeeds.Created ofGroup = CalendarFeeds.ofGroup(DevTokens.member(network, partner), network, group);
        CalendarFeeds.Created mine = CalendarFeeds.ofMyMeetings(network, partner);
        CalendarFeeds.ofGroup(DevTokens.coordinator(network), network, group);

        UUID exportId = UUID.randomUUID();
        events.personalDataExportRequested(UUID.fromString(partner), exportId);
        ConsumerRecord<String, String> record = awaitPart(exportId);
        JsonNode exported = json.readTree(record.value());

        assertEquals(Set.of(), EventSchemas.violations("personal-data-exported.v1", exported));
        JsonNode feeds = exported.at("/part/calendarFeeds");
        assertEquals(List.of(ofGroup.id(), mine.id()), texts(feeds, "feedId"), "the partner's own, not the coordinator's");
        assertEquals(List.of("GROUP", "MY_MEETINGS"), texts(feeds, "scope"));
        assertEquals(group, feeds.at("/0/groupId").asText());
        assertTrue(feeds.at("/1/groupId").isNull());
        for (String secret : List.of(ofGroup.secret(), mine.secret())) {
            assertFalse(record.value().contains(secret), "the export holds no link");
        }
    }

    @Test
    void aRequestNamingThePartnerInAnotherNetworkIsADeadLetter() {
        UUID partner = UUID.fromString(Replicated.partner(network));
        UUID deadLetter;
        try (PartnerEvents othersEvents = new PartnerEvents(bootstrapServers, Meetings.freshNetwork())) {
            deadLetter = othersEvents.personalDataExportRequested(partner, UUID.randomUUID());
        }

        try (TopicReader reader = new TopicReader(bootstrapServers, "meeting-service.partner-events.dlq")) {
            ConsumerRecord<String, String> record = reader.readUntil(
                            candidate -> deadLetter.toString().equals(TopicReader.header(candidate, "ce_id")), PATIENCE)
                    .stream().filter(candidate -> deadLetter.toString().equals(TopicReader.header(candidate, "ce_id")))
                    .findFirst().orElseThrow();
            assertThat(TopicReader.header(record, "dead-letter-reason"), containsString("is of network " + network));
        }
    }

    private void answer(String meeting, String partner, String answer, String reason) {
        given().auth().oauth2(DevTokens.member(network, partner)).contentType(ContentType.JSON)
                .body(Map.of("answer", answer, "reason", reason)).when()
                .put("/api/v1/networks/{n}/meetings/{m}/responses/{p}", network, meeting, partner)
                .then().statusCode(200);
    }

    private ConsumerRecord<String, String> awaitPart(UUID exportId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            return reader.readUntil(candidate -> isPartOf(candidate, exportId), PATIENCE).stream()
                    .filter(candidate -> isPartOf(candidate, exportId)).findFirst().orElseThrow();
        }
    }

    /** The parts of {@code exportId} read by the time the part of {@code later} is. */
    private long partsReadUntil(UUID later, UUID exportId) {
        try (TopicReader reader = new TopicReader(bootstrapServers, TOPIC)) {
            return reader.readUntil(candidate -> isPartOf(candidate, later), PATIENCE).stream()
                    .filter(candidate -> isPartOf(candidate, exportId)).count();
        }
    }

    /**
     * An export id whose part lands on the partition of {@code exportId}'s, as the producer's default partitioner
     * places a key: a second part of {@code exportId}, published before it, would be read before it.
     */
    private UUID exportOnThePartitionOf(UUID exportId) throws Exception {
        int partitions;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        }
        int wanted = partitionOf(exportId, partitions);
        UUID candidate = UUID.randomUUID();
        while (partitionOf(candidate, partitions) != wanted) {
            candidate = UUID.randomUUID();
        }
        return candidate;
    }

    private static int partitionOf(UUID key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    private static boolean isPartOf(ConsumerRecord<String, String> record, UUID exportId) {
        return exportId.toString().equals(record.key()) && PART.equals(TopicReader.header(record, "ce_type"));
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(element -> element.get(field).asText()).toList();
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }
}
