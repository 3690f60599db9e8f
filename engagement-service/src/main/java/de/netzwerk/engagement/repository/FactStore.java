package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.ConsumedEvent;
import de.netzwerk.engagement.event.ExchangeEvent;
import de.netzwerk.engagement.event.GoalActorNeedsChanged;
import de.netzwerk.engagement.event.InvitationsSent;
import de.netzwerk.engagement.event.MeetingCancelled;
import de.netzwerk.engagement.event.MembershipEnded;
import de.netzwerk.engagement.event.MembershipStarted;
import de.netzwerk.engagement.event.MinutesAcknowledged;
import de.netzwerk.engagement.event.MinutesPublished;
import de.netzwerk.engagement.event.NetworkSettingsEvent;
import de.netzwerk.engagement.event.PartnerErased;
import de.netzwerk.engagement.event.PersonalDataExportRequested;
import de.netzwerk.engagement.event.PartnerLeft;
import de.netzwerk.engagement.event.PartnerRegistered;
import de.netzwerk.engagement.event.RsvpReceived;
import de.netzwerk.engagement.event.TaskEvent;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
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
 * and a replay give the same scores as events that came in time. Every key holds the network: a statement of one
 * network's event can only ever meet that network's rows.
 */
@ApplicationScoped
public class FactStore {

    /** Stands for "assignee not known from an assignment": any real assignment is later. */
    private static final OffsetDateTime NO_ASSIGNMENT = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final AgroalDataSource dataSource;
    private final NetworkSettingsStore networks;

    FactStore(AgroalDataSource dataSource, NetworkSettingsStore networks) {
        this.dataSource = dataSource;
        this.networks = networks;
    }

    /** An event as delivered: its network, its ce_id and its type. */
    public record Delivery(String networkId, UUID eventId, String type) {
    }

