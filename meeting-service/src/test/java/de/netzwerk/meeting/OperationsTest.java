package de.netzwerk.meeting;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What operators and API clients rely on without a token — probes, metrics, the API description — served on the
 * management interface only; the API port serves nothing unauthenticated.
 */
@QuarkusTest
class OperationsTest {

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification onManagementPort() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Test
    void theApiPortServesNoOperationsEndpoints() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void healthNamesNoAddresses() {
        String health = onManagementPort().when().get("/q/health").then().statusCode(200).extract().asString();
        assertFalse(health.contains("127.0.0.1") || health.contains("localhost") || health.contains("bootstrap"),
                "health must not show addresses: " + health);
    }

    @Test
    void readinessReportsTheDatabaseAndKafka() {
        onManagementPort().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"));
    }

    @Test
    void livenessIsUp() {
        onManagementPort().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        onManagementPort().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        onManagementPort().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/v1/networks/{networkId}/meetings"));
    }

    /** An SPA developer works from Swagger UI alone: every operation says what it does, every request field shows a value. */
    @Test
    void everyOperationHasASummaryAndEveryRequestFieldAnExample() {
        JsonPath openApi = onManagementPort().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (operation.get("summary") == null) {
                missing.add(method + " " + path + ": summary");
            }
        }));
        Map<String, Map<String, Object>> schemas = openApi.getMap("components.schemas");
        schemas.forEach((name, schema) -> {
            if (!name.endsWith("Request") || schema.get("properties") == null) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            properties.forEach((field, property) -> {
                boolean shown = property.containsKey("examples") || property.containsKey("example")
                        || property.containsKey("enum") || property.containsKey("$ref") || property.containsKey("items");
                if (!shown) {
                    missing.add(name + "." + field + ": example");
                }
            });
        });
        assertEquals(List.of(), missing);
    }
}
