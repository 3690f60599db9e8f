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
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The latest assessment of each partner (partner_engagement) and the queue of partners to assess again, both keyed
 * by network and partner.
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

    /**
     * Takes the partners of up to {@code limit} entries off the queue, with every other entry of theirs. It never
     * waits: entries another instance is taking are skipped, so two instances cannot deadlock over one partner's
     * entries (at worst both assess that partner, as they could before). Meant for a short transaction of its own,
     * committed before the partners' facts are read: every entry taken was committed with its facts, and facts
     * committed later come with entries of their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PartnerKey> claimQueued(int limit) {
        Set<PartnerKey> claimed = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("""
                     with first as (
                         select network_id, partner_id from assessment_queue order by position limit ? for update skip locked),
                     theirs as (
                         select position from assessment_queue
                         where (network_id, partner_id) in (select network_id, partner_id from first) for update skip locked)
                     delete from assessment_queue where position in (select position from theirs)
                     returning network_id, partner_id""")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new PartnerKey(rows.getString(1), rows.getObject(2, UUID.class)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim partners to assess", e);
        }
        return claimed;
    }

    /**
     * Queues partners for assessment, in the caller's transaction: those a batch of events touched, a paused
     * partner, or those whose assessment failed. The queue only grows here, so batches never wait for each other;
     * the assessment takes only rows committed before it reads the facts (see {@link #claimQueued}), so a fact is
     * never missed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Collection<PartnerKey> partners) {
        if (partners.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment_queue (network_id, partner_id) select * from unnest(?::varchar[], ?::uuid[])""")) {
            List<PartnerKey> keys = new ArrayList<>(partners);
            insert.setArray(1, connection.createArrayOf("varchar", keys.stream().map(PartnerKey::networkId).toArray()));
            insert.setArray(2, connection.createArrayOf("uuid", keys.stream().map(PartnerKey::partnerId).toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue partners for assessment", e);
        }
    }

    /** Every partner of the network (all networks if null) is assessed again, e.g. after a policy change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markNetworkDirty(String network) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment_queue (network_id, partner_id)
                     select network_id, partner_id from partner_engagement where (?::varchar is null or network_id = ?)""")) {
            insert.setString(1, network);
            insert.setString(2, network);
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark partners for assessment", e);
        }
    }

    /**
     * Partners last assessed before the day it is at {@code now} in their network's time zone (network_settings;
     * Europe/Berlin for a network not heard of yet): their decay and overdue days moved on. One waiting already is
     * not queued twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markAssessedBeforeTheirNetworksToday(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment_queue (network_id, partner_id)
                     select e.network_id, e.partner_id from partner_engagement e
                     left join network_settings n on n.network_id = e.network_id
                     where e.assessed_on < (cast(? as timestamptz) at time zone coalesce(n.time_zone, ?))::date
                       and not exists (select 1 from assessment_queue q
                                       where q.network_id = e.network_id and q.partner_id = e.partner_id)""")) {
            insert.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(2, NetworkSettingsStore.DEFAULT_ZONE.getId());
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not mark partners for assessment", e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long pending() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "select count(*) from (select distinct network_id, partner_id from assessment_queue) waiting");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count partners to assess", e);
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
