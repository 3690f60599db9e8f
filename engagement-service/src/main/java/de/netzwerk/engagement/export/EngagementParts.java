package de.netzwerk.engagement.export;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertCase;
import de.netzwerk.engagement.Evidence;
import de.netzwerk.engagement.ObjectionStatus;
import de.netzwerk.engagement.ScoringObjection;
import de.netzwerk.engagement.alerting.CaseText;
import de.netzwerk.engagement.event.EngagementPart;
import de.netzwerk.engagement.event.EngagementPart.AlertRecord;
import de.netzwerk.engagement.event.EngagementPart.AnswerRecord;
import de.netzwerk.engagement.event.EngagementPart.AttendanceRecord;
import de.netzwerk.engagement.event.EngagementPart.CaseRecord;
import de.netzwerk.engagement.event.EngagementPart.ComponentRecord;
import de.netzwerk.engagement.event.EngagementPart.EvidenceRecord;
import de.netzwerk.engagement.event.EngagementPart.ExchangeRecord;
import de.netzwerk.engagement.event.EngagementPart.Facts;
import de.netzwerk.engagement.event.EngagementPart.FollowUpRecord;
import de.netzwerk.engagement.event.EngagementPart.InvitationRecord;
import de.netzwerk.engagement.event.EngagementPart.LedgerRecord;
import de.netzwerk.engagement.event.EngagementPart.MembershipRecord;
import de.netzwerk.engagement.event.EngagementPart.MinutesRecord;
import de.netzwerk.engagement.event.EngagementPart.ObjectionRecord;
import de.netzwerk.engagement.event.EngagementPart.PauseRecord;
import de.netzwerk.engagement.event.EngagementPart.Score;
import de.netzwerk.engagement.event.EngagementPart.TaskRecord;
import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.repository.AlertCaseRepository;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.repository.ScoringObjectionRepository;
import de.netzwerk.engagement.scoring.Assessment;
import de.netzwerk.engagement.service.AssessmentService;
import de.netzwerk.engagement.service.PauseService;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Reads what this service holds about one partner of a network into their {@link EngagementPart}: every table that
 * names a partner (see {@code PartnerTraces}, which erases the same rows), each read by network and partner, so that
 * nothing of another partner or network comes along. A group's alerts (GROUP_DYING) are the network's, not the
 * partner's, and are not part of it. Reads in the caller's transaction: the part shows the batch it answers.
 */
@ApplicationScoped
public class EngagementParts {

    private final AssessmentService assessments;
    private final AlertRepository alerts;
    private final AlertCaseRepository cases;
    private final PauseService pauses;
    private final ScoringObjectionRepository objections;
    private final EntityManager entityManager;

    EngagementParts(AssessmentService assessments, AlertRepository alerts, AlertCaseRepository cases,
            PauseService pauses, ScoringObjectionRepository objections, EntityManager entityManager) {
        this.assessments = assessments;
        this.alerts = alerts;
        this.cases = cases;
        this.pauses = pauses;
        this.objections = objections;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EngagementPart of(String network, UUID partner) {
        List<ScoringObjection> objectionsOfPartner = objections.allOf(network, partner);
        ScoringObjection latest = objectionsOfPartner.isEmpty() ? null : objectionsOfPartner.getLast();
        // A partner who objects is not scored, not even for their export.
        boolean scored = latest == null || !ObjectionStatus.STANDING.contains(latest.status);
        Score score = !scored ? null : assessments.currentInTransaction(network, partner)
                .map(current -> score(current.assessment(), current.policyVersion())).orElse(null);
        Parameters ofPartner = Parameters.with("network", network).and("partner", partner);
        List<AlertRecord> alertRecords = alerts
                .find("networkId = :network and partnerId = :partner", Sort.by("raisedAt").and("id"), ofPartner)
                .stream().map(EngagementParts::alert).toList();
        List<CaseRecord> caseRecords = cases
                .find("networkId = :network and partnerId = :partner", Sort.by("openedAt").and("id"), ofPartner)
                .stream().map(EngagementParts::alertCase).toList();
        List<PauseRecord> pauseRecords = pauses.of(network, partner).stream()
                .map(pause -> new PauseRecord(pause.startsOn(), pause.until(), pause.reason().name(), pause.note(),
                        pause.createdAt()))
                .toList();
        Facts facts = entityManager.unwrap(Session.class).doReturningWork(connection -> facts(connection, network, partner));
        return new EngagementPart(false, score, alertRecords, caseRecords, pauseRecords, facts,
                objectionsOfPartner.stream().map(EngagementParts::objection).toList());
    }

    private static ObjectionRecord objection(ScoringObjection objection) {
        return new ObjectionRecord(objection.status.name(), objection.reason,
                objection.recordedAt, objection.recordedBy, objection.recordedOnBehalf, objection.decidedAt,
                objection.decidedBy, objection.justification);
    }

    private static Score score(Assessment assessment, int policyVersion) {
        return new Score(assessment.asOf(), assessment.score(), assessment.band() == null ? null : assessment.band().name(),
                assessment.baseline(), assessment.trend(), assessment.paused(), policyVersion,
                assessment.components().stream().map(component -> new ComponentRecord(component.kind().name(),
                        component.weight(), component.value(), component.pointsLost(), component.items())).toList(),
                assessment.ledger().stream().map(entry -> new LedgerRecord(entry.points(), entry.component().name(),
                        entry.date(), entry.kind(), entry.referenceId(), entry.groupId(), entry.reason(),
                        entry.explanation())).toList());
    }

    private static AlertRecord alert(Alert alert) {
        List<EvidenceRecord> evidence = alert.evidence.stream()
                .sorted(Comparator.comparing((Evidence item) -> item.occurredAt)
                        .thenComparing(item -> item.referenceId.toString()))
                .map(item -> new EvidenceRecord(item.kind.name(), item.referenceId, item.groupId, item.occurredAt))
                .toList();
        FollowUpRecord followUp = new FollowUpRecord(alert.acknowledgedAt, alert.acknowledgedBy, alert.contactedAt,
                alert.contactedBy, name(alert.contactChannel), name(alert.cause), alert.note, alert.closedAt,
                alert.closedBy, name(alert.closingReason));
        return new AlertRecord(alert.id, alert.caseId, alert.rule.name(), alert.groupId, alert.status.name(),
                alert.raisedAt, alert.summary, evidence, CaseText.suggestedNextStep(alert.rule, Languages.ENGLISH), alert.conditionEndedAt,
                followUp);
    }

    private static CaseRecord alertCase(AlertCase found) {
        return new CaseRecord(found.id, found.status.name(), found.openedAt, found.closedAt, name(found.closingReason));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
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
