package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator of network A who knows the ids of network B's partner, group and goal can neither reach them through
 * A's paths (404, as if they did not exist) nor name them in A's requests (422 naming the field). B's data reads back
 * unchanged after every attempt.
 */
@QuarkusTest
class CrossNetworkReferencesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String a;
    private String b;
    private String partnerOfB;
    private String groupOfB;
    private String goalOfB;
    private BSnapshot bBefore;

    @BeforeEach
    void twoNetworks() {
        a = Partners.network();
        b = Partners.network();
        partnerOfB = Partners.registered(b, Partners.profile("Verein aus B"));
        groupOfB = asCoordinatorOf(b).body(Map.of("kind", "WORKING", "name", "AG in B"))
                .when().post("/api/v1/networks/{n}/groups", b).then().statusCode(201).extract().path("id");
        asCoordinatorOf(b).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", b, groupOfB, partnerOfB)
                .then().statusCode(201);
        goalOfB = asCoordinatorOf(b).body(Map.of("title", "Ziel in B", "category", "EXPERTISE", "priority", 2))
                .when().post("/api/v1/networks/{n}/goals", b).then().statusCode(201).extract().path("id");
        bBefore = BSnapshot.read(b, partnerOfB, groupOfB, goalOfB);
    }

    @AfterEach
    void bIsUnchanged() {
        assertEquals(bBefore, BSnapshot.read(b, partnerOfB, groupOfB, goalOfB), "network B's data");
    }

    @Test
    void aPartnerOfAnotherNetworkCannotBeResponsibleForAPartner() {
        Map<String, Object> profile = Partners.profile("Verein aus A");
        profile.put("responsiblePartnerId", partnerOfB);

        unknownReference(Partners.register(a, profile), "responsiblePartnerId");
        partnersOfA().then().body("totalItems", equalTo(0));

        String partnerOfA = Partners.registered(a, Partners.profile("Verein aus A"));
        unknownReference(asCoordinatorOf(a).header("If-Match", "\"0\"").body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", a, partnerOfA), "responsiblePartnerId");
        asCoordinatorOf(a).when().get("/api/v1/networks/{n}/partners/{p}", a, partnerOfA)
                .then().statusCode(200).header("ETag", "\"0\"").body("responsiblePartnerId", nullValue());
    }

    @Test
    void anIdOfNoNetworkAtAllGetsTheSameAnswerAsOneOfAnotherNetwork() {
        Map<String, Object> profile = Partners.profile("Verein aus A");
        profile.put("responsiblePartnerId", UUID.randomUUID().toString());

        unknownReference(Partners.register(a, profile), "responsiblePartnerId");
    }

    @Test
    void aPartnerOfAnotherNetworkCannotBeResponsibleForAGoal() {
        unknownReference(asCoordinatorOf(a)
                .body(Map.of("title", "Arbeit für alle", "category", "JOINT_PROJECTS", "priority", 1,
                        "responsiblePartnerId", partnerOfB))
                .when().post("/api/v1/networks/{n}/goals", a), "responsiblePartnerId");

        asCoordinatorOf(a).when().get("/api/v1/networks/{n}/goals", a).then().statusCode(200).body("items", empty());
    }

    @Test
    void aGoalCannotNeedAPartnerOfAnotherNetwork() {
        String partnerOfA = Partners.registered(a, Partners.profile("Verein aus A"));
        String goalOfA = asCoordinatorOf(a).body(Map.of("title", "Arbeit für alle", "category", "JOINT_PROJECTS", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", a).then().statusCode(201).extract().path("id");

        unknownReference(asCoordinatorOf(a)
                .body(Map.of("needs", List.of(
                        Map.of("partnerId", partnerOfA, "purpose", "Beratung", "keyActor", false),
                        Map.of("partnerId", partnerOfB, "purpose", "Kontakte", "keyActor", true))))
                .header("If-Match", Versions.ofGoal(a, goalOfA))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", a, goalOfA), "needs[1].partnerId");

        asCoordinatorOf(a).when().get("/api/v1/networks/{n}/goals/{g}/actor-needs", a, goalOfA)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anotherNetworksPartnerIsNotFoundInThePathsOfThisNetwork() {
        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/partners/{p}", a, partnerOfB));
        notFound(asCoordinatorOf(a).header("If-Match", "\"0\"").body(Partners.profile("Übernommen"))
                .when().put("/api/v1/networks/{n}/partners/{p}", a, partnerOfB));
        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/partners/{p}/contacts", a, partnerOfB));
        notFound(asCoordinatorOf(a).body(Map.of("contactedOn", "2026-01-15", "channel", "CALL"))
                .when().post("/api/v1/networks/{n}/partners/{p}/contacts", a, partnerOfB));
    }

    @Test
    void anotherNetworksGroupAndItsMembersAreNotFoundInThePathsOfThisNetwork() {
        String partnerOfA = Partners.registered(a, Partners.profile("Verein aus A"));
        String groupOfA = asCoordinatorOf(a).body(Map.of("kind", "WORKING", "name", "AG in A"))
                .when().post("/api/v1/networks/{n}/groups", a).then().statusCode(201).extract().path("id");

        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/groups/{g}", a, groupOfB));
        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/groups/{g}/members", a, groupOfB));
        notFound(asCoordinatorOf(a).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfA, partnerOfB));
        notFound(asCoordinatorOf(a).body(Map.of("role", "MEMBER"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfB, partnerOfA));
        notFound(asCoordinatorOf(a).body(Map.of("role", "PATRON"))
                .when().put("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfB, partnerOfB));
        notFound(asCoordinatorOf(a).when().delete("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfB, partnerOfB));
        notFound(asCoordinatorOf(a).when().delete("/api/v1/networks/{n}/groups/{g}/members/{p}", a, groupOfA, partnerOfB));

        asCoordinatorOf(a).when().get("/api/v1/networks/{n}/groups/{g}/members", a, groupOfA)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anotherNetworksGoalIsNotFoundInThePathsOfThisNetwork() {
        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/goals/{g}", a, goalOfB));
        notFound(asCoordinatorOf(a).when().get("/api/v1/networks/{n}/goals/{g}/actor-needs", a, goalOfB));
        notFound(asCoordinatorOf(a).body(Map.of("needs", List.of())).header("If-Match", "\"0\"")
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", a, goalOfB));
    }

    private static void unknownReference(Response response, String field) {
        response.then().statusCode(422).contentType(PROBLEM_JSON)
                .body("status", equalTo(422))
                .body("errors.field", contains(field));
    }

    private static void notFound(Response response) {
        response.then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private Response partnersOfA() {
        return asCoordinatorOf(a).when().get("/api/v1/networks/{n}/partners", a);
    }

    private static RequestSpecification asCoordinatorOf(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON);
    }

    /** Everything of network B that A's requests could have touched, as B's coordinator reads it. */
    private record BSnapshot(String partner, String partnerETag, String group, String members, String contacts,
            String goal) {

        static BSnapshot read(String b, String partner, String group, String goal) {
            Response partnerRead = asCoordinatorOf(b).when().get("/api/v1/networks/{n}/partners/{p}", b, partner);
            return new BSnapshot(partnerRead.then().statusCode(200).extract().asString(), partnerRead.header("ETag"),
                    read(b, "/groups/{x}", group), read(b, "/groups/{x}/members", group),
                    read(b, "/partners/{x}/contacts", partner), read(b, "/goals/{x}", goal));
        }

        private static String read(String b, String path, String id) {
            return asCoordinatorOf(b).when().get("/api/v1/networks/{n}" + path, b, id)
                    .then().statusCode(200).extract().asString();
        }
    }
}
