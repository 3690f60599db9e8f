package de.netzwerk.engagement.api;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.ApiFixture;
import de.netzwerk.infra.api.Tenant;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;

/**
 * Two networks as engagement-service learns them from the topics: a partner in a working group for two months,
 * absent from its last meeting, with a task three weeks overdue, and so with a score and an open alert. The member
 * calling is that partner.
 */
final class EngagementApiFixture {

    private static final String N = "/api/v1/networks/{networkId}";
    private static final String PAUSE = N + "/engagement/{partnerId}/pause";
    private static final String OBJECTION = N + "/engagement/{partnerId}/scoring-objection";

    private EngagementApiFixture() {
    }

    static ApiFixture create() {
        return ApiFixture.of(network(), network())
                // Dates from the calendar, not from the document's examples, which will lie in the past one day.
                .body("PUT " + PAUSE, tenant -> pause())
                // Ending a pause needs one: each call ends a pause of its own.
                .objects("DELETE " + PAUSE, tenant -> {
                    given().auth().oauth2(DevTokens.coordinator(tenant.networkId())).contentType(ContentType.JSON).body(pause())
                            .when().put("/api/v1/networks/{n}/engagement/{p}/pause", tenant.networkId(), tenant.id("partnerId"))
                            .then().statusCode(200);
                    return tenant;
                })
                // A change names the version it is based on in If-Match: the one stored when the call is made.
                .body("PUT " + N + "/engagement-policy", EngagementApiFixture::policyInForce)
                .header("PUT " + N + "/engagement-policy", "If-Match", tenant -> etag(tenant, N + "/engagement-policy"))
                .body("POST " + N + "/engagement-policy/preview", EngagementApiFixture::policyInForce)
                .body("PATCH " + N + "/alerts/{alertId}", tenant -> Map.of("status", "ACKNOWLEDGED"))
                .header("PATCH " + N + "/alerts/{alertId}", "If-Match",
                        tenant -> etag(tenant, N + "/alerts/" + tenant.id("alertId")))
                .body("PATCH " + N + "/alerts/cases/{caseId}", tenant -> Map.of("status", "ACKNOWLEDGED"))
                .header("PATCH " + N + "/alerts/cases/{caseId}", "If-Match",
                        tenant -> etag(tenant, N + "/alerts/cases/" + tenant.id("caseId")))
                // An objection stops the partner's scoring and withdraws their alerts: each call gets a partner of its
                // own, whom the member's token speaks for, so that the fixture's partner keeps score and alert.
                .objects("POST " + OBJECTION, EngagementApiFixture::freshPartner)
                .objects("GET " + OBJECTION, tenant -> objecting(freshPartner(tenant)))
                .objects("PATCH " + OBJECTION, tenant -> objecting(freshPartner(tenant)))
                .body("PATCH " + OBJECTION, tenant -> Map.of("status", "REJECTED",
                        "justification", "Die Steuerungsgruppe verteilt Patenschaften nach der Einschätzung."))
                .header("PATCH " + OBJECTION, "If-Match",
                        tenant -> etag(tenant, N + "/engagement/" + tenant.id("partnerId") + "/scoring-objection"))
                .snapshot(EngagementApiFixture::snapshotPaths)
                .settle(EngagementApiFixture::awaitAssessments);
    }

    private static Tenant network() {
        String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
        UUID partner = UUID.randomUUID();
        UUID group = UUID.randomUUID();
        try (Histories events = new Histories(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), network)) {
            events.partnerRegistered(partner);
            events.membership(partner, group, daysAgo(60));
            events.attendance(partner, group, UUID.randomUUID(), daysAgo(30), "ABSENT");
            UUID task = UUID.randomUUID();
            events.taskAssigned(task, partner, "Förderantrag Stadtteilfest", daysAgo(20), daysAgo(50));
            events.taskOverdue(task, partner, "Förderantrag Stadtteilfest", daysAgo(20));
            events.flush();
        }
        Map<String, Object> alert = awaitAlert(network, partner);
        awaitAssessments();
        return Tenant.of(network).with("partnerId", partner.toString()).with("groupId", group.toString())
                .with("alertId", (String) alert.get("id")).with("caseId", (String) alert.get("caseId"))
                .member(partner.toString());
    }

    private static Map<String, Object> awaitAlert(String network, UUID partner) {
        try {
            return Alerts.awaitFor(network, partner, alerts -> !alerts.isEmpty(), Engagement.PATIENCE).getFirst();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitAssessments() {
        try {
            Engagement.awaitNoPendingAssessments();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A partner of the tenant's network, scored once, as the member's token. */
    static Tenant freshPartner(Tenant tenant) {
        UUID partner = UUID.randomUUID();
        try (Histories events = new Histories(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                tenant.networkId())) {
            events.partnerRegistered(partner);
            events.attendance(partner, UUID.fromString(tenant.id("groupId")), UUID.randomUUID(), daysAgo(3), "PRESENT");
            events.flush();
        }
        try {
            Engagement.await(tenant.networkId(), partner, found -> found.get("score") != null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return tenant.with("partnerId", partner.toString()).member(partner.toString());
    }

    /** The tenant's partner with an open objection to scoring, recorded by themselves. */
    static Tenant objecting(Tenant tenant) {
        given().auth().oauth2(DevTokens.member(tenant.networkId(), tenant.id("partnerId"))).contentType(ContentType.JSON)
                .body(Map.of("reason", "Ich möchte nicht bewertet werden."))
                .when().post("/api/v1/networks/{n}/engagement/{p}/scoring-objection", tenant.networkId(), tenant.id("partnerId"))
                .then().statusCode(201);
        return tenant;
    }

    private static Map<String, Object> pause() {
        return Map.of("startsOn", daysAgo(0).toString(), "until", daysAgo(-60).toString(), "reason", "PARENTAL_LEAVE",
                "note", "Elternzeit");
    }

    static Map<String, Object> policyInForce(Tenant tenant) {
        Map<String, Object> policy = new HashMap<>(given().auth().oauth2(DevTokens.coordinator(tenant.networkId()))
                .when().get("/api/v1/networks/{n}/engagement-policy", tenant.networkId())
                .then().extract().jsonPath().getMap(""));
        policy.remove("version");
        policy.remove("changedAt");
        policy.remove("changedBy");
        return policy;
    }

    /**
     * The ETag a coordinator of the tenant's network reads at the path ({@code {networkId}} filled in); a call for
     * another network's object gets that object's own, or none when it is not found, so the refusal comes from the
     * network, not from the version.
     */
    static String etag(Tenant tenant, String path) {
        String etag = given().auth().oauth2(DevTokens.coordinator(tenant.networkId()))
                .when().get(path.replace("{networkId}", tenant.networkId())).then().extract().header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    private static List<String> snapshotPaths(Tenant tenant) {
        String network = "/api/v1/networks/" + tenant.networkId();
        return List.of(network + "/engagement", network + "/engagement/" + tenant.id("partnerId"), network + "/alerts",
                network + "/alerts/" + tenant.id("alertId"), network + "/alerts/causes", network + "/alerts/cases",
                network + "/alerts/cases/" + tenant.id("caseId"), network + "/engagement-policy",
                network + "/engagement/groups/" + tenant.id("groupId") + "/health", network + "/coordination-signals",
                network + "/engagement/scoring-objections");
    }
}
