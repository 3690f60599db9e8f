package de.netzwerk.partner.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.partner.Exchange;
import de.netzwerk.partner.MeetingEvents;
import de.netzwerk.partner.Partners;
import de.netzwerk.partner.Versions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.partner.Exchange.BASE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** The resource exchange (issue 15, item 1): offers and needs, suggested matches and a match's lifecycle. */
@QuarkusTest
class ExchangeResourceTest {

    @Inject
    EntityManager entityManager;

    private String network;
    private String tafel;
    private String blickwinkel;

    @BeforeEach
    void freshNetwork() {
        network = Partners.network();
        tafel = Partners.registered(network, Partners.profile("Tafel Musterstadt"));
        blickwinkel = Partners.registered(network, Partners.profile("Selbsthilfegruppe Blickwinkel e.V."));
    }

    @Test
    void aMemberOffersSomethingAndTheNetworkSeesIt() {
        String offer = Exchange.post(DevTokens.member(network, tafel), network, "offers",
                Exchange.entry(tafel, "ROOM", "Barrierefreier Gruppenraum, dienstags abends", "Barrierefreiheit", " Gruppenraum "))
                .then().statusCode(201)
                .header("Location", containsString("/exchange/offers/"))
                .body("partnerId", equalTo(tafel)).body("kind", equalTo("ROOM"))
                .body("tags", contains("barrierefreiheit", "gruppenraum"))
                .body("status", equalTo("OPEN")).body("postedAt", notNullValue())
                .extract().path("id");

        given().auth().oauth2(DevTokens.member(network, blickwinkel))
                .when().get(BASE + "/offers/{o}", network, offer)
                .then().statusCode(200).body("description", equalTo("Barrierefreier Gruppenraum, dienstags abends"));
        given().auth().oauth2(DevTokens.integration(network)).queryParam("tag", "BARRIEREFREIHEIT")
                .when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items.id", contains(offer));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/needs/{o}", network, offer)
                .then().statusCode(404);
    }

    @Test
    void aMemberPostsForThemselvesOnlyAndACoordinatorForAnyPartnerOfTheNetwork() {
        Exchange.post(DevTokens.member(network, tafel), network, "needs", Exchange.entry(blickwinkel, "TIME", "Begleitung"))
                .then().statusCode(403);
        Exchange.needed(network, Exchange.entry(blickwinkel, "TIME", "Begleitung zu Terminen im Rathaus"));
        Exchange.post(DevTokens.coordinator(network), network, "needs",
                Exchange.entry(UUID.randomUUID().toString(), "TIME", "Begleitung"))
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("partnerId"));
    }

    @Test
    void anythingPricedIsRefusedNamingTheField() {
        Map<String, Object> priced = Exchange.entry(tafel, "ROOM", "Saal für 80 Personen");
        priced.put("price", 50);
        Exchange.post(DevTokens.coordinator(network), network, "offers", priced)
                .then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("exchange.priced")).body("errors.code", contains("must-not-be-priced"))
                .body("errors.field", contains("price")).body("detail", containsString("außer Geld"));
        Map<String, Object> pricedAtNothing = Exchange.entry(tafel, "ROOM", "Saal für 80 Personen");
        pricedAtNothing.put("honorarEuro", null);
        Exchange.post(DevTokens.coordinator(network), network, "offers", pricedAtNothing)
                .then().statusCode(422).body("errors.field", contains("honorarEuro"));

        Exchange.post(DevTokens.coordinator(network), network, "offers",
                Exchange.entry(tafel, "KNOW_HOW", "Schulung Leichte Sprache, 120 Euro pro Termin"))
                .then().statusCode(422).body("errors.field", contains("description"))
                .body("errors.message", hasItem(containsString("120 Euro")));
        Exchange.post(DevTokens.coordinator(network), network, "offers",
                Exchange.entry(tafel, "KNOW_HOW", "Schulung gegen Honorar"))
                .then().statusCode(422).body("errors.field", contains("description"));

        Exchange.post(DevTokens.coordinator(network), network, "offers",
                Exchange.entry(tafel, "EQUIPMENT", "Euro-Schlüssel zum Ausleihen, kostenlos und ohne Honorar"))
                .then().statusCode(201);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/offers", network)
                .then().body("items.kind", contains("EQUIPMENT"));
    }

    @Test
    void aDateInThePastOrAKindOfMoneyIsBadInput() {
        Map<String, Object> past = Exchange.entry(tafel, "ROOM", "Raum");
        past.put("validUntil", LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(2).toString());
        Exchange.post(DevTokens.coordinator(network), network, "offers", past)
                .then().statusCode(400).body("errors.field", contains("validUntil"));
        Exchange.post(DevTokens.coordinator(network), network, "offers", Exchange.entry(tafel, "MONEY", "Spende"))
                .then().statusCode(400).body("errors.field", contains("kind"));
    }

    @Test
    void suggestionsRankOffersAndNeedsByTagsAndWordsWithTheirReasons() {
        String sport = Partners.registered(network, Partners.profile("Sportverein Musterstadt"));
        String room = Exchange.offered(network, Exchange.entry(tafel, "ROOM", "Barrierefreier Gruppenraum am Markt", "Barrierefreiheit"));
        String workshop = Exchange.needed(network, Exchange.entry(blickwinkel, "ROOM", "Raum für einen Workshop", "barrierefreiheit"));
        String training = Exchange.needed(network, Exchange.entry(sport, "ROOM", "Halle für Training"));
        Exchange.needed(network, Exchange.entry(sport, "TRANSPORT", "Bus für Auswärtsspiele", "barrierefreiheit"));

        given().auth().oauth2(DevTokens.coordinator(network))
                .when().get(BASE + "/suggestions", network)
                .then().statusCode(200)
                .body("items.needId", contains(workshop, training))
                .body("items.offerId", contains(room, room))
                .body("items[0].needingPartnerId", equalTo(blickwinkel))
                .body("items[0].sharedTags", contains("barrierefreiheit"))
                .body("items[0].reasons", contains("both are ROOM", "tag 'barrierefreiheit' on both"))
                .body("items[1].reasons", contains("both are ROOM", "no tags or words in common"));

        Exchange.matched(network, room, workshop);
        given().auth().oauth2(DevTokens.member(network, sport)).queryParam("partnerId", sport)
                .when().get(BASE + "/suggestions", network)
                .then().statusCode(200).body("items.needId", contains(training));
    }

    @Test
    void aMatchIsProposedAgreedAndDoneWithWhoAndWhen() {
        String offer = Exchange.offered(network, Exchange.entry(tafel, "TRANSPORT", "Kleinbus mit Rampe", "rollstuhl"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "TRANSPORT", "Fahrt zum Aktionstag", "rollstuhl"));
        String match = Exchange.matched(network, offer, need);
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("offerId", offer, "needId", need))
                .when().post(BASE + "/matches", network)
                .then().statusCode(409);

        Exchange.change(DevTokens.member(network, blickwinkel), network, match, "AGREED")
                .then().statusCode(200).body("status", equalTo("AGREED"))
                .body("agreedBy", equalTo(blickwinkel)).body("agreedAt", notNullValue());
        Exchange.change(DevTokens.member(network, blickwinkel), network, match, "AGREED").then().statusCode(200);
        Exchange.change(DevTokens.coordinator(network), network, match, "PROPOSED").then().statusCode(409)
                .contentType("application/problem+json");
        Exchange.change(DevTokens.member(network, tafel), network, match, "DONE")
                .then().statusCode(200).body("status", equalTo("DONE")).body("completedBy", equalTo(tafel))
                .body("offeringPartnerId", equalTo(tafel)).body("needingPartnerId", equalTo(blickwinkel));
        Exchange.change(DevTokens.coordinator(network), network, match, "WITHDRAWN").then().statusCode(409);

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("status", "DONE").queryParam("partnerId", tafel)
                .when().get(BASE + "/matches", network)
                .then().statusCode(200).body("items.id", contains(match));
    }

    @Test
    void aMemberActsOnlyOnMatchesOfTheirOwnOffersAndNeeds() {
        String stranger = Partners.registered(network, Partners.profile("Musterfirma GmbH"));
        String offer = Exchange.offered(network, Exchange.entry(tafel, "TIME", "Zwei Stunden pro Woche"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "TIME", "Hilfe beim Sommerfest"));
        String match = Exchange.matched(network, offer, need);

        Exchange.change(DevTokens.member(network, stranger), network, match, "AGREED").then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, stranger)).when().get(BASE + "/matches/{m}", network, match)
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.member(network, stranger)).when().get(BASE + "/matches", network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.member(network, stranger)).contentType(ContentType.JSON)
                .body(Map.of("offerId", offer, "needId", need))
                .when().post(BASE + "/matches", network)
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/matches/{m}", network, match)
                .then().statusCode(200).body("status", equalTo("PROPOSED"));
    }

    @Test
    void expiredEntriesLeaveTheOpenListsAndTheSuggestionsByThemselves() {
        String offer = Exchange.offered(network, Exchange.entry(tafel, "EQUIPMENT", "Beamer und Leinwand", "beamer"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "EQUIPMENT", "Beamer für Vortrag", "beamer"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/suggestions", network)
                .then().body("items.offerId", contains(offer));

        validUntilYesterday(offer);

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("status", "EXPIRED")
                .when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items.id", contains(offer)).body("items[0].status", equalTo("EXPIRED"));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/suggestions", network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("offerId", offer, "needId", need))
                .when().post(BASE + "/matches", network)
                .then().statusCode(409).body("code", equalTo("offer.expired"));
    }

    @Test
    void aWithdrawnOfferLeavesTheOpenListsAndTakesItsProposedMatchesWithIt() {
        String offer = Exchange.offered(network, Exchange.entry(tafel, "ROOM", "Saal für 40 Personen", "raum"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "ROOM", "Raum für das Plenum", "raum"));
        String other = Exchange.needed(network, Exchange.entry(blickwinkel, "ROOM", "Raum für die AG", "raum"));
        String proposed = Exchange.matched(network, offer, need);
        String agreed = Exchange.matched(network, offer, other);
        Exchange.change(DevTokens.member(network, blickwinkel), network, agreed, "AGREED").then().statusCode(200);

        given().auth().oauth2(DevTokens.member(network, blickwinkel)).header("If-Match", offerEtag(offer))
                .when().post(BASE + "/offers/{o}/withdrawal", network, offer)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.member(network, tafel)).header("If-Match", offerEtag(offer))
                .when().post(BASE + "/offers/{o}/withdrawal", network, offer)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("withdrawnBy", equalTo(tafel)).body("withdrawnAt", notNullValue());
        given().auth().oauth2(DevTokens.coordinator(network)).header("If-Match", offerEtag(offer))
                .when().post(BASE + "/offers/{o}/withdrawal", network, offer)
                .then().statusCode(200).body("withdrawnBy", equalTo(tafel));

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("status", "WITHDRAWN")
                .when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items.id", contains(offer));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/suggestions", network)
                .then().statusCode(200).body("items", empty());
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/matches/{m}", network, proposed)
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnBy", equalTo(tafel));
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/matches/{m}", network, agreed)
                .then().statusCode(200).body("status", equalTo("AGREED"));
        given().auth().oauth2(DevTokens.coordinator(network)).contentType(ContentType.JSON)
                .body(Map.of("offerId", offer, "needId", need))
                .when().post(BASE + "/matches", network)
                .then().statusCode(409).body("code", equalTo("offer.withdrawn"))
                .body("detail", equalTo("Das Angebot wurde zurückgezogen."));
        given().auth().oauth2(DevTokens.coordinator(network)).header("If-Match", "\"0\"")
                .when().post(BASE + "/needs/{e}/withdrawal", network, offer)
                .then().statusCode(404);
    }

    @Test
    void erasingAPartnerRemovesTheirOffersAndNeedsAndTheirSideOfMatches() {
        String offer = Exchange.offered(network, Exchange.entry(tafel, "KNOW_HOW", "Übersetzung in Leichte Sprache", "leichte sprache"));
        String need = Exchange.needed(network, Exchange.entry(blickwinkel, "KNOW_HOW", "Flyer in Leichter Sprache", "leichte sprache"));
        String ownNeed = Exchange.needed(network, Exchange.entry(tafel, "ROOM", "Lagerraum für Lebensmittel"));
        String agreed = Exchange.matched(network, offer, need);
        Exchange.change(DevTokens.member(network, tafel), network, agreed, "AGREED").then().statusCode(200);
        String blickwinkelOffer = Exchange.offered(network, Exchange.entry(blickwinkel, "ROOM", "Kellerraum"));
        String proposed = Exchange.matched(network, blickwinkelOffer, ownNeed);

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("reason", "PARTNER_REQUEST")
                .when().delete("/api/v1/networks/{n}/partners/{p}/personal-data", network, tafel)
                .then().statusCode(202);

        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/offers/{o}", network, offer).then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/needs/{o}", network, ownNeed).then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/matches/{m}", network, proposed).then().statusCode(404);
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/matches/{m}", network, agreed)
                .then().statusCode(200).body("status", equalTo("AGREED"))
                .body("offerId", nullValue()).body("offeringPartnerId", nullValue()).body("agreedBy", nullValue())
                .body("needId", equalTo(need)).body("needingPartnerId", equalTo(blickwinkel));
        long traces = (Long) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select (select count(*) from exchange_entry where partner_id = ?1)
                     + (select count(*) from exchange_match where ?1 in (offering_partner_id, needing_partner_id)
                            or ?2 in (proposed_by, agreed_by, completed_by, withdrawn_by))""", Long.class)
                .setParameter(1, UUID.fromString(tafel)).setParameter(2, tafel).getSingleResult());
        org.junit.jupiter.api.Assertions.assertEquals(0L, traces, "nothing in the exchange names the erased partner");
        given().auth().oauth2(DevTokens.coordinator(network)).when().get(BASE + "/offers", network)
                .then().body("items.id", not(hasItem(offer))).body("items.id", contains(blickwinkelOffer));
    }

    @Test
    void anEntryPostedAtAMeetingNamesAMeetingOfTheNetwork() {
        Map<String, Object> offer = Exchange.entry(tafel, "CONTACTS", "Kontakte zur Lokalpresse", "presse");
        String meeting = MeetingEvents.knownWithOffer(network, offer);
        String otherNetworksMeeting = MeetingEvents.scheduled(Partners.network());

        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("meetingId", meeting)
                .when().get(BASE + "/offers", network)
                .then().statusCode(200).body("items.meetingId", contains(meeting)).body("items.partnerId", contains(tafel));
        Map<String, Object> need = Exchange.entry(blickwinkel, "CONTACTS", "Kontakt zur Presse", "presse");
        need.put("meetingId", otherNetworksMeeting);
        Exchange.post(DevTokens.coordinator(network), network, "needs", need)
                .then().statusCode(422).body("errors.field", contains("meetingId"));
        need.put("meetingId", UUID.randomUUID().toString());
        Exchange.post(DevTokens.coordinator(network), network, "needs", need)
                .then().statusCode(422).body("errors.field", contains("meetingId"));
    }

    private String offerEtag(String offer) {
        return Versions.etag(network, BASE + "/offers/{o}", network, offer);
    }

    private void validUntilYesterday(String entry) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update exchange_entry set valid_until = ?1 where id = ?2")
                .setParameter(1, LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1))
                .setParameter(2, UUID.fromString(entry)).executeUpdate());
    }

}
