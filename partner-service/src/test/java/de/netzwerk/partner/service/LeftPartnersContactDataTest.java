package de.netzwerk.partner.service;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A partner who left keeps email and phone for a grace period (30 days by default), visible to coordinators and never
 * to integrations; then both are removed for good, unless the partner consented to stay listed. The tests say when a
 * partner left by writing the date into the database, and run the removal as of now.
 */
@QuarkusTest
class LeftPartnersContactDataTest {

    private static final String PARTNER = "/api/v1/networks/{n}/partners/{p}";
    private static final String EMAIL = "kontakt@blickwinkel-ev.de";
    private static final String PHONE = "+49 521 123456";

    @Inject
    ContactDataRetentionJob job;

    @Inject
    EntityManager entityManager;

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aPartnerWhoLeftMoreThanThirtyDaysAgoLosesEmailAndPhoneAndTheRemovalIsRecorded() {
        String id = leftDaysAgo(profileWithContactData(Map.of()), 31);

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).body("email", nullValue()).body("phone", nullValue())
                .body("status", equalTo("LEFT"))
                .body("contactDataRemoval.fields", contains("email", "phone"))
                .body("contactDataRemoval.removedAt", notNullValue());
        assertEquals(0L, (Long) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select count(*) from partner where id = ?1 and (email is not null or phone is not null)", Long.class)
                .setParameter(1, UUID.fromString(id)).getSingleResult()), "email and phone are gone from the database");
    }

    @Test
    void onlyTheFieldsThatHeldDataAreNamedAsRemoved() {
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.remove("email");
        profile.put("phone", PHONE);
        String id = leftDaysAgo(profile, 31);

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).body("phone", nullValue()).body("contactDataRemoval.fields", contains("phone"));
    }

    @Test
    void duringTheGracePeriodCoordinatorsStillSeeTheContactDataAndIntegrationsDoNot() {
        String id = leftDaysAgo(profileWithContactData(Map.of()), 29);

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).body("email", equalTo(EMAIL)).body("phone", equalTo(PHONE))
                .body("contactDataRemoval", nullValue());
        given().auth().oauth2(DevTokens.integration(network))
                .when().get(PARTNER, network, id)
                .then().statusCode(200).body("status", equalTo("LEFT"))
                .body("email", nullValue()).body("phone", nullValue());
        given().auth().oauth2(DevTokens.integration(network)).queryParam("status", "LEFT")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items.id", contains(id))
                .body("items[0].email", nullValue()).body("items[0].phone", nullValue());
    }

    @Test
    void integrationsStillSeeTheContactDataOfPartnersInTheNetwork() {
        String id = withContactData(Map.of());

        given().auth().oauth2(DevTokens.integration(network))
                .when().get(PARTNER, network, id)
                .then().statusCode(200).body("email", equalTo(EMAIL)).body("phone", equalTo(PHONE));
        given().auth().oauth2(DevTokens.integration(network))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items.email", hasItem(EMAIL));
    }

    @Test
    void aPartnerWhoConsentedToStayListedKeepsTheirContactData() {
        String id = leftDaysAgo(profileWithContactData(Map.of("stayListedConsent", true)), 31);

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).body("email", equalTo(EMAIL)).body("phone", equalTo(PHONE))
                .body("stayListedConsent.given", equalTo(true))
                .body("contactDataRemoval", nullValue());
    }

    @Test
    void aPartnerInTheNetworkIsUntouchedHoweverLongAgoTheirProfileChanged() {
        String id = withContactData(Map.of());
        inThePast(id, "created_at", 60);
        inThePast(id, "updated_at", 60);
        String etag = etag(id);

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).header("ETag", etag).body("email", equalTo(EMAIL)).body("phone", equalTo(PHONE))
                .body("leftAt", nullValue()).body("contactDataRemoval", nullValue());
    }

    @Test
    void aSecondRunChangesNothing() {
        String id = leftDaysAgo(profileWithContactData(Map.of()), 31);
        job.removeLeftBefore(thirtyDaysAgo());
        Response first = asCoordinator(id).extract().response();

        job.removeLeftBefore(thirtyDaysAgo());

        asCoordinator(id).header("ETag", first.header("ETag"))
                .body("contactDataRemoval.removedAt", equalTo(first.path("contactDataRemoval.removedAt")))
                .body("updatedAt", equalTo(first.path("updatedAt")));
    }

    @Test
    void anUpdateReadBeforeTheRemovalCannotWriteTheContactDataBack() {
        String id = leftDaysAgo(profileWithContactData(Map.of()), 31);
        String before = etag(id);

        job.removeLeftBefore(thirtyDaysAgo());

        Map<String, Object> stale = profileWithContactData(Map.of("status", "LEFT"));
        update(id, before, stale).then().statusCode(412);
        asCoordinator(id).body("email", nullValue());
    }

    @Test
    void aPartnerWhoComesBackHasNoContactDataUntilItIsEnteredAgain() {
        String id = leftDaysAgo(profileWithContactData(Map.of()), 31);
        job.removeLeftBefore(thirtyDaysAgo());

        Map<String, Object> back = Partners.profile("Selbsthilfegruppe Blickwinkel e.V.");
        back.remove("email");
        back.put("status", "ACTIVE");
        update(id, etag(id), back).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("leftAt", nullValue())
                .body("email", nullValue()).body("phone", nullValue())
                .body("contactDataRemoval.fields", contains("email", "phone"));
    }

    @Test
    void theScheduledRunUsesTheConfiguredThirtyDays() {
        String longGone = leftDaysAgo(profileWithContactData(Map.of()), 31);
        String recentlyLeft = leftDaysAgo(profileWithContactData(Map.of()), 29);

        job.removeDue();

        asCoordinator(longGone).body("email", nullValue()).body("contactDataRemoval.fields", contains("email", "phone"));
        asCoordinator(recentlyLeft).body("email", equalTo(EMAIL)).body("contactDataRemoval", nullValue());
    }

    private String withContactData(Map<String, Object> changes) {
        return Partners.registered(network, profileWithContactData(changes));
    }

    private static Map<String, Object> profileWithContactData(Map<String, Object> changes) {
        Map<String, Object> profile = Partners.profile("Selbsthilfegruppe Blickwinkel e.V.");
        profile.put("email", EMAIL);
        profile.put("phone", PHONE);
        profile.putAll(changes);
        return profile;
    }

    /**
     * A partner registered with {@code profile} leaves through the API; then the date they left is moved {@code days}
     * into the past.
     */
    private String leftDaysAgo(Map<String, Object> profile, int days) {
        String id = Partners.registered(network, profile);
        Map<String, Object> leaving = new HashMap<>(profile);
        leaving.put("status", "LEFT");
        update(id, etag(id), leaving).then().statusCode(200).body("leftAt", notNullValue());
        inThePast(id, "left_at", days);
        return id;
    }

    private void inThePast(String id, String column, int days) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update partner set %1$s = %1$s - make_interval(days => ?1) where id = ?2".formatted(column))
                .setParameter(1, days).setParameter(2, UUID.fromString(id)).executeUpdate());
    }

    private static OffsetDateTime thirtyDaysAgo() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusDays(30);
    }

    private ValidatableResponse asCoordinator(String id) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(PARTNER, network, id)
                .then().statusCode(200);
    }

    private String etag(String id) {
        return asCoordinator(id).extract().header("ETag");
    }

    private Response update(String id, String etag, Map<String, Object> profile) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", etag).body(profile)
                .when().put(PARTNER, network, id);
    }
}
