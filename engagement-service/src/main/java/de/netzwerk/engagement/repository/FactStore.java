package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.GoalActorNeedsChanged;
import de.netzwerk.engagement.event.InvitationsSent;
import de.netzwerk.engagement.event.MeetingCancelled;
import de.netzwerk.engagement.event.MembershipEnded;
import de.netzwerk.engagement.event.MembershipStarted;
import de.netzwerk.engagement.event.MinutesAcknowledged;
import de.netzwerk.engagement.event.MinutesPublished;
import de.netzwerk.engagement.event.PartnerLeft;
import de.netzwerk.engagement.event.RsvpReceived;
import de.netzwerk.engagement.event.TaskEvent;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Writes the facts of a batch of events with one JDBC batch per statement. Every statement is written so that
 * applying the same facts in another order gives the same rows: the highest attendance revision wins, the
 * latest answer wins, the earliest invitation counts for the coordinators' punctuality, a completed or cancelled
 * task stays closed, the latest assignment names the assignee. That is what makes late, out-of-order history
 * and a replay give the same scores as events that came in time.
 */
@ApplicationScoped
public class FactStore {

    /** Stands for "assignee not known from an assignment": any real assignment is later. */
    private static final OffsetDateTime NO_ASSIGNMENT = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final AgroalDataSource dataSource;

    FactStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A partner whose facts changed, to be assessed again. */
    public record Touched(UUID partnerId, String networkId) {
    }

