package de.netzwerk.task;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** What operators and API clients rely on without a token: probes, metrics, the API description. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/networks/{networkId}/tasks"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/networks/{networkId}/tasks/{taskId}/assignee-suggestions"))
                .body("paths.'/api/v1/networks/{networkId}/tasks/{taskId}'", org.hamcrest.Matchers.hasKey("patch"));
    }
}
