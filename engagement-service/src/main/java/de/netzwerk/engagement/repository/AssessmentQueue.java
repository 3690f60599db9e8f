package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PartnerKey;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The partners waiting to be assessed again (assessment_queue), keyed by network and partner. Anything that may
 * change a partner's assessment queues them; the assessment takes them off. The queue only grows where facts are
 * written, so batches of events never wait for each other or for an assessment.
 */
@ApplicationScoped
public class AssessmentQueue {

    private final AgroalDataSource dataSource;

    AssessmentQueue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Takes the partners of up to {@code limit} entries off the queue, with every other entry of theirs. It never
     * waits: entries another instance is taking are skipped, so two instances cannot deadlock over one partner's
     * entries (at worst both assess that partner, as they could before). Meant for a short transaction of its own,
     * committed before the partners' facts are read: every entry taken was committed with its facts, and facts
     * committed later come with entries of their own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PartnerKey> claim(int limit) {
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
     * partner, or those whose assessment failed. The assessment takes only rows committed before it reads the facts
     * (see {@link #claim}), so a fact is never missed.
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

    /** Every assessed partner of the network (all networks if null) is assessed again, e.g. after a policy change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requeueNetwork(String network) {
        return insert("""
                insert into assessment_queue (network_id, partner_id)
                select network_id, partner_id from partner_engagement where (?::varchar is null or network_id = ?)""",
                network, network);
    }

    /**
     * Partners last assessed before the day it is at {@code now} in their network's time zone (network_settings;
     * {@link NetworkSettingsStore#DEFAULT_ZONE} for a network not heard of yet): their decay and overdue days moved
     * on. One waiting already is not queued twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int requeueAssessedBeforeTheirNetworksToday(Instant now) {
        return insert("""
                insert into assessment_queue (network_id, partner_id)
                select e.network_id, e.partner_id from partner_engagement e
                left join network_settings n on n.network_id = e.network_id
                where e.assessed_on < (cast(? as timestamptz) at time zone coalesce(n.time_zone, ?))::date
                  and not exists (select 1 from assessment_queue q
                                  where q.network_id = e.network_id and q.partner_id = e.partner_id)""",
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), NetworkSettingsStore.DEFAULT_ZONE.getId());
    }

    /** Every partner of every network, after a replay: each is known in their network, or was assessed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int queueEveryKnownPartner() {
        return insert("""
                insert into assessment_queue (network_id, partner_id)
                select network_id, subject_id from known_subject where kind = 'PARTNER'
                union select network_id, partner_id from partner_engagement""");
    }

    /** How many partners wait, each counted once however many entries they have. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long waiting() {
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

    private int insert(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                insert.setObject(i + 1, parameters[i]);
            }
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not queue partners for assessment", e);
        }
    }
}