    /**
     * Records the event ids of each network, skipping those seen before, in the caller's transaction.
     *
     * @return the deliveries recorded now: only their events may take effect
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Delivery> recordFirstDeliveries(List<Delivery> deliveries) throws SQLException {
        Set<Delivery> fresh = new HashSet<>();
        if (deliveries.isEmpty()) {
            return fresh;
        }
        Map<String, Delivery> byKey = new HashMap<>();
        deliveries.forEach(delivery -> byKey.putIfAbsent(delivery.networkId() + "/" + delivery.eventId(), delivery));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into processed_event (network_id, event_id, event_type, processed_at)
                     select network_id, id, type, now() from unnest(?::varchar[], ?::uuid[], ?::varchar[]) as t(network_id, id, type)
                     on conflict (network_id, event_id) do nothing returning network_id, event_id""")) {
            insert.setArray(1, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::networkId).toArray()));
            insert.setArray(2, connection.createArrayOf("uuid", deliveries.stream().map(Delivery::eventId).toArray()));
            insert.setArray(3, connection.createArrayOf("varchar", deliveries.stream().map(Delivery::type).toArray()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    fresh.add(byKey.get(rows.getString(1) + "/" + rows.getObject(2, UUID.class)));
                }
            }
        }
        return fresh;
    }

    /**
     * Applies the facts in the caller's transaction; returns the partners whose assessment may have changed. The day
     * of a fact that has only a time (a task closed without a completion day, an overdue notice) is the day in its
     * network's time zone as stored before the batch: a new zone in the same batch counts from the next one on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PartnerKey> apply(Collection<ConsumedEvent> events) throws SQLException {
        Set<PartnerKey> touched = new HashSet<>();
        Map<String, ZoneId> zones = networks.zonesOf(events.stream().map(ConsumedEvent::networkId).distinct().toList());
        try (Connection connection = dataSource.getConnection(); Statements statements = new Statements(connection)) {
            for (ConsumedEvent event : events) {
                apply(event, zones.get(event.networkId()), statements, touched);
            }
            statements.executeAll();
        }
        return touched;
    }

    /**
     * Forgets every fact and every event id, before a replay reads the topics again. Pauses and policies stay, and so
     * does which network each partner, group, meeting, task and goal belongs to: the replay refuses the same events
     * as live processing did, whatever order it reads the topics in.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clearAll() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement truncate = connection.prepareStatement("""
                     truncate processed_event, attendance, membership, partner_departure, meeting, invitation, rsvp,
                         minutes_reading, task, task_overdue_notice, key_actor, exchange_activity""")) {
            truncate.execute();
        }
    }

    /**
     * Forgets which events were applied, and keeps the facts: a replay over stored facts (topics that dropped expired
     * events) applies the retained events again on top of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forgetAppliedEvents() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement truncate = connection.prepareStatement("truncate processed_event")) {
            truncate.execute();
        }
    }

    /** Queues every partner of every network for assessment: each is known in their network, or was assessed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markAllDirty() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into assessment_queue (network_id, partner_id)
                     select network_id, subject_id from known_subject where kind = 'PARTNER'
                     union select network_id, partner_id from partner_engagement""")) {
            return insert.executeUpdate();
        }
    }

    private void apply(ConsumedEvent event, ZoneId zone, Statements sql, Set<PartnerKey> touched) throws SQLException {
        String network = event.networkId();
        switch (event) {
            case AttendanceRecorded e -> {
                meeting(sql, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
                // The highest revision tells the status; the earliest one tells when the line was first entered.
                sql.upsert(e.meetingId() + "/" + e.partnerId(), """
                        insert into attendance (id, network_id, meeting_id, group_id, partner_id, meeting_starts_at, status,
                            revision, recorded_at)
                        values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (network_id, meeting_id, partner_id) do update set
                            group_id = case when attendance.revision < excluded.revision then excluded.group_id
                                else attendance.group_id end,
                            meeting_starts_at = case when attendance.revision < excluded.revision
                                then excluded.meeting_starts_at else attendance.meeting_starts_at end,
                            status = case when attendance.revision < excluded.revision then excluded.status
                                else attendance.status end,
                            revision = greatest(attendance.revision, excluded.revision),
                            recorded_at = least(attendance.recorded_at, excluded.recorded_at)
                        where attendance.revision < excluded.revision or attendance.recorded_at is null
                            or attendance.recorded_at > excluded.recorded_at""",
                        network, e.meetingId(), e.groupId(), e.partnerId(), e.meetingStartsAt(), e.status().name(),
                        e.revision(), e.recordedAt());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            case InvitationsSent e -> {
                meeting(sql, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.add("""
                        update meeting set invitations_sent_at = ?, invitation_days_ahead = ?, invitations_late = ?,
                            invitations_backfilled = ?
                        where network_id = ? and meeting_id = ? and (invitations_sent_at is null or invitations_sent_at > ?)""",
                        e.sentAt(), e.daysAhead(), e.late(), e.backfilled(), network, e.meetingId(), e.sentAt());
                // When the meeting's invitations were first entered here: the grace period of a meeting entered after
                // the fact, with its original dates, runs from then (its attendance may still be on its way).
                sql.add("""
                        update meeting set invitations_recorded_at = least(invitations_recorded_at, cast(? as timestamptz))
                        where network_id = ? and meeting_id = ?""",
                        e.recordedAt(), network, e.meetingId());
                for (InvitationsSent.Invitee invitee : e.invitees()) {
                    sql.upsert(invitee.partnerId() + "/" + e.meetingId(), """
                            insert into invitation (network_id, partner_id, meeting_id, group_id, meeting_starts_at, backfilled)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (network_id, partner_id, meeting_id) do update
                                set backfilled = invitation.backfilled and excluded.backfilled""",
                            network, invitee.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.backfilled());
                    touched.add(new PartnerKey(network, invitee.partnerId()));
                }
            }
            case RsvpReceived e -> {
                meeting(sql, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.upsert(e.partnerId() + "/" + e.meetingId(), """
                        insert into rsvp (network_id, partner_id, meeting_id, group_id, meeting_starts_at, answer, responded_at, before_meeting)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (network_id, partner_id, meeting_id) do update set answer = excluded.answer,
                            responded_at = excluded.responded_at, before_meeting = excluded.before_meeting
                        where rsvp.responded_at < excluded.responded_at""",
                        network, e.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.answer().name(),
                        e.respondedAt(), e.beforeMeeting());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            case MeetingCancelled e -> {
                meeting(sql, network, e.meetingId(), e.groupId(), e.startsAt());
                sql.add("update meeting set cancelled_at = ? where network_id = ? and meeting_id = ? and cancelled_at is null",
                        e.cancelledAt(), network, e.meetingId());
                // Everyone with a fact about this meeting is assessed again: it no longer counts.
                sql.touchQuery("""
                        select network_id, partner_id from attendance where network_id = ? and meeting_id = ?
                        union select network_id, partner_id from invitation where network_id = ? and meeting_id = ?""",
                        network, e.meetingId(), network, e.meetingId());
            }
            case MinutesPublished e -> {
                meeting(sql, network, e.meetingId(), e.groupId(), e.meetingStartsAt());
                sql.add("""
                        update meeting set minutes_published_at = ?, minutes_days_after = ?, minutes_late = ?
                        where network_id = ? and meeting_id = ? and (minutes_published_at is null or minutes_published_at > ?)""",
                        e.publishedAt(), e.daysAfter(), e.late(), network, e.meetingId(), e.publishedAt());
                for (UUID partner : e.askedToRead()) {
                    sql.upsert(partner + "/" + e.meetingId(), """
                            insert into minutes_reading (network_id, partner_id, meeting_id, group_id, meeting_starts_at, asked_at)
                            values (?, ?, ?, ?, ?, ?)
                            on conflict (network_id, partner_id, meeting_id) do update
                                set asked_at = least(coalesce(minutes_reading.asked_at, excluded.asked_at), excluded.asked_at)""",
                            network, partner, e.meetingId(), e.groupId(), e.meetingStartsAt(), e.publishedAt());
                    touched.add(new PartnerKey(network, partner));
                }
            }
            case MinutesAcknowledged e -> {
                sql.upsert(e.partnerId() + "/" + e.meetingId(), """
                        insert into minutes_reading (network_id, partner_id, meeting_id, group_id, meeting_starts_at, acknowledged_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (network_id, partner_id, meeting_id) do update set acknowledged_at =
                            least(coalesce(minutes_reading.acknowledged_at, excluded.acknowledged_at), excluded.acknowledged_at)""",
                        network, e.partnerId(), e.meetingId(), e.groupId(), e.meetingStartsAt(), e.acknowledgedAt());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            case MembershipStarted e -> {
                sql.upsert(e.groupId() + "/" + e.partnerId(), """
                        insert into membership (network_id, group_id, partner_id, joined_on, version) values (?, ?, ?, ?, ?)
                        on conflict (network_id, group_id, partner_id) do update set
                            joined_on = greatest(membership.joined_on, excluded.joined_on),
                            version = greatest(membership.version, excluded.version)""",
                        network, e.groupId(), e.partnerId(), e.joinedOn(), e.version());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            case MembershipEnded e -> {
                sql.upsert(e.groupId() + "/" + e.partnerId(), """
                        insert into membership (network_id, group_id, partner_id, left_on, version) values (?, ?, ?, ?, 0)
                        on conflict (network_id, group_id, partner_id) do update set
                            left_on = greatest(membership.left_on, excluded.left_on)""",
                        network, e.groupId(), e.partnerId(), e.leftOn());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            // Known to the network from now on (see SubjectStore): assessed, so that they are listed, unscored.
            case PartnerRegistered e -> touched.add(new PartnerKey(network, e.partnerId()));
            case NetworkSettingsEvent e -> sql.upsert(network, """
                    insert into network_settings (network_id, time_zone, default_language, version, as_of)
                    values (?, ?, ?, ?, ?)
                    on conflict (network_id) do update
                        set time_zone = excluded.time_zone, default_language = excluded.default_language,
                            version = excluded.version, as_of = excluded.as_of
                        where network_settings.version < excluded.version""",
                    network, e.timeZone(), e.defaultLanguage(), e.version(), e.asOf());
            case PartnerLeft e -> {
                sql.add("""
                        insert into partner_departure (network_id, partner_id, left_at) values (?, ?, ?)
                        on conflict do nothing""", network, e.partnerId(), e.leftAt());
                touched.add(new PartnerKey(network, e.partnerId()));
            }
            // No fact: the erasure deletes every row about the partner after the batch's facts (see BatchIngest).
            case PartnerErased e -> {
            }
            // No fact: the export is answered after the batch's facts and erasures (see BatchIngest).
            case PersonalDataExportRequested e -> {
            }
            case GoalActorNeedsChanged e -> {
                // A goal's events keep their order (keyed by goal): the latest list of key actors replaces the last.
                sql.touchQuery("select network_id, partner_id from key_actor where network_id = ? and goal_id = ?",
                        network, e.goalId());
                sql.add("delete from key_actor where network_id = ? and goal_id = ?", network, e.goalId());
                for (GoalActorNeedsChanged.NeededPartner needed : e.neededPartners()) {
                    if (needed.keyActor()) {
                        sql.add("""
                                insert into key_actor (network_id, goal_id, partner_id) values (?, ?, ?)
                                on conflict do nothing""", network, e.goalId(), needed.partnerId());
                        touched.add(new PartnerKey(network, needed.partnerId()));
                    }
                }
            }
            case ExchangeEvent e -> {
                // A sign of life by the event's own date; the earliest delivery of the same part keeps its date.
                for (ExchangeEvent.Part part : e.parts()) {
                    sql.upsert(part.partnerId() + "/" + part.activity() + "/" + part.referenceId(), """
                            insert into exchange_activity (network_id, partner_id, activity, reference_id, occurred_at)
                            values (?, ?, ?, ?, ?)
                            on conflict (network_id, partner_id, activity, reference_id) do update
                                set occurred_at = least(exchange_activity.occurred_at, excluded.occurred_at)""",
                            network, part.partnerId(), part.activity().name(), part.referenceId(), part.occurredAt());
                    touched.add(new PartnerKey(network, part.partnerId()));
                }
            }
            case TaskEvent e when e.partnerId() == null -> {
                // Nobody owns the task now; if someone did, it no longer counts for or against them once closed.
                sql.touchQuery("select network_id, partner_id from task where network_id = ? and task_id = ?",
                        network, e.taskId());
                if (e.kind() == TaskEvent.Kind.CANCELLED) {
                    sql.add("""
                            update task set status = 'CANCELLED', closed_on = ?
                            where network_id = ? and task_id = ? and status = 'OPEN'""",
                            e.occurredAt().atZoneSameInstant(zone).toLocalDate(), network, e.taskId());
                }
            }
            case TaskEvent e -> {
                task(sql, e, zone);
                if (e.kind() == TaskEvent.Kind.OVERDUE) {
                    overdueNotice(sql, e, zone);
                }
                touched.add(new PartnerKey(network, e.partnerId()));
                if (e.previousPartnerId() != null) {
                    touched.add(new PartnerKey(network, e.previousPartnerId()));
                }
            }
        }
        touched.addAll(sql.drainTouched());
    }

    private static void meeting(Statements sql, String network, UUID meeting, UUID group, OffsetDateTime startsAt)
            throws SQLException {
        if (!sql.firstMentionOf(network, meeting)) {
            return;
        }
        sql.add("""
                insert into meeting (network_id, meeting_id, group_id, starts_at) values (?, ?, ?, ?)
                on conflict (network_id, meeting_id) do nothing""", network, meeting, group, startsAt);
    }

    /**
     * Every task event carries the task as it now is (its due date may have been moved or removed); a partner's
     * events keep their order, so the latest one tells the due date. Closing is final whatever arrives after it.
     */
    private static void task(Statements sql, TaskEvent e, ZoneId zone) throws SQLException {
        boolean assignment = e.kind() == TaskEvent.Kind.ASSIGNED || e.kind() == TaskEvent.Kind.REASSIGNED;
        String status = switch (e.kind()) {
            case COMPLETED -> "COMPLETED";
            case CANCELLED -> "CANCELLED";
            default -> "OPEN";
        };
        LocalDate closedOn = switch (e.kind()) {
            case COMPLETED -> e.completedOn() != null ? e.completedOn()
                    : e.occurredAt().atZoneSameInstant(zone).toLocalDate();
            case CANCELLED -> e.occurredAt().atZoneSameInstant(zone).toLocalDate();
            default -> null;
        };
        sql.upsert(e.taskId().toString(), """
                insert into task (network_id, task_id, partner_id, group_id, goal_id, due_date, status,
                    assigned_at, assignee_since, closed_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (network_id, task_id) do update set
                    partner_id = case when excluded.assignee_since > task.assignee_since then excluded.partner_id else task.partner_id end,
                    assignee_since = greatest(task.assignee_since, excluded.assignee_since),
                    assigned_at = least(task.assigned_at, excluded.assigned_at),
                    group_id = coalesce(excluded.group_id, task.group_id),
                    goal_id = coalesce(excluded.goal_id, task.goal_id),
                    due_date = case when task.status = 'OPEN' then excluded.due_date else task.due_date end,
                    status = case when task.status = 'OPEN' then excluded.status else task.status end,
                    closed_on = case when task.status = 'OPEN' then excluded.closed_on else task.closed_on end""",
                e.networkId(), e.taskId(), e.partnerId(), e.groupId(), e.goalId(), e.dueDate(), status,
                e.occurredAt(), assignment ? e.occurredAt() : NO_ASSIGNMENT, closedOn);
    }

