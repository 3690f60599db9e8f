package de.netzwerk.task.rest;

import de.netzwerk.infra.DevTokens;
import de.netzwerk.task.Partners;
import de.netzwerk.task.Tasks;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AssigneeSuggestionsTest {

    private final String network = Partners.freshNetwork();

    @Test
    void aMatchingExpertRanksAboveANonMatchingPartnerAndTheReasonsSayWhy() {
        String treasurer = Partners.active(network, "finanzen");
        String expert = Partners.active(network, "leichte sprache", "grafik");
        String task = Tasks.create(network, "title", "Flyer in Leichter Sprache", "description", "Grafik und Text",
                "tags", List.of("leichte sprache"));

        suggestions(task)
                .body("items.partnerId", contains(expert, treasurer))
                .body("items[0].matchedExpertise", contains("leichte sprache", "grafik"))
                .body("items[0].reasons", hasItem("expertise 'leichte sprache' is a tag of the task"))
                .body("items[0].reasons", hasItem("expertise 'grafik' is named in the task"))
                .body("items[1].matchedExpertise", equalTo(List.of()))
                .body("items[1].reasons", hasItem("no expertise matches the task"));
    }

    @Test
    void theRankingIsPagedAndTheNextPageIsLinked() {
        String treasurer = Partners.active(network, "finanzen");
        String expert = Partners.active(network, "leichte sprache");
        String task = Tasks.create(network, "title", "Flyer in Leichter Sprache", "tags", List.of("leichte sprache"));

        List<String> links = given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 1)
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200)
                .body("items.partnerId", contains(expert))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2))
                .extract().headers().getValues("Link");
        assertThat(links, hasItem(endsWith("/assignee-suggestions?size=1&page=1>; rel=\"next\"")));
        given().auth().oauth2(DevTokens.coordinator(network)).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200)
                .body("items.partnerId", contains(treasurer));
    }

    @Test
    void theWordsOfAnOfferThatOlderPartnerEventsStillCarryCountForNothing() {
        String expert = Partners.active(network, "presse");
        String host = Partners.offering(network, "Räume für Treffen bis 30 Personen, Kontakte zur Lokalpresse");
        String task = Tasks.create(network, "title", "Pressemitteilung zum Aktionstag",
                "description", "Über unsere Kontakte zur Lokalpresse verbreiten", "tags", List.of("presse"));

        suggestions(task)
                .body("items.partnerId", contains(expert, host))
                .body("items[1].score", equalTo(0.0f))
                .body("items[1].reasons", contains("no expertise matches the task", "no open tasks"))
                .body("items[1]", not(hasKey("matchedOffers")));
    }

    @Test
    void amongEqualExpertsTheOneWithLessOpenWorkRanksFirst() {
        String busy = Partners.active(network, "moderation");
        String free = Partners.active(network, "moderation");
        Tasks.create(network, "assigneeId", busy);
        Tasks.create(network, "assigneeId", busy);
        String task = Tasks.create(network, "title", "Zukunftswerkstatt", "tags", List.of("moderation"));

        suggestions(task)
                .body("items.partnerId", contains(free, busy))
                .body("items[0].openTasks", equalTo(0))
                .body("items[1].openTasks", equalTo(2))
                .body("items[1].reasons", hasItem("2 open tasks"));
    }

    @Test
    void anExpertAtRiskOfDriftingAwayRanksBelowAnEngagedOne() {
        String drifting = Partners.active(network, "moderation");
        String engaged = Partners.active(network, "moderation");
        Partners.band(network, drifting, "AT_RISK", 31);
        Partners.band(network, engaged, "ENGAGED", 82);
        String task = Tasks.create(network, "title", "Zukunftswerkstatt", "tags", List.of("moderation"));

        suggestions(task)
                .body("items.partnerId", contains(engaged, drifting))
                .body("items[0].band", equalTo("ENGAGED"))
                .body("items[1].band", equalTo("AT_RISK"))
                .body("items[1].reasons", hasItem("at risk of drifting away (score 31): ask before adding work"));
    }

    @Test
    void aPartnerWhoObjectedToScoringIsSuggestedLikeOneNeverScoredNeitherFavouredNorHeldBack() {
        String drifting = Partners.active(network, "moderation");
        String objecting = Partners.active(network, "moderation");
        Partners.band(network, drifting, "AT_RISK", 31);
        Partners.band(network, objecting, "AT_RISK", 28);
        Partners.stopScoring(network, objecting);
        String task = Tasks.create(network, "title", "Zukunftswerkstatt", "tags", List.of("moderation"));

        suggestions(task)
                .body("items.partnerId", contains(objecting, drifting))
                .body("items[0].band", nullValue())
                .body("items[0].score", equalTo(3.0f))
                .body("items[0].reasons", contains("expertise 'moderation' is a tag of the task", "no open tasks"))
                .body("items[1].band", equalTo("AT_RISK"));
    }

    @Test
    void partnersWhoLeftAreNotSuggested() {
        String gone = Partners.active(network, "moderation");
        String staying = Partners.active(network);
        Partners.leave(network, gone);
        String task = Tasks.create(network, "title", "Zukunftswerkstatt", "tags", List.of("moderation"));

        suggestions(task).body("items.partnerId", contains(staying)).body("items.partnerId", not(hasItem(gone)));
    }

    @Test
    void membersDoNotSeeSuggestions() {
        String anna = Partners.active(network);
        String task = Tasks.create(network, "assigneeId", anna);

        given().auth().oauth2(DevTokens.member(network, anna))
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(403).contentType("application/problem+json");
    }

    private ValidatableResponse suggestions(String task) {
        return given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/tasks/{t}/assignee-suggestions", network, task)
                .then().statusCode(200);
    }
}
