package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.scoring.PartnerHistory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The assessment reads one snapshot of the facts ({@link HistoryRepository#inOneSnapshot}, the transaction
 * {@code PartnerAssessor} assesses in): a history is loaded with one statement per kind of fact, and facts committed
 * between them must not give a history no moment ever had. Proven without timing: the other commit happens, in a
 * transaction of its own, between two loads in the snapshot.
 */
@QuarkusTest
class HistorySnapshotTest {

    @Inject
    HistoryRepository histories;

    @Inject
    AgroalDataSource dataSource;

    private final PartnerKey partner = new PartnerKey("net-" + UUID.randomUUID().toString().substring(0, 8),
            UUID.randomUUID());
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final LocalDate today = LocalDate.now(BERLIN);

    @Test
    void factsCommittedWhileAHistoryIsReadAreNotPartOfIt() {
        int[] seen = histories.inOneSnapshot(() -> {
            int before = attendancesOf(histories.load(List.of(partner), today, BERLIN).get(partner));
            QuarkusTransaction.requiringNew().run(this::anAttendanceIsApplied);
            int after = attendancesOf(histories.load(List.of(partner), today, BERLIN).get(partner));
            return new int[] { before, after };
        });

        assertEquals(0, seen[0]);
        assertEquals(0, seen[1], "the snapshot does not change while it is read");
        assertEquals(1, QuarkusTransaction.requiringNew().call(
                () -> attendancesOf(histories.load(List.of(partner), today, BERLIN).get(partner))), "the next assessment sees it");
    }

    private static int attendancesOf(PartnerHistory history) {
        return history.attendances().size();
    }

    private void anAttendanceIsApplied() {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                insert into attendance (id, network_id, meeting_id, group_id, partner_id, meeting_starts_at, status, revision)
                values (gen_random_uuid(), ?, ?, ?, ?, ?, 'PRESENT', 1)""")) {
            insert.setString(1, partner.networkId());
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, UUID.randomUUID());
            insert.setObject(4, partner.partnerId());
            insert.setObject(5, OffsetDateTime.now().minusDays(3));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
