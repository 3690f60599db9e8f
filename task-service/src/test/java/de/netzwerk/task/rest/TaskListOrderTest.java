package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** The tasks list's orders (?sort=) and the filter for clients that poll for changes (?updatedSince=). */
@QuarkusTest
class TaskListOrderTest {

    private final String network = Partners.freshNetwork();

    @Test
    void tasksAreSortedByTitleEitherWay() {
        String plakat = Tasks.create(network, "title", "Plakat drucken");
        String flyer = Tasks.create(network, "title", "Flyer entwerfen");
        String raum = Tasks.create(network, "title", "Raum buchen");

        list(Map.of("sort", "title")).body("items.id", contains(flyer, plakat, raum));
        list(Map.of("sort", "-title")).body("items.id", contains(raum, plakat, flyer));
    }

    @Test
    void soonestDueComesFirstByDefaultAndLatestFirstReversedWithTasksWithoutADueDateAtTheFarEnd() {
        String someday = Tasks.create(network, "title", "Irgendwann");
        String late = Tasks.create(network, "dueDate", "2027-03-01");
        String soon = Tasks.create(network, "dueDate", "2027-01-15");

        list(Map.of()).body("items.id", contains(soon, late, someday));
        list(Map.of("sort", "dueDate")).body("items.id", contains(soon, late, someday));
        list(Map.of("sort", "-dueDate")).body("items.id", contains(someday, late, soon));
    }

    @Test
    void theLastChangedComesFirstWithMinusUpdatedAt() {
        String first = Tasks.create(network, "title", "Zuerst angelegt");
        String second = Tasks.create(network, "title", "Danach angelegt");
        Tasks.update(network, first, Map.of("title", "Zuerst angelegt, zuletzt geändert"));

        list(Map.of("sort", "-updatedAt")).body("items.id", contains(first, second));
        list(Map.of("sort", "updatedAt")).body("items.id", contains(second, first));
    }

    @Test
    void tasksOfEqualDueDatesKeepOneOrderAcrossPages() {
        for (int i = 0; i < 5; i++) {
            Tasks.create(network, "dueDate", "2027-01-15");
        }
        var all = list(Map.of("size", 5)).extract().jsonPath().getList("items.id", String.class);

        list(Map.of("size", 2, "page", 0)).body("items.id", contains(all.get(0), all.get(1)));
        list(Map.of("size", 2, "page", 1)).body("items.id", contains(all.get(2), all.get(3)));
        list(Map.of("size", 2, "page", 2)).body("items.id", contains(all.get(4)));
    }

    @Test
    void anUnknownSortIsRefusedNamingSort() {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("sort", "assigneeId")
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("sort"));
    }

    @Test
    void updatedSinceListsWhatChangedAtOrAfterTheMomentAndNotWhatChangedBefore() {
        String untouched = Tasks.create(network, "title", "Unverändert");
        String changed = Tasks.create(network, "title", "Wird geändert");
        String moment = given().auth().oauth2(DevTokens.coordinator(network)).contentType("application/json")
                .header("If-Match", Tasks.etag(network, changed)).body(Map.of("dueDate", "2027-02-01"))
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, changed)
                .then().statusCode(200).extract().path("updatedAt");
        String createdAfter = Tasks.create(network, "title", "Danach angelegt");

        list(Map.of("updatedSince", moment, "sort", "updatedAt")).body("items.id", contains(changed, createdAfter));
        list(Map.of("sort", "updatedAt")).body("items.id", contains(untouched, changed, createdAfter));
    }

    @Test
    void aChangeThatChangesNothingDoesNotCountAsAChange() {
        String task = Tasks.create(network, "title", "Flyer entwerfen");
        String updatedAt = list(Map.of()).extract().path("items[0].updatedAt");

        Tasks.update(network, task, Map.of("title", "Flyer entwerfen"));

        list(Map.of()).body("items[0].updatedAt", equalTo(updatedAt)).body("items[0].version", equalTo(0));
    }

    private ValidatableResponse list(Map<String, ?> query) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParams(query)
                .when().get("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(200);
    }
}
