package de.netzwerk.engagement.rest;

import de.netzwerk.engagement.Alerts;
import de.netzwerk.engagement.Engagement;
import de.netzwerk.engagement.Histories;
import de.netzwerk.infra.DevTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.Engagement.PATIENCE;
import static de.netzwerk.engagement.Histories.daysAgo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * An alert's summary is stored as a code and its arguments and put into the caller's language when it is read, as its
 * suggested next step is (issue 16, item 6); an alert stated before summaries had codes shows its stored words.
 */
@QuarkusTest
class AlertSummaryLanguageTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AgroalDataSource dataSource;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private Histories events;

    @BeforeEach
    void connect() {
        events = new Histories(bootstrapServers, network);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void aGermanCallerReadsTheSummaryInGerman() throws Exception {
        String alert = absentTwice();
        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "de")
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alert)
                .then().statusCode(200)
                .body("summary", equalTo("2 unentschuldigte Fehltermine in Folge in der Gruppe " + group))
                .body("summaryCode", equalTo("summary.absence-streak"))
                .body("summaryArgs", equalTo(List.of("2", group.toString())));
        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "de")
                .when().get("/api/v1/networks/{n}/engagement/{p}", network, partner)
                .then().statusCode(200)
                .body("conditions.find { it.rule == 'ABSENCE_STREAK' }.summary",
                        equalTo("2 unentschuldigte Fehltermine in Folge in der Gruppe " + group));
    }

    @Test
    void anEnglishCallerReadsTheSummaryInEnglish() throws Exception {
        String alert = absentTwice();
        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "en")
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alert)
                .then().statusCode(200)
                .body("summary", equalTo("2 unexcused absences in a row in group " + group))
                .body("summaryCode", equalTo("summary.absence-streak"));
        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "en")
                .queryParam("partnerId", partner.toString())
                .when().get("/api/v1/networks/{n}/alerts/cases", network)
                .then().statusCode(200)
                .body("items[0].reasons.find { it.rule == 'ABSENCE_STREAK' }.summary", equalTo("2 unexcused absences in a row in group " + group));
    }

    @Test
    void anAlertStatedBeforeSummariesHadCodesKeepsItsWords() throws Exception {
        String alert = absentTwice();
        Engagement.awaitNoPendingAssessments();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update alert set summary_code = null, summary_args = null, summary = ? where network_id = ? and id = ?")) {
            update.setString(1, "2 unexcused absences in a row in group " + group);
            update.setString(2, network);
            update.setObject(3, UUID.fromString(alert));
            update.executeUpdate();
        }
        given().auth().oauth2(DevTokens.coordinator(network)).header("Accept-Language", "de")
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alert)
                .then().statusCode(200)
                .body("summary", equalTo("2 unexcused absences in a row in group " + group))
                .body("summaryCode", nullValue());
    }

    private String absentTwice() throws InterruptedException {
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(14), "ABSENT");
        events.attendance(partner, group, UUID.randomUUID(), daysAgo(7), "ABSENT");
        events.flush();
        return (String) Alerts.awaitFor(network, partner,
                found -> found.stream().anyMatch(alert -> "ABSENCE_STREAK".equals(alert.get("rule"))), PATIENCE)
                .stream().filter(alert -> "ABSENCE_STREAK".equals(alert.get("rule"))).findFirst().orElseThrow().get("id");
    }
}
