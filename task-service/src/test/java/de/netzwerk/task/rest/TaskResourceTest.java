package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TaskResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final String network = Partners.freshNetwork();

    @Test
    void aMemberSeesOnlyTheirOwnTasks() {
        String anna = Partners.active(network);
        String ben = Partners.active(network);
        String annasTask = Tasks.create(network, "title", "Flyer entwerfen", "assigneeId", anna, "dueDate", "2026-12-15");
        String bensTask = Tasks.create(network, "title", "Raum buchen", "assigneeId", ben, "dueDate", "2026-12-10");

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
    void aMemberCannotUpdateAnothersTaskAndItStaysAsItWas() {
        String anna = Partners.active(network);
        String ben = Partners.active(network);
        String bensTask = Tasks.create(network, "assigneeId", ben);

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, bensTask))
                .body(Map.of("status", "DONE"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, bensTask)
                .then().statusCode(403).contentType(PROBLEM_JSON);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, bensTask)
                .then().body("status", equalTo("OPEN"));
    }

    @Test
    void aMemberMovesTheirOwnTaskAlongButChangesNothingElse() {
        String anna = Partners.active(network);
        String task = Tasks.create(network, "assigneeId", anna, "dueDate", "2026-12-15");

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, task))
                .body(Map.of("status", "IN_PROGRESS"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).body("status", equalTo("IN_PROGRESS"));

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, task))
                .body(Map.of("dueDate", "2027-03-01"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void aChangeAnswersTheNextETagAndAChangeSentWithTheVersionBeforeIsRefusedUnapplied() {
        String task = Tasks.create(network, "title", "Flyer entwerfen");
        String read = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().header("ETag");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("title", "Flyer und Plakat entwerfen"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        // A second coordinator who read the task before the first change sends the version they read.
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).header("If-Match", read)
                .body(Map.of("title", "Nur ein Plakat"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("version.stale.sent"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().header("ETag", equalTo("\"1\"")).body("title", equalTo("Flyer und Plakat entwerfen"));
    }

    @Test
    void aChangeThatChangesNothingKeepsTheVersion() {
        String task = Tasks.create(network, "title", "Flyer entwerfen");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Map.of("title", "Flyer entwerfen"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aNewTaskAnswersItsETag() {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Flyer entwerfen"))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(201).header("ETag", equalTo("\"0\""));
    }

    @Test
    void aParentIsDoneWhenItsSubPackagesAre() {
        String anna = Partners.active(network);
        String parent = Tasks.create(network, "title", "Aktionstag vorbereiten", "assigneeId", anna);
        String flyer = Tasks.create(network, "title", "Flyer", "parentId", parent, "assigneeId", anna);
        String room = Tasks.create(network, "title", "Raum", "parentId", parent, "assigneeId", anna);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, parent))
                .body(Map.of("status", "DONE"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, parent)
                .then().statusCode(409).contentType(PROBLEM_JSON);

        Tasks.update(network, flyer, Map.of("status", "DONE"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, parent)
                .then().body("status", equalTo("OPEN"));

        given().auth().oauth2(DevTokens.member(network, anna)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, room))
                .body(Map.of("status", "DONE"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, room)
                .then().statusCode(200);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, parent)
                .then().body("status", equalTo("DONE"))
                .body("completedOn", equalTo(LocalDate.now(BERLIN).toString()));
    }

    @Test
    void aCycleOfSubPackagesIsRefusedAndNothingIsStored() {
        String top = Tasks.create(network, "title", "Oben");
        String middle = Tasks.create(network, "title", "Mitte", "parentId", top);
        String bottom = Tasks.create(network, "title", "Unten", "parentId", middle);

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, top))
                .body(Map.of("parentId", bottom, "title", "Oben, umbenannt"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, top)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("parentId"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, top)
                .then().body("parentId", nullValue()).body("title", equalTo("Oben"));
    }

    @Test
    void aTaskCannotBeItsOwnSubPackage() {
        String task = Tasks.create(network, "title", "Allein");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", Tasks.etag(network, task))
                .body(Map.of("parentId", task))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("parentId"));
    }

    @Test
    void cancellingAPackageCancelsItsOpenSubPackagesButNotTheDoneOnes() {
        String parent = Tasks.create(network, "title", "Aktionstag");
        String done = Tasks.create(network, "title", "Raum", "parentId", parent);
        String open = Tasks.create(network, "title", "Flyer", "parentId", parent);
        Tasks.update(network, done, Map.of("status", "DONE"));

        Tasks.update(network, parent, Map.of("status", "CANCELLED", "cancelReason", "Abgesagt"));

        list("parentId", parent).body("items.status", containsInAnyOrder("DONE", "CANCELLED"))
                .body("items.find { it.id == '%s' }.cancelReason".formatted(open), equalTo("Abgesagt"));
    }

    @Test
    void aCoordinatorFindsTheTasksWhoseOwnerLeft() {
        String gone = Partners.active(network);
        String staying = Partners.active(network);
        String orphaned = Tasks.create(network, "assigneeId", gone);
        Tasks.create(network, "assigneeId", staying);

        Partners.leave(network, gone);

        list("needsReassignment", true).body("items.id", contains(orphaned));
        Tasks.update(network, orphaned, Map.of("assigneeId", staying));
        list("needsReassignment", true).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void aTaskReadsBackExactlyAsItWasAnsweredWhenCreated() {
        io.restassured.path.json.JsonPath created = given().auth().oauth2(DevTokens.coordinator(network))
                .contentType(ContentType.JSON).body(Map.of("title", "Protokoll"))
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(201).extract().jsonPath();

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, created.getString("id"))
                .then().body("createdAt", equalTo(created.getString("createdAt")));
    }

    @Test
    void aNewTaskIsOpen() {
        String task = Tasks.create(network, "title", "Protokoll verschicken", "dueDate", "2026-12-01", "size", "S",
                "tags", java.util.List.of("Protokoll"));

        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo("2026-12-01"))
                .body("size", equalTo("S"))
                .body("tags", contains("protokoll"));
    }

    @Test
    void tasksAreFilteredByAssigneeGroupGoalAndOverdue() {
        String anna = Partners.active(network);
        String group = Partners.group(network);
        String goal = Partners.goal(network);
        LocalDate today = LocalDate.now(BERLIN);
        String late = Tasks.create(network, "assigneeId", anna, "groupId", group, "dueDate", today.minusDays(2).toString());
        String ahead = Tasks.create(network, "assigneeId", anna, "goalId", goal, "dueDate", today.plusDays(5).toString());
        String other = Tasks.create(network, "groupId", group);

        list("overdue", true).body("items.id", contains(late)).body("items[0].overdue", equalTo(true));
        list("groupId", group).body("items.id", containsInAnyOrder(late, other));
        list("goalId", goal).body("items.id", contains(ahead));
        list("assigneeId", anna).body("items.id", contains(late, ahead));
        given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("page", 1).queryParam("size", 2)
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().body("items.id", contains(other)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
    }

    @Test
    void anOverdueTaskMovedToALaterDayIsNoLongerOverdue() {
        String anna = Partners.active(network);
        LocalDate today = LocalDate.now(BERLIN);
        String task = Tasks.create(network, "assigneeId", anna, "dueDate", today.minusDays(3).toString());

        Tasks.update(network, task, Map.of("dueDate", today.plusDays(7).toString()));

        list("overdue", true).body("items", org.hamcrest.Matchers.empty());
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().body("overdue", equalTo(false));
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

    private io.restassured.response.ValidatableResponse list(String parameter, Object value) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParam(parameter, value)
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200);
    }
}
