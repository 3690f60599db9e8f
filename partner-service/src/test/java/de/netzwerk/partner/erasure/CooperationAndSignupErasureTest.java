package de.netzwerk.partner.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.ExportParts;
import de.netzwerk.partner.Partners;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.awaitility.Awaitility.await;

/**
 * Issue 15 under issue 14's rules: a partner's cooperations and sign-ups are in their personal-data export, and their
 * erasure reaches both — they leave each cooperation with their contribution, which stays as the network's record
 * with the parties left, and their sign-up entries are deleted.
 */
@QuarkusTest
class CooperationAndSignupErasureTest {

    private static final String COOPERATION = "/api/v1/networks/{n}/cooperations/{c}";
    private static final String PERSONAL_DATA = "/api/v1/networks/{n}/partners/{p}/personal-data";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource database;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theExportHoldsThePartnersCooperationsAndSignUps() throws Exception {
        String network = Partners.network();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String cooperation = cooperation(network, erika, "Übersetzungen " + unique, tafel, "Räume");
        String group = group(network);
        String signup = signup(network, group);
        signUp(network, signup, DevTokens.member(network, erika));

        String export = given().auth().oauth2(DevTokens.coordinator(network)).when().get(PERSONAL_DATA, network, erika)
                .then().statusCode(202).extract().path("id");
        try (ExportParts parts = new ExportParts(bootstrapServers)) {
            for (String producer : List.of("meeting", "task", "engagement")) {
                parts.answer(producer, network, erika, export);
            }
        }
        awaitComplete(network, erika, export)
                .body("document.partner.cooperations.cooperationId", contains(cooperation))
                .body("document.partner.cooperations[0].purpose", equalTo("Gemeinsame Sprechstunde"))
                .body("document.partner.cooperations[0].contribution", equalTo("Übersetzungen " + unique))
                .body("document.partner.cooperations[0].status", equalTo("PLANNED"))
                .body("document.partner.signups.signupId", contains(signup))
                .body("document.partner.signups[0].groupId", equalTo(group));
    }

    @Test
    void anErasedPartyLeavesTheCooperationAndTheSignUp() throws Exception {
        String network = Partners.network();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String erika = Partners.registered(network, Partners.profile("Erika Mustermann"));
        String tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        String schule = Partners.registered(network, Partners.profile("Gesamtschule"));
        String pair = cooperation(network, erika, "Übersetzungen " + unique, tafel, "Räume");
        String trio = cooperation(network, erika, "Fahrdienst " + unique, schule, "Aula");
        String signup = signup(network, group(network));
        signUp(network, signup, DevTokens.member(network, erika));
        signUp(network, signup, DevTokens.member(network, tafel));
        assertEquals(2, rows("select count(*) from cooperation_party where contribution like ?", "%" + unique));

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete(PERSONAL_DATA, network, erika).then().statusCode(202);

        assertEquals(0, rows("select count(*) from cooperation_party where contribution like ?", "%" + unique),
                "her contributions are deleted");
        assertEquals(0, rows("select count(*) from signup_entry where partner_id = ?::uuid", erika));
        // The cooperation stays as the network's record: the parties left, and how many were erased.
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATION, network, pair)
                .then().statusCode(200)
                .body("parties.partnerId", contains(tafel))
                .body("parties[0].contribution", equalTo("Räume"))
                .body("erasedParties", equalTo(1))
                .body("purpose", equalTo("Gemeinsame Sprechstunde"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATION, network, trio)
                .then().statusCode(200).body("parties.partnerId", contains(schule)).body("erasedParties", equalTo(1));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get("/api/v1/networks/{n}/signups/{s}/entries", network, signup)
                .then().statusCode(200).body("items.partnerId", contains(tafel));
    }

    private ValidatableResponse awaitComplete(String network, String partner, String export) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(DevTokens.coordinator(network))
                        .when().get(PERSONAL_DATA + "/exports/{e}", network, partner, export)
                        .then().statusCode(200),
                        status -> "COMPLETE".equals(status.extract().path("status")));
    }

    private long rows(String sql, String parameter) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String cooperation(String network, String first, String firstContribution, String second,
            String secondContribution) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("purpose", "Gemeinsame Sprechstunde", "startsOn", TODAY.toString(),
                        "endsOn", TODAY.plusMonths(3).toString(),
                        "parties", List.of(Map.of("partnerId", first, "contribution", firstContribution),
                                Map.of("partnerId", second, "contribution", secondContribution))))
                .when().post("/api/v1/networks/{n}/cooperations", network)
                .then().statusCode(201).extract().path("id");
    }

    private static String group(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("kind", "WORKING", "name", "AG Inklusion"))
                .when().post("/api/v1/networks/{n}/groups", network)
                .then().statusCode(201).extract().path("id");
    }

    private static String signup(String network, String group) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("groupId", group))
                .when().post("/api/v1/networks/{n}/signups", network).then().statusCode(201).extract().path("id");
    }

    private static void signUp(String network, String signup, String token) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("contactConsent", true))
                .when().post("/api/v1/networks/{n}/signups/{s}/entries", network, signup).then().statusCode(201);
    }
}