    /**
     * Records the event ids, skipping those seen before, in the caller's transaction.
     *
     * @return the ids recorded now: only their events may take effect
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> recordFirstDeliveries(List<UUID> ids, List<String> types) throws SQLException {
        Set<UUID> fresh = new HashSet<>();
        if (ids.isEmpty()) {
            return fresh;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into processed_event (event_id, event_type, processed_at)
                     select id, type, now() from unnest(?::uuid[], ?::varchar[]) as t(id, type)
                     on conflict (event_id) do nothing returning event_id""")) {
            insert.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            insert.setArray(2, connection.createArrayOf("varchar", types.toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return fresh;
    }

    /** Applies the facts in the caller's transaction; returns the partners whose assessment may have changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Touched> apply(Collection<ConsumedEvent> events) throws SQLException {
        Set<Touched> touched = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); Statements statements = new Statements(connection)) {
            for (ConsumedEvent event : events) {
                apply(event, statements, touched);
            }
            statements.executeAll();
        }
        return touched;
    }

    /** Forgets every fact and every event id, before a replay reads the topics again. Pauses and policies stay. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearAll() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement truncate = connection.prepareStatement("""
                     truncate processed_event, attendance, membership, partner_departure, meeting, invitation, rsvp,
                         minutes_reading, task, key_actor""")) {
            truncate.execute();
        }
    }

    /** Queues every partner anything is known about for assessment. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markAllDirty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment_queue (partner_id, network_id)
                     select distinct on (partner_id) partner_id, network_id from (
                         select partner_id, network_id from partner_engagement
                         union all select partner_id, network_id from attendance
                         union all select partner_id, network_id from invitation
                         union all select partner_id, network_id from rsvp
                         union all select partner_id, network_id from minutes_reading
                         union all select partner_id, network_id from membership
                         union all select partner_id, network_id from task
                         union all select partner_id, network_id from key_actor
                         union all select partner_id, network_id from partner_departure) known
                     order by partner_id""")) {
            return insert.executeUpdate();
        }
    }

    private void apply(ConsumedEvent event, Statements sql, Set<Touched> touched) throws SQLException {
        switch (event) {
            case AttendanceRecorded e -> {
                meeting(sql, e.networkId(), e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.upsert(e.meetingId() + "/" + e.partnerId(), """
                        insert into attendance (id, network_id, meeting_id, group_id, partner_id, meeting_starts_at, status, revision)
                        values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?)
                        on conflict (meeting_id, partner_id) do update set group_id = excluded.group_id,
                            meeting_starts_at = excluded.meeting_starts_at, status = excluded.status, revision = excluded.revision
                        where attendance.revision < excluded.revision""",
                        e.networkId(), e.meetingId(), e.groupId(), e.partnerId(), e.meetingStartsAt(), e.status().name(),
                        e.revision());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case InvitationsSent e -> {
                meeting(sql, e.networkId(), e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.add("""
                        update meeting set invitations_sent_at = ?, invitation_days_ahead = ?, invitations_late = ?,
                            invitations_backfilled = ?
                        where meeting_id = ? and (invitations_sent_at is null or invitations_sent_at > ?)""",
                        e.sentAt(), e.daysAhead(), e.late(), e.backfilled(), e.meetingId(), e.sentAt());
                for (InvitationsSent.Invitee invitee : e.invitees()) {
                    sql.upsert(invitee.partnerId() + "/" + e.meetingId(), """
                            insert into invitation (partner_id, meeting_id, network_id, group_id, meeting_starts_at, backfilled)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (partner_id, meeting_id) do update set backfilled = invitation.backfilled and excluded.backfilled""",
                            invitee.partnerId(), e.meetingId(), e.networkId(), e.groupId(), e.meetingStartsAt(), e.backfilled());
                    touched.add(new Touched(invitee.partnerId(), e.networkId()));
                }
            }
            case RsvpReceived e -> {
                meeting(sql, e.networkId(), e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.upsert(e.partnerId() + "/" + e.meetingId(), """
                        insert into rsvp (partner_id, meeting_id, network_id, group_id, meeting_starts_at, answer, responded_at, before_meeting)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (partner_id, meeting_id) do update set answer = excluded.answer,
                            responded_at = excluded.responded_at, before_meeting = excluded.before_meeting
                        where rsvp.responded_at < excluded.responded_at""",
                        e.partnerId(), e.meetingId(), e.networkId(), e.groupId(), e.meetingStartsAt(), e.answer().name(),
                        e.respondedAt(), e.beforeMeeting());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case MeetingCancelled e -> {
                meeting(sql, e.networkId(), e.meetingId(), e.groupId(), e.startsAt());
                sql.add("update meeting set cancelled_at = ? where meeting_id = ? and cancelled_at is null",
                        e.cancelledAt(), e.meetingId());
                // Everyone with a fact about this meeting is assessed again: it no longer counts.
                sql.touchQuery("""
                        select partner_id, network_id from attendance where meeting_id = ?
                        union select partner_id, network_id from invitation where meeting_id = ?""",
                        e.meetingId(), e.meetingId());
            }
            case MinutesPublished e -> {
                meeting(sql, e.networkId(), e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.add("""
                        update meeting set minutes_published_at = ?, minutes_days_after = ?, minutes_late = ?
                        where meeting_id = ? and (minutes_published_at is null or minutes_published_at > ?)""",
                        e.publishedAt(), e.daysAfter(), e.late(), e.meetingId(), e.publishedAt());
                for (UUID partner : e.askedToRead()) {
                    sql.upsert(partner + "/" + e.meetingId(), """
                            insert into minutes_reading (partner_id, meeting_id, network_id, group_id, meeting_starts_at, asked_at)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (partner_id, meeting_id) do update
                                set asked_at = least(coalesce(minutes_reading.asked_at, excluded.asked_at), excluded.asked_at)""",
                            partner, e.meetingId(), e.networkId(), e.groupId(), e.meetingStartsAt(), e.publishedAt());
                    touched.add(new Touched(partner, e.networkId()));
                }
            }
            case MinutesAcknowledged e -> {
                sql.upsert(e.partnerId() + "/" + e.meetingId(), """
                        insert into minutes_reading (partner_id, meeting_id, network_id, group_id, meeting_starts_at, acknowledged_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (partner_id, meeting_id) do update set acknowledged_at =
                            least(coalesce(minutes_reading.acknowledged_at, excluded.acknowledged_at), excluded.acknowledged_at)""",
                        e.partnerId(), e.meetingId(), e.networkId(), e.groupId(), e.meetingStartsAt(), e.acknowledgedAt());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case MembershipStarted e -> {
                sql.upsert(e.groupId() + "/" + e.partnerId(), """
                        insert into membership (group_id, partner_id, network_id, joined_on, version) values (?, ?, ?, ?, ?)
                        on conflict (group_id, partner_id) do update set
                            joined_on = greatest(membership.joined_on, excluded.joined_on),
                            version = greatest(membership.version, excluded.version)""",
                        e.groupId(), e.partnerId(), e.networkId(), e.joinedOn(), e.version());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case MembershipEnded e -> {
                sql.upsert(e.groupId() + "/" + e.partnerId(), """
                        insert into membership (group_id, partner_id, network_id, left_on, version) values (?, ?, ?, ?, 0)
                        on conflict (group_id, partner_id) do update set
                            left_on = greatest(membership.left_on, excluded.left_on)""",
                        e.groupId(), e.partnerId(), e.networkId(), e.leftOn());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case PartnerLeft e -> {
                sql.add("insert into partner_departure (partner_id, network_id, left_at) values (?, ?, ?) on conflict do nothing",
                        e.partnerId(), e.networkId(), e.leftAt());
                touched.add(new Touched(e.partnerId(), e.networkId()));
            }
            case GoalActorNeedsChanged e -> {
                // A goal's events keep their order (keyed by goal): the latest list of key actors replaces the last.
                sql.touchQuery("select partner_id, network_id from key_actor where goal_id = ?", e.goalId());
                sql.add("delete from key_actor where goal_id = ?", e.goalId());
                for (GoalActorNeedsChanged.NeededPartner needed : e.neededPartners()) {
                    if (needed.keyActor()) {
                        sql.add("insert into key_actor (goal_id, partner_id, network_id) values (?, ?, ?) on conflict do nothing",
                                e.goalId(), needed.partnerId(), e.networkId());
                        touched.add(new Touched(needed.partnerId(), e.networkId()));
                    }
                }
            }
            case TaskEvent e when e.partnerId() == null -> {
                // Nobody owns the task now; if someone did, it no longer counts for or against them once closed.
                sql.touchQuery("select partner_id, network_id from task where task_id = ?", e.taskId());
                if (e.kind() == TaskEvent.Kind.CANCELLED) {
                    sql.add("update task set status = 'CANCELLED', closed_on = ? where task_id = ? and status = 'OPEN'",
                            e.occurredAt().atZoneSameInstant(EngagementCalculator.ZONE)
                                    .toLocalDate(), e.taskId());
                }
            }
            case TaskEvent e -> {
                task(sql, e);
                touched.add(new Touched(e.partnerId(), e.networkId()));
                if (e.previousPartnerId() != null) {
                    touched.add(new Touched(e.previousPartnerId(), e.networkId()));
                }
            }
        }
        touched.addAll(sql.drainTouched());
    }

    private static void meeting(Statements sql, String network, UUID meeting, UUID group, OffsetDateTime startsAt)
            throws SQLException {
        if (!sql.firstMentionOf(meeting)) {
            return;
        }
        sql.add("""
                insert into meeting (meeting_id, network_id, group_id, starts_at) values (?, ?, ?, ?)
                on conflict (meeting_id) do nothing""", meeting, network, group, startsAt);
    }

    /**
     * Every task event carries the task as it now is (its due date may have been moved or removed); a partner's
     * events keep their order, so the latest one tells the due date. Closing is final whatever arrives after it.
     */
    private static void task(Statements sql, TaskEvent e) throws SQLException {
        boolean assignment = e.kind() == TaskEvent.Kind.ASSIGNED || e.kind() == TaskEvent.Kind.REASSIGNED;
        String status = switch (e.kind()) {
            case COMPLETED -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
            default -> "OPEN";
        };
        LocalDate closedOn = switch (e.kind()) {
            case COMPLETED -> e.completedOn() != null ? e.completedOn()
                    : e.occurredAt().atZoneSameInstant(EngagementCalculator.ZONE).toLocalDate();
            case CANCELLED -> e.occurredAt().atZoneSameInstant(EngagementCalculator.ZONE).toLocalDate();
            default -> null;
        };
        sql.upsert(e.taskId().toString(), """
                insert into task (task_id, network_id, partner_id, group_id, goal_id, title, due_date, status,
                    assigned_at, assignee_since, closed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (task_id) do update set
                    partner_id = case when excluded.assignee_since > task.assignee_since then excluded.partner_id else task.partner_id end,
                    assignee_since = greatest(task.assignee_since, excluded.assignee_since),
                    assigned_at = least(task.assigned_at, excluded.assigned_at),
                    group_id = coalesce(excluded.group_id, task.group_id),
                    goal_id = coalesce(excluded.goal_id, task.goal_id),
                    title = coalesce(excluded.title, task.title),
                    due_date = case when task.status = 'OPEN' then excluded.due_date else task.due_date end,
                    status = case when task.status = 'OPEN' then excluded.status else task.status end,
                    closed_on = case when task.status = 'OPEN' then excluded.closed_on else task.closed_on end""",
                e.taskId(), e.networkId(), e.partnerId(), e.groupId(), e.goalId(), e.title(), e.dueDate(), status,
                e.occurredAt(), assignment ? e.occurredAt() : NO_ASSIGNMENT, closedOn);
    }

