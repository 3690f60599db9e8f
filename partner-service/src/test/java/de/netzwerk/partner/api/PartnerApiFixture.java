package de.netzwerk.partner.api;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.api.ApiFixture;
import de.netzwerk.infra.api.Tenant;
import de.netzwerk.partner.Exchange;
import de.netzwerk.partner.MeetingEvents;
import de.netzwerk.partner.Partners;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;

/**
 * Two networks with one object of every kind partner-service's API names (a partner who is also the member
 * calling, a group they belong to, a goal they look after, a contact with them, an export of their personal data,
 * their offer matched with another partner's need), and what the OpenAPI document alone cannot tell the harness.
 */
final class PartnerApiFixture {

    private static final String NETWORK = "/api/v1/networks/{networkId}";
    private static final String PARTNER = NETWORK + "/partners/{partnerId}";
    private static final String GOAL = NETWORK + "/goals/{goalId}";
    private static final String MEMBER = NETWORK + "/groups/{groupId}/members/{partnerId}";
    private static final String EXCHANGE = NETWORK + "/exchange";
    private static final String SIGNUP = NETWORK + "/signups/{signupId}";
    private static final String COOPERATIONS = "/api/v1/networks/{networkId}/cooperations";
    private static final String COOPERATION = COOPERATIONS + "/{cooperationId}";

    private PartnerApiFixture() {
    }

    /**
     * A valid body for each change of a versioned resource, by operation: the harness sends them, and
     * {@link HttpConventionsTest} sends them without and with a stale If-Match.
     */
    static final Map<String, Function<Tenant, Object>> CHANGE_BODIES = Map.of(
            "PATCH " + NETWORK, tenant -> Map.of("name", "Netzwerk für Proben"),
            // An update sends the profile back without an external id, as the fixture's partner has none (it is the
            // coordinators' to change).
            "PUT " + PARTNER, tenant -> Partners.profile("Selbsthilfegruppe Blickwinkel e.V."),
            // An actor need names a partner (the reference under test) or describes someone not in the network yet.
            "PUT " + GOAL + "/actor-needs", tenant -> Map.of("needs", List.of(
                    Map.of("partnerId", tenant.id("partnerId"), "purpose", "Kontakte zur Verwaltung", "keyActor", true))),
            "PATCH " + EXCHANGE + "/matches/{matchId}", tenant -> Map.of("status", "AGREED"),
            "PUT " + COOPERATION, PartnerApiFixture::cooperation,
            "PUT " + COOPERATION + "/status", tenant -> Map.of("status", "ACTIVE"),
            "PUT " + SIGNUP + "/status", tenant -> Map.of("status", "CLOSED"));

