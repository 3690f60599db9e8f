package de.netzwerk.engagement.repository;

import de.netzwerk.infra.DevTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * Follow-ups stored before the contact log's vocabulary are read in it once V15 has run: the script is applied here to
 * rows written in the old names, as it is applied once to every database at start.
 */
@QuarkusTest
class ContactChannelMigrationTest {

    private static final Path SCRIPT = Path.of("src", "main", "resources", "db", "migration",
            "V15__contact_channel_in_the_contact_logs_words.sql");

    @Inject
    AgroalDataSource dataSource;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void eachOldChannelIsStoredUnderItsNewName() throws Exception {
        Map<String, String> renamed = Map.of("PHONE", "CALL", "IN_PERSON", "PERSONAL_MEETING", "VIDEO", "VIDEO_CALL",
                "EMAIL", "PERSONAL_MAIL", "LETTER", "LETTER", "OTHER", "OTHER");
        Map<String, UUID> alerts = new java.util.HashMap<>();
        renamed.keySet().forEach(old -> alerts.put(old, UUID.randomUUID()));
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, UUID> alert : alerts.entrySet()) {
                insertFollowedUp(connection, alert.getValue(), alert.getKey());
            }
            try (Statement migration = connection.createStatement()) {
                migration.execute(Files.readString(SCRIPT));
            }
        }

        alerts.forEach((old, alert) -> given().auth().oauth2(DevTokens.coordinator(network))
                .when().get("/api/v1/networks/{n}/alerts/{a}", network, alert)
                .then().statusCode(200).body("followUp.contactChannel", equalTo(renamed.get(old))));
    }

    /** A closed alert as V16 left it: a case of its own, named by the alert's id. */
    private void insertFollowedUp(Connection connection, UUID alert, String channel) throws Exception {
        OffsetDateTime when = OffsetDateTime.parse("2026-11-20T17:30:00+01:00");
        UUID partner = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into alert_case (id, network_id, partner_id, status, opened_at, closed_at, version)
                values (?, ?, ?, 'RESOLVED', ?, ?, 0)""")) {
            insert.setObject(1, alert);
            insert.setString(2, network);
            insert.setObject(3, partner);
            insert.setObject(4, when.minusDays(3));
            insert.setObject(5, when);
            insert.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into alert (id, network_id, partner_id, case_id, rule, status, raised_at, version, contacted_at,
                    contact_channel, cause, closed_at)
                values (?, ?, ?, ?, 'ABSENCE_STREAK', 'RESOLVED', ?, 0, ?, ?, 'WORKLOAD', ?)""")) {
            insert.setObject(1, alert);
            insert.setString(2, network);
            insert.setObject(3, partner);
            insert.setObject(4, alert);
            insert.setObject(5, when.minusDays(3));
            insert.setObject(6, when);
            insert.setString(7, channel);
            insert.setObject(8, when);
            insert.executeUpdate();
        }
    }
}
