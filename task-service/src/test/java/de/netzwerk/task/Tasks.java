package de.netzwerk.task;

import de.netzwerk.infra.DevTokens;
import io.restassured.http.ContentType;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Object mother for tasks, created through the API as a coordinator. */
public final class Tasks {

    private Tasks() {
    }

    /** Creates a task from alternating field names and values, e.g. {@code "title", "Flyer", "assigneeId", id}. */
    public static String create(String network, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Aufgabe");
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/networks/{n}/tasks", network)
                .then().statusCode(201)
                .extract().path("id");
    }

    /**
     * The task's ETag as its network's coordinator reads it, to send in If-Match; {@code "0"} for a task the network
     * cannot read (another network's), so that a change of it is refused for what it names, not for a missing header.
     */
    public static String etag(String network, String task) {
        String etag = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().extract().header("ETag");
        return etag != null ? etag : "\"0\"";
    }

    public static void update(String network, String task, Map<String, Object> changes) {
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", etag(network, task)).body(changes)
                .when().patch("/api/v1/networks/{n}/tasks/{t}", network, task)
                .then().statusCode(200);
    }
}