    static ApiFixture create() {
        ApiFixture fixture = ApiFixture.of(network(), network())
                .body("POST /api/v1/networks", tenant -> Map.of("id", freshNetworkId(), "name", "Netzwerk für Proben"))
                .header("PUT " + PARTNER, "If-Match", tenant -> etag(tenant.networkId(), tenant.id("partnerId")))
                // Every other change names the version it read, too (issue 16, item 5).
                .header("PATCH " + NETWORK, "If-Match", tenant -> etagAt(tenant.networkId(), NETWORK, tenant.networkId()))
                .header("PUT " + GOAL + "/actor-needs", "If-Match", tenant -> etagAt(tenant.networkId(), GOAL, tenant.networkId(), tenant.id("goalId")))
                .header("PUT " + MEMBER, "If-Match", tenant -> etagAt(tenant.networkId(), MEMBER, tenant.networkId(), tenant.id("groupId"), tenant.id("partnerId")))
                .header("POST " + EXCHANGE + "/offers/{offerId}/withdrawal", "If-Match",
                        tenant -> etagAt(tenant.networkId(), EXCHANGE + "/offers/{offerId}", tenant.networkId(), tenant.id("offerId")))
                .header("POST " + EXCHANGE + "/needs/{needId}/withdrawal", "If-Match",
                        tenant -> etagAt(tenant.networkId(), EXCHANGE + "/needs/{needId}", tenant.networkId(), tenant.id("needId")))
                .header("PATCH " + EXCHANGE + "/matches/{matchId}", "If-Match",
                        tenant -> etagAt(tenant.networkId(), EXCHANGE + "/matches/{matchId}", tenant.networkId(), tenant.id("matchId")))
                .header("PUT " + SIGNUP + "/status", "If-Match", tenant -> etagAt(tenant.networkId(), SIGNUP, tenant.networkId(), tenant.id("signupId")))
                // Entering memberships uses the partner up (the same entries again change nothing): a fresh one each call.
                .objects("POST /api/v1/networks/{networkId}/groups/{groupId}/members",
                        tenant -> tenant.with("partnerId", Partners.registered(tenant.networkId(), Partners.profile("Tafel Musterstadt"))))
                // Ending a membership uses it up: each call ends a fresh one.
                .objects("DELETE /api/v1/networks/{networkId}/groups/{groupId}/members/{partnerId}",
                        tenant -> tenant.with("partnerId", memberOf(tenant.networkId(), tenant.id("groupId"))))
                // The talk is recorded in a group of its own, which the member's partner is no patron of.
                .objects("POST /api/v1/networks/{networkId}/groups/{groupId}/to-welcome/{partnerId}/introductory-talk",
                        tenant -> {
                            String group = newGroup(tenant.networkId());
                            return tenant.with("groupId", group).with("partnerId", memberOf(tenant.networkId(), group));
                        })
                // Erasing a partner's personal data uses the partner up: a fresh one each call, and an erased one to read.
                .query("DELETE " + PARTNER + "/personal-data", "reason", tenant -> "PARTNER_REQUEST")
                .objects("DELETE " + PARTNER + "/personal-data",
                        tenant -> tenant.with("partnerId", Partners.registered(tenant.networkId(), Partners.profile("Erika Musterfrau"))))
                .objects("GET " + PARTNER + "/personal-data/erasure", tenant -> tenant.with("partnerId", erased(tenant.networkId())))
                // The document's example of a date lies in the past, and an entry must hold today or later.
                // Entries are posted at the network's meeting, so that the meeting reference is tried across networks.
                .body("POST /api/v1/networks/{networkId}/exchange/offers", tenant -> atMeeting(offer(tenant.id("partnerId")), tenant))
                .body("POST /api/v1/networks/{networkId}/exchange/needs", tenant -> atMeeting(need(tenant.id("partnerId")), tenant))
                // Proposing a match uses its offer and need up (the pair is matched then): fresh ones each call.
                .objects("POST /api/v1/networks/{networkId}/exchange/matches", tenant -> {
                    String other = Partners.registered(tenant.networkId(), Partners.profile("Sportverein Musterstadt"));
                    return tenant.with("offerId", Exchange.offered(tenant.networkId(), offer(tenant.id("partnerId"))))
                            .with("needId", Exchange.needed(tenant.networkId(), need(other)));
                })
                // Moving a match on uses it up: a fresh proposed one each call, which the caller agrees to.
                // Withdrawing uses an entry up: a fresh offer of the member's partner, a fresh need of someone else.
                .objects("POST /api/v1/networks/{networkId}/exchange/offers/{offerId}/withdrawal",
                        tenant -> tenant.with("offerId", Exchange.offered(tenant.networkId(), offer(tenant.id("partnerId")))))
                .objects("POST /api/v1/networks/{networkId}/exchange/needs/{needId}/withdrawal",
                        tenant -> tenant.with("needId", Exchange.needed(tenant.networkId(), need(tenant.id("colleagueId")))))
                .objects("PATCH /api/v1/networks/{networkId}/exchange/matches/{matchId}",
                        tenant -> tenant.with("matchId", proposedMatch(tenant.networkId(), tenant.id("partnerId"))))
                // An external id names one partner of the network: each registration gets its own.
                .body("POST /api/v1/networks/{networkId}/partners", tenant -> withExternalId(Partners.profile("Tafel Musterstadt")))
                // Cooperations (issue 15): a body with two parties of the tenant; changing the status uses one up.
                .body("POST " + COOPERATIONS, PartnerApiFixture::cooperation)
                .header("PUT " + COOPERATION, "If-Match", tenant -> cooperationEtag(tenant.networkId(), tenant.id("cooperationId")))
                .objects("PUT " + COOPERATION + "/status",
                        tenant -> tenant.with("cooperationId", newCooperation(tenant.networkId(), tenant.id("partnerId"), tenant.id("colleagueId"))))
                .header("PUT " + COOPERATION + "/status", "If-Match", tenant -> cooperationEtag(tenant.networkId(), tenant.id("cooperationId")))
                // Sign-ups (issue 15): closing one uses it up; an entry names its person (a member signs up themselves).
                .body("POST /api/v1/networks/{networkId}/signups", tenant -> Map.of("groupId", tenant.id("groupId"),
                        "meetingId", tenant.id("meetingId"), "title", "Thementisch"))
                .objects("PUT /api/v1/networks/{networkId}/signups/{signupId}/status",
                        tenant -> tenant.with("signupId", newSignup(tenant.networkId(), tenant.id("groupId"))))
                .body("POST /api/v1/networks/{networkId}/signups/{signupId}/entries", tenant -> Map.of(
                        "name", "Erika Mustermann", "email", "erika@example.org", "contactConsent", true))
                .snapshot(tenant -> snapshotPaths(tenant.networkId(), tenant.id("partnerId"), tenant.id("groupId"), tenant.id("goalId")));
        CHANGE_BODIES.forEach(fixture::body);
        return fixture;
    }

