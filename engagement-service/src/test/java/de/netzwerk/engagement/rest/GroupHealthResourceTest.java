package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A working group as a whole, and the coordinators' own punctuality. */
@QuarkusTest
class GroupHealthResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID group = UUID.randomUUID();

    @Test
    void aGroupWhoseMeetingsFallBelowQuorumIsDyingAndLateInvitationsAndMissingMinutesShow() throws Exception {
        UUID[] members = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
        UUID lateInvited = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        UUID meetingBetween = UUID.randomUUID();
        try (Histories events = new Histories(bootstrapServers, network)) {
            for (UUID member : members) {
                events.membership(member, group, daysAgo(300));
            }
            events.invitations(lateInvited, group, daysAgo(30), 3, members);
            for (int i = 0; i < 3; i++) {
                UUID meeting = i == 0 ? lateInvited : i == 2 ? last : meetingBetween;
                int daysAgo = 30 - 10 * i;
                events.attendance(members[0], group, meeting, daysAgo(daysAgo), "PRESENT");
                events.attendance(members[1], group, meeting, daysAgo(daysAgo), "ABSENT");
                events.attendance(members[2], group, meeting, daysAgo(daysAgo), "EXCUSED");
            }
        }
        for (UUID member : members) {
            Engagement.await(network, member, found -> found.getList("components.items").contains(3));
        }

        JsonPath health = awaitHealth(found -> found.getInt("members") == 3);

        assertEquals(List.of(last.toString(), lateInvited.toString()),
                List.of(health.getString("meetings[0].meetingId"), health.getString("meetings[2].meetingId")));
        assertEquals(33.3, health.getDouble("last90Days.attendanceRate"), 0.01);
        assertEquals(66.7, health.getDouble("last90Days.commitmentRate"), 0.01);
        assertTrue(health.getBoolean("dying"));
        assertThat(health.getList("reasons"), hasItem(containsString("below quorum")));

        Map<String, Object> dying = Alerts.awaitFor(network, null, alerts -> alerts.stream()
                        .anyMatch(alert -> "GROUP_DYING".equals(alert.get("rule"))), Engagement.PATIENCE).stream()
                .filter(alert -> "GROUP_DYING".equals(alert.get("rule"))).findFirst().orElseThrow();
        assertEquals(group.toString(), dying.get("groupId"));
        assertNull(dying.get("partnerId"), "the alert is about the group, not one of its members");
        Set<String> belowQuorum = Set.of(last.toString(), lateInvited.toString(), meetingBetween.toString());
        assertTrue(Alerts.evidenceIds(dying).containsAll(belowQuorum), "the meetings below quorum are the evidence");
        // Once two of the three members are at risk as well, the group itself stands for that: nothing else.
        assertThat(Alerts.evidenceIds(dying).stream().filter(id -> !belowQuorum.contains(id)).toList(),
                everyItem(is(group.toString())));
        for (UUID member : members) {
            assertThat(Alerts.of(network, member).stream().map(alert -> alert.get("rule")).toList(),
                    not(hasItem("GROUP_DYING")));
            assertThat("the group's case is not a member's", Alerts.of(network, member).stream()
                    .map(alert -> alert.get("caseId")).toList(), not(hasItem(dying.get("caseId"))));
        }
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts/cases/{c}", network, dying.get("caseId"))
                .then().statusCode(200)
                .body("groupId", is(group.toString()))
                .body("partnerId", nullValue())
                .body("reasons.rule", is(List.of("GROUP_DYING")));
        given().auth().oauth2(DevTokens.member(network, members[0].toString()))
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, dying.get("id"))
                .then().statusCode(anyOf(is(403), is(404)));

        JsonPath signals = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/coordination-signals", network)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1, signals.getInt("invitationsLate"));
        assertEquals(lateInvited.toString(), signals.getString("lateInvitations[0].meetingId"));
        assertEquals(3, signals.getInt("lateInvitations[0].daysAhead"));
        assertEquals(2, signals.getInt("minutesMissing"), "minutes of the meetings 30 and 20 days ago are overdue");
    }

    @Test
    void aGroupThatRecoversBeforeAnyoneFollowsItUpHasItsAlertWithdrawn() throws Exception {
        UUID[] members = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
        UUID[] meetings = { UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID() };
        try (Histories events = new Histories(bootstrapServers, network)) {
            for (UUID member : members) {
                events.membership(member, group, daysAgo(300));
            }
            for (int i = 0; i < meetings.length; i++) {
                events.attendance(members[0], group, meetings[i], daysAgo(30 - 10 * i), "PRESENT");
                events.attendance(members[1], group, meetings[i], daysAgo(30 - 10 * i), "ABSENT");
                events.attendance(members[2], group, meetings[i], daysAgo(30 - 10 * i), "ABSENT");
            }
        }
        String alertId = (String) groupDyingAlerts(alerts -> !alerts.isEmpty()).getFirst().get("id");

        // The attendance lists were wrong: corrected, everyone was there.
        try (Histories events = new Histories(bootstrapServers, network)) {
            for (int i = 0; i < meetings.length; i++) {
                events.attendance(members[1], group, meetings[i], daysAgo(30 - 10 * i), "PRESENT", 2);
                events.attendance(members[2], group, meetings[i], daysAgo(30 - 10 * i), "PRESENT", 2);
            }
        }

        Map<String, Object> withdrawn = groupDyingAlerts(alerts -> alerts.stream()
                .anyMatch(alert -> alertId.equals(alert.get("id")) && "DISMISSED".equals(alert.get("status")))).getFirst();
        assertEquals("CONDITION_ENDED", ((Map<?, ?>) withdrawn.get("followUp")).get("closingReason"));
        assertFalse(awaitHealth(found -> !found.getBoolean("dying")).getBoolean("dying"));
    }

    private List<Map<String, Object>> groupDyingAlerts(java.util.function.Predicate<List<Map<String, Object>>> condition)
            throws InterruptedException {
        java.util.function.Function<List<Map<String, Object>>, List<Map<String, Object>>> ofGroup = alerts -> alerts.stream()
                .filter(alert -> "GROUP_DYING".equals(alert.get("rule")) && group.toString().equals(alert.get("groupId")))
                .toList();
        return ofGroup.apply(Alerts.awaitFor(network, null, alerts -> condition.test(ofGroup.apply(alerts)),
                Engagement.PATIENCE));
    }

    /** Memberships come from partner-events, attendance from meeting-events: either may be applied first. */
    private JsonPath awaitHealth(java.util.function.Predicate<JsonPath> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Engagement.PATIENCE.toNanos();
        while (true) {
            var response = given().auth().oauth2(DevTokens.coordinator(network))
                    .when().get("/api/v1/networks/{n}/engagement/groups/{g}/health", network, group);
            if (response.statusCode() == 200 && condition.test(response.jsonPath())) {
                return response.jsonPath();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("group health did not reach the expected state: " + response.asString());
            }
            Thread.sleep(100);
        }
    }

    @Test
    void groupHealthIsServedUnderEngagementOnlyBecauseGroupsBelongToPartnerService() throws Exception {
        try (Histories events = new Histories(bootstrapServers, network)) {
            events.membership(UUID.randomUUID(), group, daysAgo(10));
        }
        awaitHealth(known -> true);

        // One owner per path prefix (issue 16): the front door sends …/groups/… to partner-service.
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/health", network, group)
                .then().statusCode(404);
    }

    @Test
    void membersDoNotSeeGroupHealthAndAnUnknownGroupIsNotFound() {
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/engagement/groups/{g}/health", network, group)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/engagement/groups/{g}/health", network, UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
