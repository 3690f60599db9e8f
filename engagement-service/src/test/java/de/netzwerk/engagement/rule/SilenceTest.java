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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * History entered after the fact (issue 13): a meeting's invitations and its attendance travel on different
 * partitions, so the invitations may be applied first. Until its attendance is recorded (or a grace period has
 * passed) such a meeting is not a settled fact, and must not make the group look active while the partner looks
 * silent.
 */
@QuarkusTest
class SilenceTest {

    /** Long enough for the invitations to be applied and assessed: before the fix SILENCE came within seconds. */
    private static final Duration WATCH = Duration.ofSeconds(8);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
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
    void invitationsToAPastMeetingEnteredBeforeItsAttendanceRaiseNoSilence() throws Exception {
        events.membership(partner, group, daysAgo(300));
        UUID earlier = UUID.randomUUID();
        events.attendance(partner, group, earlier, daysAgo(100), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> meetingsCounted(found) == 1);

        UUID meeting = UUID.randomUUID();
        events.invitationsEnteredNow(meeting, group, daysAgo(80), partner);
        events.flush();
        assertNoSilenceFor(WATCH);

        events.attendance(partner, group, meeting, daysAgo(80), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> meetingsCounted(found) == 2);
        Engagement.awaitNoPendingAssessments();

        assertEquals(List.of(), silenceAlerts(), "the partner was there at the last meeting");
    }

    @Test
    void invitationsEnteredNowWithTheirOriginalDateBeforeTheAttendanceRaiseNoSilence() throws Exception {
        events.membership(partner, group, daysAgo(300));
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(100), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> meetingsCounted(found) == 1);

        // Sent 87 days ago by their own date, so only the time they were entered tells that the list may follow.
        UUID meeting = UUID.randomUUID();
        events.invitationsEnteredNowWithTheirDate(meeting, group, daysAgo(80), 7, partner);
        events.flush();
        assertNoSilenceFor(WATCH);

        events.attendance(partner, group, meeting, daysAgo(80), "PRESENT");
        events.flush();
        Engagement.await(network, partner, found -> meetingsCounted(found) == 2);
        Engagement.awaitNoPendingAssessments();

        assertEquals(List.of(), silenceAlerts(), "the partner was there at the last meeting");
    }

    @Test
    void anotherMembersLineOfAMeetingEnteredAfterTheFactRaisesNoSilenceForAMemberWhoseLineIsStillOnItsWay()
            throws Exception {
        UUID other = UUID.randomUUID();
        events.membership(partner, group, daysAgo(300));
        events.membership(other, group, daysAgo(300));
        // Long before the silence period: counted in the score, no sign of life, no evidence that the group meets.
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(120), "ABSENT");
        UUID meeting = UUID.randomUUID();
        events.invitations(meeting, group, daysAgo(80), 7, partner, other);
        events.attendanceEnteredNow(other, group, meeting, daysAgo(80), "PRESENT");
        events.flush();
        Engagement.await(network, other, found -> meetingsCounted(found) == 1);
        Engagement.await(network, partner, found -> meetingsCounted(found) == 1);
        Engagement.awaitNoPendingAssessments();
        // The partner is assessed again with the other member's line applied and their own not yet.
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(110), "ABSENT");
        events.flush();
        Engagement.await(network, partner, found -> meetingsCounted(found) == 2);
        Engagement.awaitNoPendingAssessments();

        assertEquals(List.of(), silenceAlerts(), "the partner's own line of that meeting has not arrived yet");

        events.attendanceEnteredNow(partner, group, meeting, daysAgo(80), "ABSENT");
        events.flush();

        List<Map<String, Object>> raised = Alerts.awaitFor(network, partner,
                found -> found.stream().anyMatch(alert -> "SILENCE".equals(alert.get("rule"))), Engagement.PATIENCE);
        assertEquals(List.of(group.toString()), Alerts.evidenceIds(raised.stream()
                        .filter(alert -> "SILENCE".equals(alert.get("rule"))).findFirst().orElseThrow()),
                "absent from it: the group meets, and the partner never showed a sign of life");
    }

    private void assertNoSilenceFor(Duration watch) throws InterruptedException {
        Instant until = Instant.now().plus(watch);
        while (Instant.now().isBefore(until)) {
            assertEquals(List.of(), silenceAlerts(), "a meeting whose attendance is not yet recorded is no evidence");
            Thread.sleep(200);
        }
    }

    private static int meetingsCounted(JsonPath engagement) {
        Integer items = engagement.get("components.find { it.kind == 'ATTENDANCE' }.items");
        return items == null ? 0 : items;
    }

    private List<Map<String, Object>> silenceAlerts() {
        return Alerts.of(network, partner).stream().filter(alert -> "SILENCE".equals(alert.get("rule"))).toList();
    }
}
