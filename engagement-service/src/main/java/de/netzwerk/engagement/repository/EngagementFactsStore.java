package de.netzwerk.engagement.repository;

import de.netzwerk.engagement.event.EngagementPart.AnswerRecord;
import de.netzwerk.engagement.event.EngagementPart.AttendanceRecord;
import de.netzwerk.engagement.event.EngagementPart.ExchangeRecord;
import de.netzwerk.engagement.event.EngagementPart.Facts;
import de.netzwerk.engagement.event.EngagementPart.InvitationRecord;
import de.netzwerk.engagement.event.EngagementPart.MembershipRecord;
import de.netzwerk.engagement.event.EngagementPart.MinutesRecord;
import de.netzwerk.engagement.event.EngagementPart.TaskRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The facts this service keeps about one partner, read for their personal-data export: every replica row that names
 * them, as it is stored. Kept beside the export it serves, which is its only reader.
 */
@ApplicationScoped
public class EngagementFactsStore {

    private final EntityManager entityManager;

    EngagementFactsStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Facts of(String network, UUID partner) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> facts(connection, network, partner));
    }

    private static Facts facts(Connection connection, String network, UUID partner) throws SQLException {
        Rows rows = new Rows(connection, network, partner);
        List<MembershipRecord> memberships = rows.list("""
                        select group_id, joined_on, left_on from membership
                        where network_id = ? and partner_id = ? order by joined_on, group_id""",
                row -> new MembershipRecord(row.getObject(1, UUID.class), row.getObject(2, LocalDate.class),
                        row.getObject(3, LocalDate.class)));
        List<OffsetDateTime> left = rows.list("""
                        select left_at from partner_departure where network_id = ? and partner_id = ?""",
                row -> row.getObject(1, OffsetDateTime.class));
        List<InvitationRecord> invitations = rows.list("""
                        select meeting_id, group_id, meeting_starts_at from invitation
                        where network_id = ? and partner_id = ? order by meeting_starts_at, meeting_id""",
                row -> new InvitationRecord(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, OffsetDateTime.class)));
        List<AnswerRecord> answers = rows.list("""
                        select meeting_id, group_id, meeting_starts_at, answer, responded_at, before_meeting from rsvp
                        where network_id = ? and partner_id = ? order by meeting_starts_at, meeting_id""",
                row -> new AnswerRecord(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, OffsetDateTime.class), row.getString(4), row.getObject(5, OffsetDateTime.class),
                        row.getBoolean(6)));
        List<AttendanceRecord> attendance = rows.list("""
                        select meeting_id, group_id, meeting_starts_at, status, revision from attendance
                        where network_id = ? and partner_id = ? order by meeting_starts_at, meeting_id""",
                row -> new AttendanceRecord(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, OffsetDateTime.class), row.getString(4), row.getInt(5)));
        List<MinutesRecord> minutes = rows.list("""
                        select meeting_id, group_id, meeting_starts_at, asked_at, acknowledged_at from minutes_reading
                        where network_id = ? and partner_id = ? order by meeting_starts_at, meeting_id""",
                row -> new MinutesRecord(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, OffsetDateTime.class), row.getObject(4, OffsetDateTime.class),
                        row.getObject(5, OffsetDateTime.class)));
        List<TaskRecord> tasks = rows.list("""
                        select t.task_id, t.group_id, t.goal_id, t.due_date, t.status, t.assigned_at, t.closed_on,
                            n.noticed_on
                        from task t left join task_overdue_notice n
                            on n.network_id = t.network_id and n.task_id = t.task_id and n.due_date = t.due_date
                        where t.network_id = ? and t.partner_id = ? order by t.assigned_at, t.task_id""",
                row -> new TaskRecord(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getObject(4, LocalDate.class), row.getString(5),
                        row.getObject(6, OffsetDateTime.class), row.getObject(7, LocalDate.class),
                        row.getObject(8, LocalDate.class)));
        List<UUID> keyActorOfGoals = rows.list("""
                        select goal_id from key_actor where network_id = ? and partner_id = ? order by goal_id""",
                row -> row.getObject(1, UUID.class));
        List<ExchangeRecord> exchanges = rows.list("""
                        select activity, reference_id, occurred_at from exchange_activity
                        where network_id = ? and partner_id = ? order by occurred_at, activity, reference_id""",
                row -> new ExchangeRecord(row.getString(1), row.getObject(2, UUID.class),
                        row.getObject(3, OffsetDateTime.class)));
        return new Facts(memberships, left.isEmpty() ? null : left.getFirst(), invitations, answers, attendance,
                minutes, tasks, keyActorOfGoals, exchanges);
    }

    /** Queries of one partner's rows: each statement takes the network and the partner as its two parameters. */
    private record Rows(Connection connection, String network, UUID partner) {

        interface Mapper<T> {
            T map(ResultSet row) throws SQLException;
        }

        <T> List<T> list(String sql, Mapper<T> mapper) throws SQLException {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, network);
                query.setObject(2, partner);
                List<T> found = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        found.add(mapper.map(row));
                    }
                }
                return found;
            }
        }
    }
}