    /**
     * The deadline clock said the task is overdue by the due date it names (once per due date; an escalation is a
     * second notice for the same date). It counts only while that is still the task's due date: a notice is kept per
     * due date, and the history joins it on the current one. The task's present owner is assessed again, whoever
     * the notice names.
     */
    private static void overdueNotice(Statements sql, TaskEvent e, ZoneId zone) throws SQLException {
        if (e.dueDate() == null) {
            return;
        }
        sql.upsert(e.taskId() + "/" + e.dueDate(), """
                insert into task_overdue_notice (network_id, task_id, due_date, noticed_on) values (?, ?, ?, ?)
                on conflict (network_id, task_id, due_date) do update
                    set noticed_on = least(task_overdue_notice.noticed_on, excluded.noticed_on)""",
                e.networkId(), e.taskId(), e.dueDate(),
                e.occurredAt().atZoneSameInstant(zone).toLocalDate());
        sql.touchQuery("select network_id, partner_id from task where network_id = ? and task_id = ?",
                e.networkId(), e.taskId());
    }

    /** One prepared statement per SQL text, each collecting a JDBC batch; executed in the order first used. */
    private static final class Statements implements AutoCloseable {

        private final Connection connection;
        private final Map<String, PreparedStatement> batches = new LinkedHashMap<>();
        private final Set<PartnerKey> touched = new HashSet<>();
        private final Map<String, Set<String>> pendingKeys = new HashMap<>();
        private final Set<String> meetings = new HashSet<>();

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
        boolean firstMentionOf(String network, UUID meeting) {
            return meetings.add(network + "/" + meeting);
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
                        touched.add(new PartnerKey(rows.getString(1), rows.getObject(2, UUID.class)));
                    }
                }
            }
        }

        Set<PartnerKey> drainTouched() {
            Set<PartnerKey> drained = new HashSet<>(touched);
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
