package de.netzwerk.partner.cooperation;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static de.netzwerk.partner.cooperation.Cooperations.COOPERATION;
import static de.netzwerk.partner.cooperation.Cooperations.COOPERATIONS;
import static de.netzwerk.partner.cooperation.Cooperations.body;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Issue 15, item 2: coordinators agree, start and end cooperations; members read those they take part in. */
@QuarkusTest
class CooperationResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

    @Test
    void aCooperationIsAgreedStartedAndEndedEarlyWithAReason() {
        String network = Partners.network();
        String schule = Partners.registered(network, Partners.profile("Gesamtschule Musterstadt"));
        String betrieb = Partners.registered(network, Partners.profile("Tischlerei Holzwurm"));
        String goal = goal(network);
        Map<String, Object> agreed = body("Praktika für Jugendliche mit Behinderung", TODAY, TODAY.plusMonths(6),
                schule, "Vermittlung der Jugendlichen", betrieb, "Zwei Praktikumsplätze");
        agreed.put("goalId", goal);

        String cooperation = Cooperations.create(network, agreed).statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("PLANNED"))
                .body("goalId", equalTo(goal))
                .body("parties.partnerId", containsInAnyOrder(schule, betrieb))
                .body("parties.find { it.partnerId == '" + betrieb + "' }.contribution", equalTo("Zwei Praktikumsplätze"))
                .body("erasedParties", equalTo(0))
                .extract().path("id");

        Cooperations.changeStatus(network, cooperation, Map.of("status", "ACTIVE")).statusCode(200)
                .body("status", equalTo("ACTIVE")).body("endedOn", nullValue());
        Cooperations.changeStatus(network, cooperation, Map.of("status", "ENDED_EARLY")).statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("endReason"));
        Cooperations.changeStatus(network, cooperation,
                        Map.of("status", "ENDED_EARLY", "endReason", "RESOURCES_LACKING", "note", "Förderung ausgelaufen"))
                .statusCode(200)
                .body("status", equalTo("ENDED_EARLY"))
                .body("endReason", equalTo("RESOURCES_LACKING"))
                .body("endNote", equalTo("Förderung ausgelaufen"))
                .body("endedOn", equalTo(TODAY.toString()));
        Cooperations.changeStatus(network, cooperation, Map.of("status", "ACTIVE")).statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theListSortsByStartOrLastChangeAndRefusesOtherKeys() {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        String early = Cooperations.created(network, body("Frühjahrsputz", TODAY.plusDays(10), TODAY.plusDays(20), a, "Geräte", b, "Leute"));
        String late = Cooperations.created(network, body("Herbstfest", TODAY.plusDays(40), TODAY.plusDays(50), a, "Bühne", b, "Essen"));
        String middle = Cooperations.created(network, body("Sommerfest", TODAY.plusDays(30), TODAY.plusDays(31), a, "Bühne", b, "Getränke"));

        list(network, Map.of()).body("items.id", contains(late, middle, early));
        list(network, Map.of("sort", "startsOn")).body("items.id", contains(early, middle, late));
        list(network, Map.of("sort", "-updatedAt")).body("items.id", contains(middle, late, early));
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("sort", "purpose")
                .when().get(COOPERATIONS, network)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("sort"));
    }

    @Test
    void aClientPollingWithUpdatedSinceGetsWhatChangedSinceItsLastLook() {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        String earlier = Cooperations.created(network, body("Frühjahrsputz", TODAY, TODAY.plusDays(20), a, "Geräte", b, "Leute"));
        String later = Cooperations.created(network, body("Sommerfest", TODAY, TODAY.plusDays(31), a, "Bühne", b, "Getränke"));
        String lastLook = given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATION, network, later)
                .then().statusCode(200).extract().path("updatedAt");

        list(network, Map.of("updatedSince", lastLook)).body("items.id", contains(later));

        Cooperations.changeStatus(network, earlier, Map.of("status", "ACTIVE")).statusCode(200);
        list(network, Map.of("updatedSince", lastLook)).body("items.id", containsInAnyOrder(earlier, later));
    }

    private static io.restassured.response.ValidatableResponse list(String network, Map<String, ?> query) {
        return given().auth().oauth2(DevTokens.coordinator(network)).queryParams(query)
                .when().get(COOPERATIONS, network).then().statusCode(200);
    }

    @Test
    void aStaleVersionOrNoneIsRefused() {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        Map<String, Object> agreed = body("Gemeinsames Sommerfest", TODAY, TODAY.plusMonths(2), a, "Bühne", b, "Getränke");
        String cooperation = Cooperations.created(network, agreed);
        agreed.put("purpose", "Gemeinsames Sommerfest im Park");

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(agreed)
                .when().put(COOPERATION, network, cooperation).then().statusCode(428);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(agreed)
                .header("If-Match", "\"0\"")
                .when().put(COOPERATION, network, cooperation).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("purpose", equalTo("Gemeinsames Sommerfest im Park"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON).body(agreed)
                .header("If-Match", "\"0\"")
                .when().put(COOPERATION, network, cooperation).then().statusCode(412).body("code", equalTo("version.stale.sent"));
    }

    @Test
    void badCooperationsAreRefusedNamingTheField() {
        String network = Partners.network();
        String other = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        String foreignPartner = Partners.registered(other, Partners.profile("Verein C"));

        Cooperations.create(network, body("Allein", TODAY, TODAY.plusDays(30), a, "alles")).statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("parties"));
        Cooperations.create(network, body("Zweimal dieselbe", TODAY, TODAY.plusDays(30), a, "x", a, "y")).statusCode(422)
                .body("errors.field", contains("parties[1].partnerId"));
        Cooperations.create(network, body("Mit Fremden", TODAY, TODAY.plusDays(30), a, "x", foreignPartner, "y")).statusCode(422)
                .body("errors.field", contains("parties[1].partnerId"));
        Map<String, Object> foreignGoal = body("Fremdes Ziel", TODAY, TODAY.plusDays(30), a, "x", b, "y");
        foreignGoal.put("goalId", goal(other));
        Cooperations.create(network, foreignGoal).statusCode(422).body("errors.field", contains("goalId"));
        Cooperations.create(network, body("Rückwärts", TODAY, TODAY.minusDays(1), a, "x", b, "y")).statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("endsOn"));
        Map<String, Object> noPurpose = body(" ", TODAY, TODAY.plusDays(30), a, "x", b, "y");
        Cooperations.create(network, noPurpose).statusCode(400).body("errors.field", hasItem(org.hamcrest.Matchers.endsWith("purpose")));

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATIONS, network)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void membersReadTheCooperationsTheyTakePartInOnly() {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        String c = Partners.registered(network, Partners.profile("Verein C"));
        String ab = Cooperations.created(network, body("A mit B", TODAY, TODAY.plusMonths(1), a, "x", b, "y"));
        String bc = Cooperations.created(network, body("B mit C", TODAY, TODAY.plusMonths(1), b, "x", c, "y"));

        given().auth().oauth2(DevTokens.member(network, a)).when().get(COOPERATIONS, network)
                .then().statusCode(200).body("items.id", contains(ab)).body("totalItems", equalTo(1));
        given().auth().oauth2(DevTokens.member(network, a)).when().get(COOPERATION, network, ab).then().statusCode(200);
        given().auth().oauth2(DevTokens.member(network, a)).when().get(COOPERATION, network, bc).then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, a)).queryParam("partnerId", c).when().get(COOPERATIONS, network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.member(network, a)).contentType(ContentType.JSON)
                .body(body("Eigenmächtig", TODAY, TODAY.plusMonths(1), a, "x", b, "y"))
                .when().post(COOPERATIONS, network).then().statusCode(403);
        given().auth().oauth2(DevTokens.integration(network)).queryParam("partnerId", c).when().get(COOPERATIONS, network)
                .then().statusCode(200).body("items.id", contains(bc));
    }

    @Test
    void theAttentionListShowsWhatEndsSoonAndWhatEndedWithoutAFollowUp() {
        String network = Partners.network();
        String a = Partners.registered(network, Partners.profile("Verein A"));
        String b = Partners.registered(network, Partners.profile("Verein B"));
        LocalDate longAgo = TODAY.minusMonths(6);
        String endingSoon = active(network, body("Endet bald", longAgo, TODAY.plusDays(10), a, "x", b, "y"));
        active(network, body("Endet später", longAgo, TODAY.plusDays(60), a, "x", b, "y"));
        created(network, body("Geplant, endet bald", TODAY, TODAY.plusDays(5), a, "x", b, "y"));
        String endedAlone = active(network, body("Ohne Nachfolge", longAgo, TODAY.plusDays(90), a, "x", b, "y"));
        Cooperations.changeStatus(network, endedAlone, Map.of("status", "ENDED", "endedOn", TODAY.minusDays(5).toString()))
                .statusCode(200);
        String endedLongAgo = active(network, body("Lange vorbei", longAgo, TODAY.plusDays(90), a, "x", b, "y"));
        Cooperations.changeStatus(network, endedLongAgo, Map.of("status", "ENDED", "endedOn", TODAY.minusDays(45).toString()))
                .statusCode(200);
        String followedUp = active(network, body("Mit Nachfolge", longAgo, TODAY.plusDays(90), a, "x", b, "y"));
        Cooperations.changeStatus(network, followedUp,
                Map.of("status", "ENDED_EARLY", "endReason", "MERGED_INTO_ANOTHER", "endedOn", TODAY.minusDays(3).toString()))
                .statusCode(200);
        Map<String, Object> followUp = body("Die Nachfolge", TODAY, TODAY.plusMonths(12), a, "x", b, "y");
        followUp.put("followsCooperationId", followedUp);
        created(network, followUp);

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(COOPERATIONS + "/attention", network)
                .then().statusCode(200)
                .body("items.cooperation.id", contains(endingSoon, endedAlone))
                .body("items.reason", contains("ENDING_SOON", "ENDED_WITHOUT_FOLLOW_UP"))
                .body("items.days", contains(10, 5));
        given().auth().oauth2(DevTokens.member(network, a)).when().get(COOPERATIONS + "/attention", network)
                .then().statusCode(403);
    }

    private static String created(String network, Map<String, Object> body) {
        return Cooperations.created(network, body);
    }

    private static String active(String network, Map<String, Object> body) {
        String cooperation = Cooperations.created(network, body);
        Cooperations.changeStatus(network, cooperation, Map.of("status", "ACTIVE")).statusCode(200);
        return cooperation;
    }

    private static String goal(String network) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("title", "Arbeit in örtlichen Betrieben", "category", "JOINT_PROJECTS", "priority", 1))
                .when().post("/api/v1/networks/{n}/goals", network)
                .then().statusCode(201).extract().path("id");
    }
}
