package de.netzwerk.engagement.repository;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Alerts stored before cases become cases once V16 has run: the migrations up to V15 build a schema of their own,
 * alerts are written into it as they were stored then, and V16 runs over them as it runs once over every database.
 */
@QuarkusTest
class OneCasePerPartnerMigrationTest {

    private static final Path MIGRATIONS = Path.of("src", "main", "resources", "db", "migration");
    private static final String PARTNER = "00000000-0000-0000-0000-00000000000a";
    private static final String OTHER_PARTNER = "00000000-0000-0000-0000-00000000000b";
    private static final String GROUP = "00000000-0000-0000-0000-00000000000c";

    @Inject
    AgroalDataSource dataSource;

    private final String schema = "before_cases_" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void openAlertsOfAPartnerBecomeOneCaseAndEachClosedAlertACaseOfItsOwn() throws Exception {
        Map<String, Migrated> alerts = new HashMap<>();
        Map<String, String> caseStatus = new HashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            try {
                sql.execute("create schema " + schema + "; set search_path to " + schema);
                for (Path script : migrations(version -> version < 16)) {
                    sql.execute(Files.readString(script));
                }
                sql.execute("""
                        insert into alert (id, network_id, partner_id, rule, status, raised_at, version, acknowledged_at,
                            acknowledged_by) values
                          ('00000000-0000-0000-0000-0000000000a1', 'n1', '%1$s', 'ABSENCE_STREAK', 'ACKNOWLEDGED',
                           now() - interval '3 days', 0, now(), 'Petra Jansen'),
                          ('00000000-0000-0000-0000-0000000000a2', 'n1', '%1$s', 'SCORE_DROP', 'OPEN',
                           now() - interval '2 days', 0, null, null);
                        insert into alert (id, network_id, partner_id, rule, status, raised_at, version, closed_at, cause) values
                          ('00000000-0000-0000-0000-0000000000a3', 'n1', '%1$s', 'SILENCE', 'RESOLVED',
                           now() - interval '30 days', 0, now() - interval '20 days', 'WORKLOAD'),
                          ('00000000-0000-0000-0000-0000000000b1', 'n1', '%2$s', 'SILENCE', 'RESOLVED',
                           now() - interval '30 days', 0, now() - interval '20 days', 'WORKLOAD');
                        insert into alert (id, network_id, partner_id, group_id, rule, status, raised_at, version) values
                          ('00000000-0000-0000-0000-0000000000c1', 'n1', null, '%3$s', 'GROUP_DYING', 'OPEN',
                           now() - interval '1 days', 0);
                        """.formatted(PARTNER, OTHER_PARTNER, GROUP));
                for (Path script : migrations(version -> version == 16)) {
                    sql.execute(Files.readString(script));
                }
                try (ResultSet rows = sql.executeQuery("""
                        select a.id, a.case_id, a.status, a.acknowledged_by, c.status as case_status
                        from alert a join alert_case c on c.network_id = a.network_id and c.id = a.case_id""")) {
                    while (rows.next()) {
                        alerts.put(rows.getString("id").substring(34), new Migrated(rows.getString("case_id"),
                                rows.getString("status"), rows.getString("acknowledged_by")));
                        caseStatus.put(rows.getString("case_id"), rows.getString("case_status"));
                    }
                }
            } finally {
                sql.execute("set search_path to default; drop schema if exists " + schema + " cascade");
            }
        }

        assertEquals(alerts.get("a1").caseId(), alerts.get("a2").caseId(), "the partner's open alerts are one case");
        assertEquals("ACKNOWLEDGED", caseStatus.get(alerts.get("a1").caseId()), "standing where the furthest stands");
        assertEquals(new Migrated(alerts.get("a1").caseId(), "ACKNOWLEDGED", "Petra Jansen"), alerts.get("a2"),
                "the reason behind takes the case's follow-up");
        assertEquals("00000000-0000-0000-0000-0000000000a3", alerts.get("a3").caseId(), "a closed alert is a case of its own");
        assertEquals("RESOLVED", caseStatus.get(alerts.get("a3").caseId()));
        assertEquals("00000000-0000-0000-0000-0000000000b1", alerts.get("b1").caseId());
        assertNotEquals(alerts.get("a1").caseId(), alerts.get("c1").caseId(), "the group's alert is the group's case");
        assertEquals("OPEN", caseStatus.get(alerts.get("c1").caseId()));
        assertEquals(4, caseStatus.size());
    }

    /** An alert after V16: its case, and where its follow-up stands. */
    private record Migrated(String caseId, String status, String acknowledgedBy) {
    }

    private static List<Path> migrations(java.util.function.IntPredicate versions) throws IOException {
        try (Stream<Path> scripts = Files.list(MIGRATIONS)) {
            return scripts.filter(script -> versions.test(version(script)))
                    .sorted(Comparator.comparingInt(OneCasePerPartnerMigrationTest::version)).toList();
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }
}