    /** One prepared statement per SQL text, each collecting a JDBC batch; executed in the order first used. */
    private static final class Statements implements AutoCloseable {

        private final Connection connection;
        private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
        private final Set<Touched> touched = new HashSet<>();
        private final Map<String, Set<String>> pendingKeys = new HashMap<>();
        private final Set<UUID> meetings = new HashSet<>();

        Statements(Connection connection) {
            this.connection = connection;
        }

        /**
         * An insert … on conflict do update. The driver sends a batch as one multi-row insert, in which a key may
         * appear only once: a second row for a key first sends the rows collected so far, so the rows still
         * apply one after the other.
         */
        void upsert(String key, String sql, Object... parameters) throws SQLException {
            Set<String> keys = pendingKeys.computeIfAbsent(sql, absent -> new HashSet<>());
            if (!keys.add(key)) {
                batches.get(sql).executeBatch();
                keys.clear();
                keys.add(key);
            }
            add(sql, parameters);
        }

        /** True the first time a meeting is named in this batch: its row needs inserting once. */
        boolean firstMentionOf(UUID meeting) {
            return meetings.add(meeting);
        }

        void add(String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = batches.get(sql);
            if (statement == null) {
                statement = connection.prepareStatement(sql);
                batches.put(sql, statement);
            }
            bind(statement, parameters);
            statement.addBatch();
        }

        /**
         * Reads partners affected by a statement that follows; the batches collected so far run first, so that it
         * sees them.
         */
        void touchQuery(String sql, Object... parameters) throws SQLException {
            executeAll();
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                bind(query, parameters);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        touched.add(new Touched(rows.getObject(1, UUID.class), rows.getString(2)));
                    }
                }
            }
        }

        Set<Touched> drainTouched() {
            Set<Touched> drained = new HashSet<>(touched);
            touched.clear();
            return drained;
        }

        void executeAll() throws SQLException {
            for (PreparedStatement statement : batches.values()) {
                statement.executeBatch();
            }
            pendingKeys.values().forEach(Set::clear);
        }

        private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof OffsetDateTime time) {
                    statement.setObject(i + 1, time);
                } else if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : batches.values()) {
                statement.close();
            }
        }
    }
}
