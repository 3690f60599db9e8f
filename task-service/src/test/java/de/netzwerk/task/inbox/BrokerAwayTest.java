package de.netzwerk.task.inbox;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * No broker answers: the service stays ready (it serves its API from the database) and says so where operators
 * look, in wellness, without naming where it looked.
 */
@QuarkusTest
@TestProfile(BrokerAwayTest.NoBrokerAnswers.class)
class BrokerAwayTest {

    public static class NoBrokerAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + portNobodyListensOn());
        }
    }

    /** Points at the management root ({@code /q/}); only its host and port are used. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    private RequestSpecification onManagementPort() {
        return given().baseUri(management.getProtocol() + "://" + management.getHost()).port(management.getPort());
    }

    @Test
    void theServiceStaysReadyAndWellnessReportsTheBrokerDown() {
        onManagementPort().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        onManagementPort().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'Kafka broker' }.status", equalTo("DOWN"))
                .body(not(containsString("127.0.0.1")));
    }

    private static int portNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
