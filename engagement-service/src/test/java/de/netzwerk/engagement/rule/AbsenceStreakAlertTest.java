package de.netzwerk.engagement.rule;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.MeetingEvents;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class AbsenceStreakAlertTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private MeetingEvents events;

    @BeforeEach
    void connect() {
        events = new MeetingEvents(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void twoUnexcusedAbsencesInARowRaiseAnAlertWithTheMeetingsAsEvidence() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, group, first, 14, "ABSENT");
        events.attendance(partner, group, second, 7, "ABSENT");

        Map<String, Object> alert = Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE).getFirst();

        assertEquals("ABSENCE_STREAK", alert.get("rule"));
        assertEquals("OPEN", alert.get("status"));
        assertEquals(partner.toString(), alert.get("partnerId"));
        assertEquals(group.toString(), alert.get("groupId"));
        assertThat(Alerts.evidenceIds(alert), containsInAnyOrder(first.toString(), second.toString()));
        assertThat((String) alert.get("suggestedNextStep"), not(emptyOrNullString()));
    }

    @Test
    void anExcusedAbsenceNeitherBreaksNorExtendsTheStreak() throws Exception {
        UUID absent = UUID.randomUUID();
        UUID excused = UUID.randomUUID();
        UUID absentAgain = UUID.randomUUID();
        events.attendance(partner, group, absent, 21, "ABSENT");
        events.attendance(partner, group, excused, 14, "EXCUSED");
        events.attendance(partner, group, absentAgain, 7, "ABSENT");

        Map<String, Object> alert = Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE).getFirst();

        assertThat(Alerts.evidenceIds(alert), containsInAnyOrder(absent.toString(), absentAgain.toString()));
    }

    @Test
    void aPresenceEndsTheStreak() throws Exception {
        events.attendance(partner, group, UUID.randomUUID(), 21, "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), 14, "PRESENT");
        events.attendance(partner, group, UUID.randomUUID(), 7, "ABSENT");
        // The same partner's events stay in order: once a streak in another group shows, the first group's
        // events have been processed, and they must not have raised anything.
        UUID otherGroup = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        events.attendance(partner, otherGroup, first, 21, "ABSENT");
        events.attendance(partner, otherGroup, second, 14, "ABSENT");

        Map<String, Object> alert = Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE).getFirst();

        assertEquals(otherGroup.toString(), alert.get("groupId"));
        assertThat(Alerts.evidenceIds(alert), containsInAnyOrder(first.toString(), second.toString()));
    }

    @Test
    void aThirdAbsenceAddsEvidenceToTheOpenAlertInsteadOfRaisingASecond() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        events.attendance(partner, group, first, 21, "ABSENT");
        events.attendance(partner, group, second, 14, "ABSENT");
        Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), PATIENCE);

        events.attendance(partner, group, third, 7, "ABSENT");

        List<Map<String, Object>> alerts = Alerts.awaitFor(network, partner,
                found -> Alerts.evidenceIds(found.getFirst()).size() == 3, PATIENCE);
        assertThat(alerts, hasSize(1));
        assertThat(Alerts.evidenceIds(alerts.getFirst()),
                containsInAnyOrder(first.toString(), second.toString(), third.toString()));
    }
}
