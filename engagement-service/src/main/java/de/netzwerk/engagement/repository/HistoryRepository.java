package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.scoring.PartnerHistory;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

/**
 * Loads the facts of many partners at once: one query per kind of fact, however many partners. A partner's history
 * is assembled from their own network's facts only: every query joins on the network as well as the partner. The
 * facts a score adds up come in a fixed order, so the same facts give the same floating-point sums however their rows
 * happen to lie in the table.
 */
@ApplicationScoped
public class HistoryRepository {

    /** The partners asked for, as rows to join with: (network_id, partner_id). */
    /** The policy's upper limit of {@code silenceDays}: older meetings cannot make a group active. */
    private static final int LONGEST_SILENCE_DAYS = 730;
    private static final String PARTNERS = "unnest(?::varchar[], ?::uuid[]) as wanted(network_id, partner_id)";

    private final AgroalDataSource dataSource;

    HistoryRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs {@code work} in a new transaction that reads one snapshot of the facts (REPEATABLE READ): a history is
     * loaded with one statement per kind of fact, and under READ COMMITTED a batch of events committed between two of
     * them would give a history no moment ever had — one partner's attendance line without the line applied with it.
     * Whatever the work writes (scores, alerts, events) rests on that snapshot; should a row it changes have been
     * changed since, PostgreSQL refuses the transaction (a serialization failure) and the caller handles that as any
     * other failure.
     */
    public <T> T inOneSnapshot(Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement isolation = connection.prepareStatement(
                         "set transaction isolation level repeatable read")) {
                // Must be the transaction's first statement, or PostgreSQL refuses it: no read can slip in before.
                isolation.execute();
            }
            return work.call();
        });
    }

    /**
     * The histories of the partners, each from the facts of their own network; their networks are in {@code zone},
     * where it is {@code today}. Times become days there.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<PartnerKey, PartnerHistory> load(Collection<PartnerKey> partners, LocalDate today, ZoneId zone) {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection, List.copyOf(partners), today, zone);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the partners' facts", e);
        }
    }

    private Map<PartnerKey, PartnerHistory> load(Connection connection, List<PartnerKey> partners, LocalDate today,
            ZoneId zone) throws SQLException {
        Map<PartnerKey, List<PartnerHistory.Membership>> memberships = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.group_id, f.joined_on, f.left_on
                from membership f join %s using (network_id, partner_id) where f.joined_on is not null""", partners,
                rows -> add(memberships, rows, new PartnerHistory.Membership(uuid(rows, 3), date(rows, 4), date(rows, 5))));
        Set<PartnerKey> departed = new HashSet<>();
        query(connection, "select f.network_id, f.partner_id from partner_departure f join %s using (network_id, partner_id)",
                partners, rows -> departed.add(key(rows)));
        Map<PartnerKey, List<PartnerHistory.Attendance>> attendances = new HashMap<>();
        query(connection, """
                select a.network_id, a.partner_id, a.meeting_id, a.group_id, a.meeting_starts_at, a.status,
                    m.cancelled_at is not null
                from attendance a join %s using (network_id, partner_id)
                left join meeting m on m.network_id = a.network_id and m.meeting_id = a.meeting_id
                order by a.meeting_starts_at, a.meeting_id""", partners,
                rows -> add(attendances, rows, new PartnerHistory.Attendance(uuid(rows, 3), uuid(rows, 4), time(rows, 5),
                        day(time(rows, 5), zone), PartnerHistory.AttendanceStatus.valueOf(rows.getString(6)), rows.getBoolean(7))));
        Map<PartnerKey, List<PartnerHistory.Invitation>> invitations = new HashMap<>();
        query(connection, """
                select i.network_id, i.partner_id, i.meeting_id, i.group_id, i.meeting_starts_at, i.backfilled,
                    m.cancelled_at is not null
                from invitation i join %s using (network_id, partner_id)
                left join meeting m on m.network_id = i.network_id and m.meeting_id = i.meeting_id
                order by i.meeting_starts_at, i.meeting_id""", partners,
                rows -> add(invitations, rows, new PartnerHistory.Invitation(uuid(rows, 3), uuid(rows, 4), time(rows, 5),
                        day(time(rows, 5), zone), rows.getBoolean(6), rows.getBoolean(7))));
        Map<PartnerKey, List<PartnerHistory.Answer>> answers = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.meeting_id, f.responded_at, f.before_meeting
                from rsvp f join %s using (network_id, partner_id) order by f.meeting_id""", partners,
                rows -> add(answers, rows, new PartnerHistory.Answer(uuid(rows, 3), day(time(rows, 4), zone), rows.getBoolean(5))));
        Map<PartnerKey, List<PartnerHistory.MinutesToRead>> minutes = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.meeting_id, f.group_id, f.meeting_starts_at, f.asked_at, f.acknowledged_at
                from minutes_reading f join %s using (network_id, partner_id) order by f.meeting_starts_at, f.meeting_id""",
                partners,
                rows -> add(minutes, rows, new PartnerHistory.MinutesToRead(uuid(rows, 3), uuid(rows, 4), time(rows, 5),
                        day(time(rows, 6), zone), day(time(rows, 7), zone))));
        Map<PartnerKey, List<PartnerHistory.Task>> tasks = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.task_id, f.group_id, f.due_date, f.status, f.assigned_at,
                    f.closed_on, n.noticed_on
                from task f join %s using (network_id, partner_id)
                left join task_overdue_notice n
                    on n.network_id = f.network_id and n.task_id = f.task_id and n.due_date = f.due_date
                order by f.task_id""", partners,
                rows -> add(tasks, rows, new PartnerHistory.Task(uuid(rows, 3), uuid(rows, 4),
                        date(rows, 5), PartnerHistory.TaskStatus.valueOf(rows.getString(6)), day(time(rows, 7), zone),
                        date(rows, 8), date(rows, 9))));
        Map<PartnerKey, List<PartnerHistory.Pause>> pauses = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.starts_on, f.until, f.reason
                from pause f join %s using (network_id, partner_id)""", partners,
                rows -> add(pauses, rows, new PartnerHistory.Pause(date(rows, 3), date(rows, 4), rows.getString(5))));
        Map<PartnerKey, List<UUID>> keyActor = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.goal_id
                from key_actor f join %s using (network_id, partner_id) order by f.goal_id""", partners,
                rows -> add(keyActor, rows, uuid(rows, 3)));
        Map<PartnerKey, List<PartnerHistory.Exchange>> exchanges = new HashMap<>();
        query(connection, """
                select f.network_id, f.partner_id, f.activity, f.reference_id, f.occurred_at
                from exchange_activity f join %s using (network_id, partner_id)""", partners,
                rows -> add(exchanges, rows, new PartnerHistory.Exchange(
                        PartnerHistory.ExchangeActivity.valueOf(rows.getString(3)), uuid(rows, 4), time(rows, 5))));

        Map<String, Set<UUID>> groups = new HashMap<>();
        memberships.forEach((partner, list) -> list.forEach(membership ->
                groups.computeIfAbsent(partner.networkId(), network -> new HashSet<>()).add(membership.groupId())));
        Map<String, Map<UUID, List<GroupMeetingRow>>> meetings = groupMeetings(connection, groups, today, zone);

        Map<PartnerKey, PartnerHistory> histories = new HashMap<>();
        for (PartnerKey partner : partners) {
            List<PartnerHistory.Membership> own = memberships.getOrDefault(partner, List.of());
            Map<UUID, List<GroupMeetingRow>> networkMeetings = meetings.getOrDefault(partner.networkId(), Map.of());
            Set<UUID> attended = new HashSet<>();
            attendances.getOrDefault(partner, List.of()).forEach(attendance -> attended.add(attendance.meetingId()));
            Map<UUID, List<PartnerHistory.GroupMeeting>> ownGroups = new HashMap<>();
            own.forEach(membership -> {
                List<GroupMeetingRow> ofGroup = networkMeetings.get(membership.groupId());
                if (ofGroup != null) {
                    ownGroups.put(membership.groupId(), ofGroup.stream().map(row -> row.seenBy(attended)).toList());
                }
            });
            histories.put(partner, new PartnerHistory(partner.networkId(), partner.partnerId(), departed.contains(partner),
                    own, attendances.getOrDefault(partner, List.of()), invitations.getOrDefault(partner, List.of()),
                    answers.getOrDefault(partner, List.of()), minutes.getOrDefault(partner, List.of()),
                    tasks.getOrDefault(partner, List.of()), pauses.getOrDefault(partner, List.of()),
                    keyActor.getOrDefault(partner, List.of()), ownGroups, exchanges.getOrDefault(partner, List.of())));
        }
        return histories;
    }

    /** A group's meeting as every member sees it; whose own line is recorded is told per partner. */
    private record GroupMeetingRow(UUID meetingId, LocalDate date, LocalDate invitationsKnownOn,
            LocalDate attendanceFirstRecordedOn) {

        PartnerHistory.GroupMeeting seenBy(Set<UUID> meetingsWithOwnAttendance) {
            return new PartnerHistory.GroupMeeting(meetingId, date, invitationsKnownOn, attendanceFirstRecordedOn,
                    meetingsWithOwnAttendance.contains(meetingId));
        }
    }

    /**
     * The meetings (not cancelled) of each group within the longest silence a policy allows, up to today, by
     * network: whether each one is settled is the rules' decision ({@link PartnerHistory.GroupMeeting#settledOn}).
     */
    private static Map<String, Map<UUID, List<GroupMeetingRow>>> groupMeetings(Connection connection,
            Map<String, Set<UUID>> groups, LocalDate today, ZoneId zone) throws SQLException {
        List<String> networks = new ArrayList<>();
        List<UUID> groupIds = new ArrayList<>();
        groups.forEach((network, ids) -> ids.forEach(id -> {
            networks.add(network);
            groupIds.add(id);
        }));
        Map<String, Map<UUID, List<GroupMeetingRow>>> meetings = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select m.network_id, m.group_id, m.starts_at, greatest(m.invitations_sent_at, m.invitations_recorded_at), m.meeting_id,
                    (select min(a.recorded_at) from attendance a
                     where a.network_id = m.network_id and a.meeting_id = m.meeting_id)
                from meeting m
                join unnest(?::varchar[], ?::uuid[]) as wanted(network_id, group_id) using (network_id, group_id)
                where m.cancelled_at is null and m.starts_at >= ? and m.starts_at < ?""")) {
            query.setArray(1, connection.createArrayOf("varchar", networks.toArray()));
            query.setArray(2, connection.createArrayOf("uuid", groupIds.toArray()));
            query.setObject(3, today.minusDays(LONGEST_SILENCE_DAYS).atStartOfDay(zone).toOffsetDateTime());
            query.setObject(4, today.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    meetings.computeIfAbsent(rows.getString(1), network -> new HashMap<>())
                            .computeIfAbsent(uuid(rows, 2), group -> new ArrayList<>())
                            .add(new GroupMeetingRow(uuid(rows, 5), day(time(rows, 3), zone), day(time(rows, 4), zone),
                                    day(time(rows, 6), zone)));
                }
            }
        }
        return meetings;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    /** Runs a query joined with the partners asked for ({@code %s} in the text), each row starting with its key. */
    private static void query(Connection connection, String sql, List<PartnerKey> partners, RowReader reader)
            throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql.formatted(PARTNERS))) {
            query.setArray(1, connection.createArrayOf("varchar", partners.stream().map(PartnerKey::networkId).toArray()));
            query.setArray(2, connection.createArrayOf("uuid", partners.stream().map(PartnerKey::partnerId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static <T> void add(Map<PartnerKey, List<T>> map, ResultSet rows, T value) throws SQLException {
        map.computeIfAbsent(key(rows), key -> new ArrayList<>()).add(value);
    }

    private static PartnerKey key(ResultSet rows) throws SQLException {
        return new PartnerKey(rows.getString(1), uuid(rows, 2));
    }

    private static UUID uuid(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    private static OffsetDateTime time(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class);
    }

    private static LocalDate day(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
    }

}
