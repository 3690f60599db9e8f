package de.netzwerk.task.inbox;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The broker's health is reported on its own, where no Kubernetes probe acts on it. */
@QuarkusTest
class BrokerHealthTest {

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification onManagementPort() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Test
    void theBrokerIsReportedUpInWellnessAndInTheWholeHealthButNotInTheProbes() {
        onManagementPort().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("UP"));
        onManagementPort().get("/q/health").then().statusCode(200).body("checks.name", hasItem("Kafka broker"));
        for (String probe : new String[] { "/q/health/ready", "/q/health/live", "/q/health/started" }) {
            onManagementPort().get(probe).then().body("checks.name", not(hasItem("Kafka broker")));
        }
    }
}
