package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.PartnerHistory;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Loads the facts of many partners at once: one query per kind of fact, however many partners. */
@ApplicationScoped
public class HistoryRepository {

    private final AgroalDataSource dataSource;

    HistoryRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The histories of the partners, keyed by partner id; {@code networks} names each partner's network. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, PartnerHistory> load(Map<UUID, String> networks, LocalDate today) {
        try (Connection connection = dataSource.getConnection()) {
            return load(connection, networks, today);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the partners' facts", e);
        }
    }

    private Map<UUID, PartnerHistory> load(Connection connection, Map<UUID, String> networks, LocalDate today)
            throws SQLException {
        Object[] ids = networks.keySet().toArray();
        Map<UUID, List<PartnerHistory.Membership>> memberships = new HashMap<>();
        query(connection, "select partner_id, group_id, joined_on, left_on from membership where partner_id = any(?) and joined_on is not null",
                ids, rows -> add(memberships, rows, new PartnerHistory.Membership(uuid(rows, 2), date(rows, 3), date(rows, 4))));
        Set<UUID> departed = new HashSet<>();
        query(connection, "select partner_id from partner_departure where partner_id = any(?)", ids,
                rows -> departed.add(uuid(rows, 1)));
        Map<UUID, List<PartnerHistory.Attendance>> attendances = new HashMap<>();
        query(connection, """
                select a.partner_id, a.meeting_id, a.group_id, a.meeting_starts_at, a.status, m.cancelled_at is not null
                from attendance a left join meeting m on m.meeting_id = a.meeting_id where a.partner_id = any(?)""", ids,
                rows -> add(attendances, rows, new PartnerHistory.Attendance(uuid(rows, 2), uuid(rows, 3), time(rows, 4),
                        day(time(rows, 4)), AttendanceRecorded.Status.valueOf(rows.getString(5)), rows.getBoolean(6))));
        Map<UUID, List<PartnerHistory.Invitation>> invitations = new HashMap<>();
        query(connection, """
                select i.partner_id, i.meeting_id, i.group_id, i.meeting_starts_at, i.backfilled, m.cancelled_at is not null
                from invitation i left join meeting m on m.meeting_id = i.meeting_id where i.partner_id = any(?)""", ids,
                rows -> add(invitations, rows, new PartnerHistory.Invitation(uuid(rows, 2), uuid(rows, 3), time(rows, 4),
                        day(time(rows, 4)), rows.getBoolean(5), rows.getBoolean(6))));
        Map<UUID, List<PartnerHistory.Answer>> answers = new HashMap<>();
        query(connection, "select partner_id, meeting_id, responded_at, before_meeting from rsvp where partner_id = any(?)", ids,
                rows -> add(answers, rows, new PartnerHistory.Answer(uuid(rows, 2), day(time(rows, 3)), rows.getBoolean(4))));
        Map<UUID, List<PartnerHistory.MinutesToRead>> minutes = new HashMap<>();
        query(connection, """
                select partner_id, meeting_id, group_id, meeting_starts_at, asked_at, acknowledged_at
                from minutes_reading where partner_id = any(?)""", ids,
                rows -> add(minutes, rows, new PartnerHistory.MinutesToRead(uuid(rows, 2), uuid(rows, 3), time(rows, 4),
                        day(time(rows, 5)), day(time(rows, 6)))));
        Map<UUID, List<PartnerHistory.Task>> tasks = new HashMap<>();
        query(connection, """
                select partner_id, task_id, title, group_id, due_date, status, assigned_at, closed_on
                from task where partner_id = any(?)""", ids,
                rows -> add(tasks, rows, new PartnerHistory.Task(uuid(rows, 2), rows.getString(3), uuid(rows, 4),
                        date(rows, 5), PartnerHistory.TaskStatus.valueOf(rows.getString(6)), day(time(rows, 7)),
                        date(rows, 8))));
        Map<UUID, List<PartnerHistory.Pause>> pauses = new HashMap<>();
        query(connection, "select partner_id, starts_on, until, reason from pause where partner_id = any(?)", ids,
                rows -> add(pauses, rows, new PartnerHistory.Pause(date(rows, 2), date(rows, 3), rows.getString(4))));
        Map<UUID, List<UUID>> keyActor = new HashMap<>();
        query(connection, "select partner_id, goal_id from key_actor where partner_id = any(?) order by goal_id", ids,
                rows -> add(keyActor, rows, uuid(rows, 2)));

        Set<UUID> groups = new HashSet<>();
        memberships.values().forEach(list -> list.forEach(membership -> groups.add(membership.groupId())));
        Map<UUID, LocalDate> lastMeeting = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select group_id, max(starts_at) from meeting
                where group_id = any(?) and cancelled_at is null and starts_at < ? group by group_id""")) {
            query.setArray(1, connection.createArrayOf("uuid", groups.toArray()));
            query.setObject(2, today.plusDays(1).atStartOfDay(EngagementCalculator.ZONE).toOffsetDateTime());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    lastMeeting.put(uuid(rows, 1), day(time(rows, 2)));
                }
            }
        }

        Map<UUID, PartnerHistory> histories = new HashMap<>();
        networks.forEach((partner, network) -> {
            List<PartnerHistory.Membership> own = memberships.getOrDefault(partner, List.of());
            Map<UUID, LocalDate> ownGroups = new HashMap<>();
            own.forEach(membership -> {
                LocalDate last = lastMeeting.get(membership.groupId());
                if (last != null) {
                    ownGroups.put(membership.groupId(), last);
                }
            });
            histories.put(partner, new PartnerHistory(network, partner, departed.contains(partner), own,
                    attendances.getOrDefault(partner, List.of()), invitations.getOrDefault(partner, List.of()),
                    answers.getOrDefault(partner, List.of()), minutes.getOrDefault(partner, List.of()),
                    tasks.getOrDefault(partner, List.of()), pauses.getOrDefault(partner, List.of()),
                    keyActor.getOrDefault(partner, List.of()), ownGroups));
        });
        return histories;
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, Object[] partnerIds, RowReader reader) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", partnerIds));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    private static <T> void add(Map<UUID, List<T>> map, ResultSet rows, T value) throws SQLException {
        map.computeIfAbsent(uuid(rows, 1), key -> new ArrayList<>()).add(value);
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

    private static LocalDate day(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(EngagementCalculator.ZONE).toLocalDate();
    }

}
