package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.scoring.Band;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The latest assessment of each partner (partner_engagement), keyed by network and partner. Who waits to be assessed
 * again is the {@link AssessmentQueue}'s.
 */
@ApplicationScoped
public class EngagementStore {

    private final AgroalDataSource dataSource;

    EngagementStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param updatedAt when what a list shows of the entry (score, band, baseline, pause, policy) last changed; kept
     *                  by the store, so null in an assessment about to be saved
     */
    public record Stored(UUID partnerId, String networkId, Integer score, Band band, Integer baseline, boolean paused,
            int policyVersion, LocalDate assessedOn, OffsetDateTime assessedAt, OffsetDateTime updatedAt) {

        public Stored(UUID partnerId, String networkId, Integer score, Band band, Integer baseline, boolean paused,
                int policyVersion, LocalDate assessedOn, OffsetDateTime assessedAt) {
            this(partnerId, networkId, score, band, baseline, paused, policyVersion, assessedOn, assessedAt, null);
        }

        public Integer trend() {
            return score == null || baseline == null ? null : score - baseline;
        }

        public PartnerKey key() {
            return new PartnerKey(networkId, partnerId);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Map<PartnerKey, Stored> load(Collection<PartnerKey> partners) {
        Map<PartnerKey, Stored> found = new HashMap<>();
        select("join unnest(?::varchar[], ?::uuid[]) as wanted(network_id, partner_id) using (network_id, partner_id)",
                List.of(connection -> connection.createArrayOf("varchar", partners.stream().map(PartnerKey::networkId).toArray()),
                        connection -> connection.createArrayOf("uuid", partners.stream().map(PartnerKey::partnerId).toArray())),
                stored -> found.put(stored.key(), stored), null, null);
        return found;
    }

    /** Every partner of the network that has been assessed, in a stable order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PartnerKey> partnersOf(String network) {
        List<PartnerKey> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select partner_id from partner_engagement where network_id = ? order by partner_id")) {
            query.setString(1, network);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new PartnerKey(network, rows.getObject(1, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the network's partners", e);
        }
        return found;
    }

    /** A page of the network's partners, the lowest scores first (those who need attention lead). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Stored> page(String network, Band band, OffsetDateTime updatedSince, Order order, int offset, int limit) {
        List<Stored> found = new ArrayList<>();
        select(FILTER + " order by " + order.sql,
                List.of(connection -> network, connection -> band == null ? null : band.name(),
                        connection -> band == null ? null : band.name(), connection -> updatedSince,
                        connection -> updatedSince),
                found::add, offset, limit);
        return found;
    }

    /** The network's entries in the band (any if null) changed at or after {@code updatedSince} (any if null). */
    private static final String FILTER = """
            where network_id = ? and (?::varchar is null or band = ?)
              and (?::timestamptz is null or updated_at >= ?)""";

    /** The orders of the list, each ending on the partner id, so that pages never overlap. */
    public enum Order {
        SCORE("score asc nulls last, partner_id"),
        SCORE_DESCENDING("score desc nulls last, partner_id desc"),
        UPDATED_AT("updated_at, partner_id"),
        UPDATED_AT_DESCENDING("updated_at desc, partner_id desc");

        private final String sql;

        Order(String sql) {
            this.sql = sql;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long count(String network, Band band, OffsetDateTime updatedSince) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("select count(*) from partner_engagement " + FILTER)) {
            query.setString(1, network);
            query.setString(2, band == null ? null : band.name());
            query.setString(3, band == null ? null : band.name());
            query.setObject(4, updatedSince);
            query.setObject(5, updatedSince);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count assessments", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Collection<Stored> assessments) {
        if (assessments.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("""
                     insert into partner_engagement (partner_id, network_id, score, band, baseline, paused, policy_version,
                         assessed_on, assessed_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                     on conflict (network_id, partner_id) do update set
                         updated_at = case when (partner_engagement.score, partner_engagement.band,
                                 partner_engagement.baseline, partner_engagement.paused, partner_engagement.policy_version)
                             is distinct from (excluded.score, excluded.band, excluded.baseline, excluded.paused,
                                 excluded.policy_version)
                             then excluded.updated_at else partner_engagement.updated_at end,
                         score = excluded.score,
                         band = excluded.band, baseline = excluded.baseline, paused = excluded.paused,
                         policy_version = excluded.policy_version, assessed_on = excluded.assessed_on,
                         assessed_at = excluded.assessed_at""")) {
            for (Stored stored : assessments) {
                upsert.setObject(1, stored.partnerId());
                upsert.setString(2, stored.networkId());
                setInteger(upsert, 3, stored.score());
                upsert.setString(4, stored.band() == null ? null : stored.band().name());
                setInteger(upsert, 5, stored.baseline());
                upsert.setBoolean(6, stored.paused());
                upsert.setInt(7, stored.policyVersion());
                upsert.setObject(8, stored.assessedOn());
                upsert.setObject(9, stored.assessedAt());
                upsert.setObject(10, stored.assessedAt());
                upsert.addBatch();
            }
            upsert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store assessments", e);
        }
    }

    private interface Parameter {
        Object value(Connection connection) throws SQLException;
    }

    private void select(String condition, List<Parameter> parameters, java.util.function.Consumer<Stored> sink,
            Integer offset, Integer limit) {
        String sql = "select partner_id, network_id, score, band, baseline, paused, policy_version, assessed_on, assessed_at,"
                + " updated_at"
                + " from partner_engagement e " + condition + (limit != null ? " offset ? limit ?" : "");
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            int index = 1;
            for (Parameter parameter : parameters) {
                query.setObject(index++, parameter.value(connection));
            }
            if (limit != null) {
                query.setInt(index++, offset);
                query.setInt(index, limit);
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String band = rows.getString(4);
                    sink.accept(new Stored(rows.getObject(1, UUID.class), rows.getString(2), (Integer) rows.getObject(3),
                            band == null ? null : Band.valueOf(band), (Integer) rows.getObject(5), rows.getBoolean(6),
                            rows.getInt(7), rows.getObject(8, LocalDate.class), rows.getObject(9, OffsetDateTime.class),
                            rows.getObject(10, OffsetDateTime.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read assessments", e);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