    private static Tenant network() {
        String network = Partners.network();
        String partner = Partners.registered(network, Partners.profile("Selbsthilfegruppe Blickwinkel e.V."));
        String group = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Inklusion"))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
        join(network, group, partner);
        String goal = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit in örtlichen Betrieben", "category", "JOINT_PROJECTS", "priority", 1,
                        "responsiblePartnerId", partner))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("contactedOn", "2026-11-18", "channel", "CALL", "note", "Hat wieder Zeit für die AG."))
                .when().post("/api/v1/networks/{n}/partners/{p}/contacts", network, partner)
                .then().statusCode(201);
        String export = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}/personal-data", network, partner)
                .then().statusCode(202).extract().path("id");
        String other = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        Map<String, Object> offered = offer(partner);
        String meeting = MeetingEvents.knownWithOffer(network, offered);
        String offer = Exchange.offered(network, offered);
        String need = Exchange.needed(network, need(other));
        String match = Exchange.matched(network, offer, need);
        String colleague = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        String cooperation = newCooperation(network, partner, colleague);
        return Tenant.of(network).with("partnerId", partner).with("groupId", group).with("goalId", goal)
                .with("exportId", export).with("offerId", offer).with("needId", need).with("matchId", match)
                .with("meetingId", meeting).with("colleagueId", colleague).with("cooperationId", cooperation)
                .with("signupId", newSignup(network, group)).member(partner);
    }

    private static Map<String, Object> atMeeting(Map<String, Object> entry, Tenant tenant) {
        entry.put("meetingId", tenant.id("meetingId"));
        return entry;
    }

    private static Map<String, Object> offer(String partner) {
        return Exchange.entry(partner, "KNOW_HOW", "Beratung zu Leichter Sprache", "leichte sprache");
    }

    private static Map<String, Object> need(String partner) {
        return Exchange.entry(partner, "KNOW_HOW", "Flyer in Leichter Sprache", "leichte sprache");
    }

    /** A match of the partner's offer with a need of someone else, just proposed. */
    private static String proposedMatch(String network, String partner) {
        String other = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        return Exchange.matched(network, Exchange.offered(network, offer(partner)), Exchange.needed(network, need(other)));
    }

    private static String newGroup(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Freizeit"))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    private static String memberOf(String network, String group) {
        String partner = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        join(network, group, partner);
        return partner;
    }

    private static String erased(String network) {
        String partner = Partners.registered(network, Partners.profile("Max Mustermann"));
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete(PARTNER + "/personal-data", network, partner)
                .then().statusCode(202);
        return partner;
    }

    private static void join(String network, String group, String partner) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(201);
    }

    private static String etag(String network, String partner) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().extract().header("ETag");
        // A foreign network's partner has no ETag for this caller: any version shows the call is refused for its network.
        return etag != null ? etag : "\"0\"";
    }

    /**
     * The ETag a coordinator of the network reads at the path. Another network's object has none for this caller: any
     * version then shows the call is refused for its network.
     */
    static String etagAt(String network, String path, Object... pathParameters) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(path, pathParameters)
                .then().extract().header("ETag");
        return etag != null ? etag : "\"0\"";
    }

    private static Map<String, Object> cooperation(Tenant tenant) {
        return cooperationBody(tenant.id("partnerId"), tenant.id("colleagueId"), tenant.id("goalId"));
    }

    private static Map<String, Object> cooperationBody(String partner, String colleague, String goal) {
        Map<String, Object> body = new HashMap<>();
        body.put("purpose", "Gemeinsame Ausbildungsbörse");
        body.put("startsOn", "2027-01-01");
        body.put("endsOn", "2027-06-30");
        body.put("parties", List.of(Map.of("partnerId", partner, "contribution", "Räume"),
                Map.of("partnerId", colleague, "contribution", "Kontakte zu Betrieben")));
        if (goal != null) {
            body.put("goalId", goal);
        }
        return body;
    }

    private static String newCooperation(String network, String partner, String colleague) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(cooperationBody(partner, colleague, null))
                .when().post("/api/v1/networks/{n}/cooperations", network)
                .then().statusCode(201).extract().path("id");
    }

    private static String cooperationEtag(String network, String cooperation) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/cooperations/{c}", network, cooperation)
                .then().extract().header("ETag");
        return etag != null ? etag : "\"0\"";
    }

    private static String newSignup(String network, String group) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group))
                .when().post("/api/v1/networks/{n}/signups", network)
                .then().statusCode(201).extract().path("id");
    }

    private static List<String> snapshotPaths(String network, String partner, String group, String goal) {
        String base = "/api/v1/networks/" + network;
        return List.of(base, base + "/partners", base + "/partners/" + partner, base + "/partners/" + partner + "/contacts",
                base + "/groups", base + "/groups/" + group, base + "/groups/" + group + "/members",
                base + "/goals", base + "/goals/" + goal, base + "/strategy/gaps",
                base + "/exchange/offers", base + "/exchange/needs", base + "/exchange/matches",
                base + "/cooperations", base + "/signups");
    }

    private static Map<String, Object> withExternalId(Map<String, Object> profile) {
        profile.put("externalId", "KOM-" + UUID.randomUUID());
        return profile;
    }

    private static String freshNetworkId() {
        return "net-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
