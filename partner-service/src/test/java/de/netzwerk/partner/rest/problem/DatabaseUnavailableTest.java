package de.netzwerk.partner.rest.problem;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.infra.LockedTable;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A request whose database connection is dropped — as in a PostgreSQL restart or fail-over — is answered 503 with
 * Retry-After in the caller's language, not 500: the caller may try again, and the service has no defect to report.
 */
@QuarkusTest
class DatabaseUnavailableTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRequestWhoseConnectionTheDatabaseDropsIsAnswered503WithRetryAfter() throws Exception {
        String network = Partners.network();
        String coordinator = DevTokens.coordinator(network);
        try (LockedTable partners = new LockedTable(dataSource, "partner")) {
            partners.endWaiters(LockedTable.Ending.TERMINATE);
            given().auth().oauth2(coordinator).header("Accept-Language", "de")
                    .when().get("/api/v1/networks/{n}/partners", network)
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503))
                    .body("title", equalTo("Dienst nicht verfügbar"))
                    .body("detail", containsString("Datenbank"));
        }
        // Once the database answers again, so does the service.
        given().auth().oauth2(coordinator).when().get("/api/v1/networks/{n}/partners", network).then().statusCode(200);
    }
}
