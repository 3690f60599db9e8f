package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class TaskResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aMemberSeesOnlyTheirOwnTasks() {
        String anna = UUID.randomUUID().toString();
        String ben = UUID.randomUUID().toString();
        String annasTask = create("Flyer entwerfen", anna, "2026-12-15");
        String bensTask = create("Raum buchen", ben, "2026-12-10");

        given().auth().oauth2(DevTokens.member(network, anna))
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200)
                .body("items.id", contains(annasTask));

        given().auth().oauth2(DevTokens.member(network, anna))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, bensTask)
                .then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200)
                .body("items.id", contains(bensTask, annasTask));
    }

    @Test
    void aNewTaskIsOpen() {
        String task = create("Protokoll verschicken", UUID.randomUUID().toString(), "2026-12-01");

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo("2026-12-01"));
    }

    @Test
    void aDueDateInAnInvalidFormatIsRefusedAndNothingIsStored() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Bad date", "dueDate", "15.12.2026"))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("dueDate"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void aTaskWithoutTitleIsRefusedNamingTitle() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", " "))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("title"));
    }

    private String create(String title, String assignee, String dueDate) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", title, "assigneeId", assignee, "dueDate", dueDate))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(201)
                .extract().path("id");
    }
}
