package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
 * A task names only what exists in its own network: a group, goal, owner or parent task of another network is
 * refused exactly like one that exists nowhere (422 naming the field), and another network's tasks can be neither
 * reached nor changed through this network's paths.
 */
@QuarkusTest
class NetworkReferencesTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = Partners.freshNetwork();
    private final String other = Partners.freshNetwork();

    @Test
    void aTaskNamesAGroupAGoalAnOwnerAndAParentOfItsOwnNetwork() {
        String group = Partners.group(network);
        String goal = Partners.goal(network);
        String anna = Partners.active(network);
        String parent = Tasks.create(network, "title", "Aktionstag");

        String task = Tasks.create(network, "groupId", group, "goalId", goal, "assigneeId", anna, "parentId", parent);

        read(network, task).statusCode(200)
                .body("groupId", equalTo(group))
                .body("goalId", equalTo(goal))
                .body("assigneeId", equalTo(anna))
                .body("parentId", equalTo(parent));
    }

    @Test
    void groupsAreAlsoLearntFromMembershipsAndGoalsFromTheActorsTheyNeed() {
        String anna = Partners.active(network);
        String group = UUID.randomUUID().toString();
        String goal = UUID.randomUUID().toString();
        Partners.join(network, group, anna);
        Partners.needs(network, goal, anna);

        String task = Tasks.create(network, "groupId", group, "goalId", goal);

        read(network, task).body("groupId", equalTo(group)).body("goalId", equalTo(goal));
    }

    @ParameterizedTest
    @ValueSource(strings = { "groupId", "goalId", "assigneeId", "parentId" })
    void anIdOfAnotherNetworkIsAnUnknownReferenceAndNoTaskIsCreated(String field) {
        create(network, Map.of("title", "Flyer", field, idInOtherNetwork(field)))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains(field));

        listTasks(network).body("totalItems", equalTo(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "groupId", "goalId", "assigneeId", "parentId" })
    void anIdKnownNowhereIsAnUnknownReference(String field) {
        create(network, Map.of("title", "Flyer", field, UUID.randomUUID().toString()))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains(field));
    }

    @ParameterizedTest
    @ValueSource(strings = { "groupId", "goalId", "assigneeId", "parentId" })
    void anIdOfAnotherNetworkIsRefusedOnUpdateAndTheTaskStaysAsItWas(String field) {
        String task = Tasks.create(network, "title", "Protokoll");
        Map<String, Object> before = read(network, task).extract().jsonPath().getMap("");

        update(network, task, Map.of(field, idInOtherNetwork(field), "title", "Protokoll, geändert"))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains(field));

        assertEquals(before, read(network, task).extract().jsonPath().getMap(""));
    }

    @Test
    void aPartnerWhoLeftIsNoLongerAnOwnerToBeGiven() {
        String gone = Partners.active(network);
        String task = Tasks.create(network, "title", "Raum buchen");
        Partners.leave(network, gone);

        create(network, Map.of("title", "Flyer", "assigneeId", gone))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("assigneeId"));
        update(network, task, Map.of("assigneeId", gone))
                .statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", contains("assigneeId"));

        read(network, task).body("assigneeId", nullValue());
    }

    @Test
    void anotherNetworksTaskIsNotFoundHereAndReadsBackUnchangedThere() {
        String theirs = Tasks.create(other, "title", "Sommerfest", "assigneeId", Partners.active(other),
                "groupId", Partners.group(other), "goalId", Partners.goal(other), "dueDate", "2026-12-15");
        Map<String, Object> before = read(other, theirs).extract().jsonPath().getMap("");
        String mine = Tasks.create(network, "title", "Flyer");

        read(network, theirs).statusCode(404).contentType(PROBLEM_JSON);
        update(network, theirs, Map.of("title", "Übernommen", "status", "CANCELLED", "cancelReason", "weg"))
                .statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, theirs)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        create(network, Map.of("title", "Teil davon", "parentId", theirs)).statusCode(422);
        update(network, mine, Map.of("parentId", theirs)).statusCode(422);
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("parentId", theirs)
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200).body("items", empty());

        assertEquals(before, read(other, theirs).extract().jsonPath().getMap(""));
        given().auth().oauth2(DevTokens.coordinator(other)).queryParam("parentId", theirs)
                .when().get("/api/v1/networks/{n}/tasks", other)
                .then().statusCode(200).body("items", empty());
        read(network, mine).body("parentId", nullValue());
    }

    @Test
    void onlyPartnersOfTheNetworkAreSuggested() {
        String local = Partners.active(network);
        String stranger = Partners.active(other, "moderation");
        Partners.band(other, stranger, "ENGAGED", 95);
        String task = Tasks.create(network, "title", "Zukunftswerkstatt moderieren", "tags", List.of("moderation"));

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 50)
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200)
                .body("items.partnerId", contains(local));
    }

    /** An object of the other network that {@code field} could name. */
    private String idInOtherNetwork(String field) {
        return switch (field) {
            case "groupId" -> Partners.group(other);
            case "goalId" -> Partners.goal(other);
            case "assigneeId" -> Partners.active(other);
            case "parentId" -> Tasks.create(other, "title", "Fremde Aufgabe");
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static ValidatableResponse create(String network, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then();
    }

    private static ValidatableResponse update(String network, String task, Map<String, Object> changes) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, task)).body(changes)
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then();
    }

    private static ValidatableResponse read(String network, String task) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then();
    }

    private static ValidatableResponse listTasks(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200);
    }
}
