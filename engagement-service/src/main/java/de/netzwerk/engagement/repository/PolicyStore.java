package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.config.DefaultPolicy;
import de.netzwerk.engagement.scoring.Policy;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The versions of each network's engagement policy; a network without one has the installation's defaults (version 0). */
@ApplicationScoped
public class PolicyStore {

    private static final String COLUMNS = """
            half_life_days, attendance_weight, task_weight, responsiveness_weight, excused_credit, late_tolerance_days,
            minutes_read_days, engaged_from, watch_from, baseline_days, absence_streak, overdue_days, silence_days,
            score_drop_limit, score_drop_window_days, invitation_days_ahead, minutes_within_days, group_quorum_percent""";

    private final AgroalDataSource dataSource;
    private final DefaultPolicy defaults;

    PolicyStore(AgroalDataSource dataSource, DefaultPolicy defaults) {
        this.dataSource = dataSource;
        this.defaults = defaults;
    }

    public record Versioned(Policy policy, int version, OffsetDateTime changedAt, String changedBy) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Versioned> current(Collection<String> networks) {
        Map<String, Versioned> found = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select distinct on (network_id) network_id, version, "
                     + "changed_at, changed_by, " + COLUMNS
                     + " from engagement_policy where network_id = any(?) order by network_id, version desc")) {
            query.setArray(1, connection.createArrayOf("varchar", networks.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int[] values = new int[18];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rows.getInt(5 + i);
                    }
                    found.put(rows.getString(1), new Versioned(policyOf(values), rows.getInt(2),
                            rows.getObject(3, OffsetDateTime.class), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the engagement policies", e);
        }
        for (String network : networks) {
            found.computeIfAbsent(network, absent -> new Versioned(defaults.toPolicy(), 0, null, null));
        }
        return found;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Versioned current(String network) {
        return current(List.of(network)).get(network);
    }

    /**
     * Stores a new version, unless another writer stored the same version first (then false): the primary key
     * serialises two writers of one version, and the second stores nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insert(String network, int version, Policy policy, OffsetDateTime changedAt, String changedBy) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into engagement_policy (network_id, version, "
                     + "changed_at, changed_by, " + COLUMNS + ") values (?, ?, ?, ?" + ", ?".repeat(18)
                     + ") on conflict (network_id, version) do nothing")) {
            insert.setString(1, network);
            insert.setInt(2, version);
            insert.setObject(3, changedAt);
            insert.setString(4, changedBy);
            int[] values = valuesOf(policy);
            for (int i = 0; i < values.length; i++) {
                insert.setInt(5 + i, values[i]);
            }
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the engagement policy", e);
        }
    }

    private static Policy policyOf(int[] v) {
        return new Policy(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13], v[14],
                v[15], v[16], v[17]);
    }

    private static int[] valuesOf(Policy p) {
        return new int[] { p.halfLifeDays(), p.attendanceWeight(), p.taskWeight(), p.responsivenessWeight(),
                p.excusedCredit(), p.lateToleranceDays(), p.minutesReadDays(), p.engagedFrom(), p.watchFrom(),
                p.baselineDays(), p.absenceStreak(), p.overdueDays(), p.silenceDays(), p.scoreDropLimit(),
                p.scoreDropWindowDays(), p.invitationDaysAhead(), p.minutesWithinDays(), p.groupQuorumPercent() };
    }
}
