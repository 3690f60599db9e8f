package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class GroupResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aNetworkHasOneSteeringGroupAndAnyNumberOfWorkingGroups() {
        String steering = createGroup("STEERING", "Steuerungsgruppe").then().statusCode(201).extract().path("id");
        String working = createGroup("WORKING", "AG Arbeit").then().statusCode(201).extract().path("id");

        createGroup("STEERING", "Zweite Steuerungsgruppe").then().statusCode(409).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/groups", network)
                .then().statusCode(200).body("items.id", contains(steering, working));
    }

    @Test
    void aPartnerJoinsChangesRoleAndLeavesAGroup() {
        String group = createGroup("WORKING", "AG Inklusion").then().extract().path("id");
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));

        putMember(group, partner, Map.of("role", "MEMBER", "joinedOn", "2026-09-15"))
                .then().statusCode(201).body("introductoryTalkDone", equalTo(false));
        putMember(group, partner, Map.of("role", "PATRON", "introductoryTalkDone", true))
                .then().statusCode(200).body("role", equalTo("PATRON")).body("joinedOn", equalTo("2026-09-15"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().statusCode(200).body("items.partnerId", contains(partner)).body("items.introductoryTalkDone", contains(true));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().delete("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(204);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items", empty());
    }

    @Test
    void aPartnerOfAnotherNetworkCannotJoinAndNothingIsStored() {
        String group = createGroup("WORKING", "AG Inklusion").then().extract().path("id");
        String otherNetwork = Partners.network();
        String stranger = Partners.registered(otherNetwork, Partners.profile("Fremder Verein"));

        putMember(group, stranger, Map.of("role", "MEMBER")).then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items", empty());
    }

    @Test
    void aPartnerWhoLeavesTheNetworkLeavesTheirGroups() {
        String group = createGroup("WORKING", "AG Inklusion").then().extract().path("id");
        Map<String, Object> profile = Partners.profile("Blickwinkel e.V.");
        String partner = Partners.registered(network, profile);
        putMember(group, partner, Map.of("role", "LEAD")).then().statusCode(201);

        profile.put("status", "LEFT");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, partner)
                .then().statusCode(200);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/groups/{g}/members", network, group)
                .then().body("items", empty());
        putMember(group, partner, Map.of("role", "MEMBER")).then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void aMembershipNeedsARoleAndAMemberCannotManageGroups() {
        String group = createGroup("WORKING", "AG Inklusion").then().extract().path("id");
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));

        putMember(group, partner, Map.of("role", "GUEST")).then().statusCode(400).body("errors.field", contains("role"));
        given().auth().oauth2(DevTokens.member(network, partner)).contentType(ContentType.JSON)
                .body(Map.of("role", "LEAD"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner)
                .then().statusCode(403);
    }

    @Test
    void membershipChangesNeedTheVersionJoiningDoesNot() {
        String group = createGroup("WORKING", "AG Inklusion").then().extract().path("id");
        String partner = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String member = "/api/v1/networks/{n}/groups/{g}/members/{p}";

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "MEMBER"))
                .when().put(member, network, group, partner)
                .then().statusCode(201).header("ETag", equalTo("\"0\""));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "LEAD"))
                .when().put(member, network, group, partner)
                .then().statusCode(428).contentType(PROBLEM_JSON).body("code", equalTo("version.required"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "LEAD"))
                .header("If-Match", "\"7\"")
                .when().put(member, network, group, partner)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("version.stale.sent"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(member, network, group, partner)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("role", equalTo("MEMBER"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("role", "LEAD"))
                .header("If-Match", "\"0\"")
                .when().put(member, network, group, partner)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("role", equalTo("LEAD"));
    }

    private io.restassured.response.Response createGroup(String kind, String name) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", name, "theme", "Teilhabe"))
                .when().post("/api/v1/networks/{n}/groups", network);
    }

    /** As a client does: with the ETag of the membership when the partner is a member already. */
    private io.restassured.response.Response putMember(String group, String partner, Map<String, Object> body) {
        var request = given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body);
        Versions.ofMembership(network, group, partner).ifPresent(etag -> request.header("If-Match", etag));
        return request.when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", network, group, partner);
    }
}
