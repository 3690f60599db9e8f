package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Partners;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PartnerResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private String network;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
    }

    @Test
    void aRegisteredPartnerCanBeReadWithItsVersionAsETag() {
        Map<String, Object> profile = Partners.profile("Blickwinkel e.V.");
        String id = Partners.registered(network, profile);

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("Blickwinkel e.V."))
                .body("status", equalTo("ACTIVE"))
                .body("expertise", contains("barrierefreiheit", "leichte sprache"))
                .body("listingConsent.given", equalTo(true))
                .body("listingConsent.recordedBy", notNullValue());
    }

    @Test
    void searchByExpertiseIgnoresCase() {
        String expert = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        Map<String, Object> other = Partners.profile("Sportverein Musterstadt");
        other.put("expertise", List.of("Vereinsarbeit"));
        Partners.registered(network, other);

        given().auth().oauth2(DevTokens.integration(network)).queryParam("expertise", "LEICHTE  Sprache")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", contains(expert));
    }

    @Test
    void searchFiltersByNameAndSectorAndSortsByName() {
        Map<String, Object> city = Partners.profile("Stadt Musterstadt, Sozialamt");
        city.put("sector", "MUNICIPALITY");
        String sozialamt = Partners.registered(network, city);
        Map<String, Object> school = Partners.profile("Gesamtschule Musterstadt");
        school.put("sector", "EDUCATION");
        String schule = Partners.registered(network, school);
        Partners.registered(network, Partners.profile("Blickwinkel e.V."));

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("name", "musterSTADT")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", contains(schule, sozialamt));
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("sector", "MUNICIPALITY")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().body("items.id", contains(sozialamt));
    }

    @Test
    void aPageNamesItsNeighboursInLinkHeadersKeepingTheFilters() {
        for (String name : List.of("Musterstadt A", "Musterstadt B", "Musterstadt C", "Musterstadt D", "Musterstadt E")) {
            Partners.registered(network, Partners.profile(name));
        }

        List<String> links = given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("name", "musterstadt").queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("totalPages", equalTo(3))
                .extract().headers().getValues("Link");
        String base = "/api/v1/networks/" + network + "/partners?name=musterstadt&size=2&page=";
        assertThat(links, containsInAnyOrder(
                endsWith(base + "0>; rel=\"first\""), endsWith(base + "0>; rel=\"prev\""),
                endsWith(base + "2>; rel=\"next\""), endsWith(base + "2>; rel=\"last\"")));

        List<String> lastPage = given().auth().oauth2(DevTokens.coordinator(network))
                .queryParam("name", "musterstadt").queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).extract().headers().getValues("Link");
        assertThat(lastPage, not(hasItem(containsString("rel=\"next\""))));
    }

    @Test
    void severalPartnersAreLookedUpByTheirIdsInOneCallAndOnlyThoseOfTheNetwork() {
        String blickwinkel = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String sportverein = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        Partners.registered(network, Partners.profile("Gesamtschule Musterstadt"));
        String elsewhere = Partners.registered(Partners.network(), Partners.profile("Anderswo e.V."));

        given().auth().oauth2(DevTokens.integration(network))
                .queryParam("id", sportverein, blickwinkel, elsewhere, UUID.randomUUID().toString())
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", contains(blickwinkel, sportverein))
                .body("totalItems", equalTo(2));
    }

    @Test
    void aLookupByIdsNamesTheParameterWhenAnIdIsMalformedOrThereAreTooMany() {
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("id", "not-a-uuid")
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("id"));
        List<String> tooMany = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(101).toList();
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("id", tooMany)
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void aClientPollingForChangesGetsOnlyThePartnersChangedSinceItsLastLook() {
        String earlier = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        String later = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        String lastLook = given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, later)
                .then().statusCode(200).extract().path("updatedAt");

        given().auth().oauth2(DevTokens.integration(network)).queryParam("updatedSince", lastLook)
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", contains(later));

        update(earlier, "\"0\"", Partners.profile("Blickwinkel e.V. (umbenannt)")).then().statusCode(200);
        given().auth().oauth2(DevTokens.integration(network)).queryParam("updatedSince", lastLook)
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200)
                .body("items.id", containsInAnyOrder(earlier, later));
    }

    @Test
    void aStaleUpdateIsAConflictAndKeepsTheNewerProfile() {
        String id = Partners.registered(network, Partners.profile("Blickwinkel e.V."));
        Map<String, Object> first = Partners.profile("Blickwinkel e.V. (neu)");
        update(id, "\"0\"", first).then().statusCode(200).header("ETag", "\"1\"");

        Map<String, Object> stale = Partners.profile("Überschrieben");
        update(id, "\"0\"", stale).then().statusCode(412).contentType(PROBLEM_JSON).body("code", equalTo("version.stale.sent"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, id)
                .then().body("name", equalTo("Blickwinkel e.V. (neu)"));
    }

    @Test
    void anUpdateWithoutIfMatchIsRefused() {
        String id = Partners.registered(network, Partners.profile("Blickwinkel e.V."));

        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Partners.profile("Ohne Version"))
                .when().put("/api/v1/networks/{n}/partners/{p}", network, id)
                .then().statusCode(428).contentType(PROBLEM_JSON);
    }

    @Test
    void aMemberEditsTheirOwnProfileButNotSomeoneElses() {
        String own = Partners.registered(network, Partners.profile("Anna Beispiel"));
        String other = Partners.registered(network, Partners.profile("Ben Beispiel"));
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.put("expertise", List.of("Moderation"));

        given().auth().oauth2(DevTokens.member(network, own)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, own)
                .then().statusCode(200).body("expertise", contains("moderation"));

        given().auth().oauth2(DevTokens.member(network, own)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(Partners.profile("Übernommen"))
                .when().put("/api/v1/networks/{n}/partners/{p}", network, other)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void aMemberCannotChangeTheirOwnStatus() {
        String own = Partners.registered(network, Partners.profile("Anna Beispiel"));
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.put("status", "LEFT");

        updateAsMember(own, profile).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, own)
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("ACTIVE"));
    }

    @Test
    void aMemberCannotSetOrClearWhoLooksAfterThemButEditsTheRestWithItUnchanged() {
        String maria = Partners.registered(network, Partners.profile("Maria Koordinatorin"));
        String otto = Partners.registered(network, Partners.profile("Otto Ohnezeit"));
        Map<String, Object> profile = Partners.profile("Anna Beispiel");
        profile.put("responsiblePartnerId", maria);
        String own = Partners.registered(network, profile);

        profile.put("responsiblePartnerId", otto);
        updateAsMember(own, profile).then().statusCode(403).contentType(PROBLEM_JSON);
        profile.remove("responsiblePartnerId");
        updateAsMember(own, profile).then().statusCode(403).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, own)
                .then().statusCode(200).header("ETag", "\"0\"").body("responsiblePartnerId", equalTo(maria));

        profile.put("responsiblePartnerId", maria);
        profile.put("expertise", List.of("Moderation"));
        updateAsMember(own, profile).then().statusCode(200)
                .body("responsiblePartnerId", equalTo(maria)).body("expertise", contains("moderation"));
    }

    @Test
    void aMemberCannotChangeTheirKindOrSectorButMayChangeTheirConsents() {
        String own = Partners.registered(network, Partners.profile("Anna Beispiel"));
        Map<String, Object> person = Partners.profile("Anna Beispiel");
        person.put("kind", "PERSON");
        Map<String, Object> business = Partners.profile("Anna Beispiel");
        business.put("sector", "BUSINESS");

        updateAsMember(own, person).then().statusCode(403).contentType(PROBLEM_JSON);
        updateAsMember(own, business).then().statusCode(403).contentType(PROBLEM_JSON);

        Map<String, Object> unlisted = Partners.profile("Anna Beispiel");
        unlisted.put("listingConsent", false);
        updateAsMember(own, unlisted).then().statusCode(200)
                .body("kind", equalTo("ORGANISATION")).body("sector", equalTo("SELF_ADVOCATES"))
                .body("listingConsent.given", equalTo(false));
    }

    @Test
    void membersSeeOnlyPartnersWhoConsentedToBeListed() {
        String listed = Partners.registered(network, Partners.profile("Gelistet"));
        Map<String, Object> hidden = Partners.profile("Nicht gelistet");
        hidden.put("listingConsent", false);
        String unlisted = Partners.registered(network, hidden);
        String member = UUID.randomUUID().toString();

        given().auth().oauth2(DevTokens.member(network, member))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().statusCode(200).body("items.id", contains(listed));
        given().auth().oauth2(DevTokens.member(network, member))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, unlisted)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().body("items.id", containsInAnyOrder(listed, unlisted));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        Map<String, Object> unknownSector = Partners.profile("Unbekannt");
        unknownSector.put("sector", "CHURCH");
        Partners.register(network, unknownSector).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("sector"));

        Map<String, Object> emptyName = Partners.profile(" ");
        Partners.register(network, emptyName).then().statusCode(400).body("errors.field", contains("name"));

        Map<String, Object> badEmail = Partners.profile("Mail kaputt");
        badEmail.put("email", "not-an-address");
        Partners.register(network, badEmail).then().statusCode(400).body("errors.field", contains("email"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void expertiseIsTagsNotSentencesAndAtMostTwentyOfThem() {
        Map<String, Object> sentence = Partners.profile("Blickwinkel e.V.");
        sentence.put("expertise", List.of("Leichte Sprache", "Ich helfe gern, wenn meine Gesundheit es zulässt."));
        Partners.register(network, sentence).then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", everyItem(startsWith("expertise")))
                .body("errors.message", hasItem(containsString("muss ein Schlagwort sein")));

        Map<String, Object> tooLong = Partners.profile("Blickwinkel e.V.");
        tooLong.put("expertise", List.of("barrierefreiheit-in-oeffentlichen-gebaeuden-und-verkehr"));
        Partners.register(network, tooLong).then().statusCode(400).body("errors.field", everyItem(startsWith("expertise")));

        Map<String, Object> tooMany = Partners.profile("Blickwinkel e.V.");
        tooMany.put("expertise", java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "thema " + i).toList());
        Partners.register(network, tooMany).then().statusCode(400).body("errors.field", contains("expertise"));

        Map<String, Object> tags = Partners.profile("Blickwinkel e.V.");
        tags.put("expertise", List.of("  Öffentlichkeits-Arbeit ", "Gebärdensprache  DGS", "Straße 2"));
        String id = Partners.registered(network, tags);
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners/{p}", network, id)
                .then().statusCode(200)
                .body("expertise", contains("gebärdensprache dgs", "straße 2", "öffentlichkeits-arbeit"));
        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/partners", network)
                .then().body("totalItems", equalTo(1));
    }

    @Test
    void aPartnerCannotBeRegisteredInANetworkThatDoesNotExist() {
        String missing = "net-" + UUID.randomUUID().toString().substring(0, 8);

        Partners.register(missing, Partners.profile("Nirgendwo")).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    /** The member's own update of the version they read at registration. */
    private io.restassured.response.Response updateAsMember(String own, Map<String, Object> profile) {
        return given().auth().oauth2(DevTokens.member(network, own)).contentType(ContentType.JSON)
                .header("If-Match", "\"0\"").body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, own);
    }

    private io.restassured.response.Response update(String id, String ifMatch, Map<String, Object> profile) {
        return given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .header("If-Match", ifMatch).body(profile)
                .when().put("/api/v1/networks/{n}/partners/{p}", network, id);
    }
}
