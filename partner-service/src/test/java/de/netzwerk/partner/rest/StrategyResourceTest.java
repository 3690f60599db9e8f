package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class StrategyResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void gapsListANeededActorUntilThatPartnerBecomesActive() {
        Map<String, Object> profile = Partners.profile("Jobcenter Musterstadt");
        profile.put("sector", "MUNICIPALITY");
        profile.put("status", "PROSPECT");
        String jobcenter = Partners.registered(network, profile);
        String goal = createGoal("Arbeit für alle", 1);
        putNeeds(goal, List.of(
                Map.of("partnerId", jobcenter, "purpose", "Vermittlung in Betriebe", "keyActor", true),
                Map.of("description", "Lokalzeitung", "sector", "MEDIA", "purpose", "Berichte", "keyActor", false)))
                .then().statusCode(200);

        gaps().then().statusCode(200)
                .body("goals[0].goalId", equalTo(goal))
                .body("goals[0].missingActors.partnerId", contains(jobcenter, null))
                .body("goals[0].missingActors.partnerStatus", contains("PROSPECT", null))
                .body("sectorsNotRepresented", hasItem("MUNICIPALITY"));

        profile.put("status", "ACTIVE");
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, jobcenter)
                .then().statusCode(200);

        gaps().then()
                .body("goals[0].missingActors.description", contains("Lokalzeitung"))
                .body("sectorsNotRepresented", not(hasItem("MUNICIPALITY")))
                .body("sectorsNotRepresented", hasItem("MEDIA"));
    }

    @Test
    void goalsAreListedMostImportantFirst() {
        String later = createGoal("Öffentliche Aufmerksamkeit", 3);
        String first = createGoal("Zugang zu Entscheidern", 1);

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/goals", network)
                .then().statusCode(200).body("items.id", contains(first, later));
    }

    @Test
    void aNeedMustNameAPartnerOfTheNetworkOrDescribeTheActor() {
        String goal = createGoal("Arbeit für alle", 1);
        String stranger = Partners.registered(Partners.network(), Partners.profile("Fremder Verein"));

        putNeeds(goal, List.of(Map.of("partnerId", stranger, "purpose", "Hilfe", "keyActor", true)))
                .then().statusCode(422).contentType(PROBLEM_JSON).body("errors.field", contains("needs[0].partnerId"));
        putNeeds(goal, List.of(Map.of("purpose", "Hilfe", "keyActor", true)))
                .then().statusCode(400).body("errors.field", contains("needs[0]"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void anUnknownCategoryIsRefusedAndMembersDoNotSeeTheStrategy() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Irgendwas", "category", "WORLD_PEACE", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(400).body("errors.field", contains("category"));
        given().auth().oauth2(DevTokens.member(network, UUID.randomUUID().toString()))
                .when().get("/api/v1/networks/{n}/strategy/gaps", network)
                .then().statusCode(403);
    }

    @Test
    void aClientPollingWithUpdatedSinceGetsTheGoalsChangedSinceItsLastLook() {
        String earlier = createGoal("Arbeit in örtlichen Betrieben", 1);
        String later = createGoal("Freizeit für alle", 2);
        String lastLook = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/goals/{g}", network, later)
                .then().statusCode(200).extract().path("updatedAt");

        changedSince(lastLook).body("items.id", contains(later));

        putNeeds(earlier, List.of(Map.of("description", "Lokalzeitung", "purpose", "Berichte", "keyActor", false)))
                .then().statusCode(200);
        changedSince(lastLook).body("items.id", contains(earlier, later));
    }

    @Test
    void replacingTheActorsAGoalNeedsNamesTheVersionRead() {
        String goal = createGoal("Arbeit in örtlichen Betrieben", 1);
        List<Map<String, Object>> needs = List.of(Map.of("description", "Lokalzeitung", "purpose", "Berichte", "keyActor", false));

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("needs", needs))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(428).contentType(PROBLEM_JSON).body("code", equalTo("version.required"));
        putNeeds(goal, needs).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("items.description", contains("Lokalzeitung"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(Map.of("needs", List.of()))
                .header("If-Match", "\"0\"")
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("version.stale.sent"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("items.description", contains("Lokalzeitung"));
    }

    private io.restassured.response.ValidatableResponse changedSince(String moment) {
        return given().auth().oauth2(DevTokens.integration(network)).queryParam("updatedSince", moment)
                .when().get("/api/v1/networks/{n}/goals", network).then().statusCode(200);
    }

    private String createGoal(String title, int priority) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", title, "category", "JOINT_PROJECTS", "priority", priority))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
    }

    private io.restassured.response.Response putNeeds(String goal, List<Map<String, Object>> needs) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("needs", needs)).header("If-Match", Versions.ofGoal(network, goal))
                .when().put("/api/v1/networks/{n}/goals/{g}/actor-needs", network, goal);
    }

    private io.restassured.response.Response gaps() {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/strategy/gaps", network);
    }
}
