package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Everything engagement-service holds about one partner, as the export shows it to them: their engagement today with
 * every point explained, the alerts about them with their evidence and follow-up (the coordinators' notes too: they
 * are about the partner, who may read them), their cases, their pauses with reason and note, and the facts the score
 * rests on. engagement-service keeps no history of scores: the score is computed from the facts, which are all here.
 * A part of an erased partner says so and holds nothing; one never heard of holds nothing either.
 *
 * <p>{@code scoringObjections}: every objection to scoring they made (issue 14, item 5), oldest first, each with their
 * own words and what became of it — a withdrawn or rejected one too (Art. 15 covers them all); empty if they never
 * objected. While the latest stands (open or upheld) they are not scored, so {@code engagement} is null: the export
 * computes no score the partner objected to.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EngagementPart(boolean erased, Score engagement, List<AlertRecord> alerts, List<CaseRecord> cases,
        List<PauseRecord> pauses, Facts facts, List<ObjectionRecord> scoringObjections) {

    public static EngagementPart ofErased() {
        return new EngagementPart(true, null, List.of(), List.of(), List.of(), Facts.NONE, List.of());
    }

    /** The score as computed today from the facts below; {@code 100 + sum(ledger.points) = score}. */
    public record Score(LocalDate asOf, Integer score, String band, Integer baseline, Integer trend, boolean paused,
            int policyVersion, List<ComponentRecord> components, List<LedgerRecord> ledger) {
    }

    public record ComponentRecord(String kind, double weight, double value, int pointsLost, int items) {
    }

    /** One thing that took points away, and why, as the engagement view explains it. */
    public record LedgerRecord(int points, String component, LocalDate date, String kind, UUID referenceId,
            UUID groupId, String reason, String explanation) {
    }

    public record AlertRecord(UUID alertId, UUID caseId, String rule, UUID groupId, String status,
            OffsetDateTime raisedAt, String summary, List<EvidenceRecord> evidence, String suggestedNextStep,
            OffsetDateTime conditionEndedAt, FollowUpRecord followUp) {
    }

    /** A meeting, task, goal or group the alert rests on, by id. */
    public record EvidenceRecord(String kind, UUID id, UUID groupId, OffsetDateTime occurredAt) {
    }

    /** Who took up the alert and when, how the partner was contacted, the cause found, the note, how it ended. */
    public record FollowUpRecord(OffsetDateTime acknowledgedAt, String acknowledgedBy, OffsetDateTime contactedAt,
            String contactedBy, String contactChannel, String cause, String note, OffsetDateTime closedAt,
            String closedBy, String closingReason) {
    }

    public record CaseRecord(UUID caseId, String status, OffsetDateTime openedAt, OffsetDateTime closedAt,
            String closingReason) {
    }

    /**
     * An objection to scoring: their reason (their own words), who recorded it and when (the
     * partner, or a coordinator on their behalf), and who decided it or withdrew it, when, and on what grounds.
     */
    public record ObjectionRecord(String status, String reason, OffsetDateTime recordedAt, String recordedBy,
            boolean recordedOnBehalf, OffsetDateTime decidedAt, String decidedBy, String justification) {
    }

    public record PauseRecord(LocalDate startsOn, LocalDate until, String reason, String note,
            OffsetDateTime recordedAt) {
    }

    /**
     * The facts learnt from partner-, meeting- and task-events that the score and the alerts rest on; {@code exchanges}:
     * their part in the resource exchange, signs of life that never move the score.
     */
    public record Facts(List<MembershipRecord> memberships, OffsetDateTime leftNetworkAt,
            List<InvitationRecord> invitations, List<AnswerRecord> answers, List<AttendanceRecord> attendance,
            List<MinutesRecord> minutes, List<TaskRecord> tasks, List<UUID> keyActorOfGoals,
            List<ExchangeRecord> exchanges) {

        public static final Facts NONE = new Facts(List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
    }

    /**
     * An offer or a need the partner posted (OFFER_POSTED, NEED_POSTED; {@code referenceId} is the offer or the need),
     * or an exchange they agreed or completed (AGREED, COMPLETED; the match), with when. Its text stays in
     * partner-service, whose part of the export holds it.
     */
    public record ExchangeRecord(String activity, UUID referenceId, OffsetDateTime occurredAt) {
    }

    public record MembershipRecord(UUID groupId, LocalDate joinedOn, LocalDate leftOn) {
    }

    public record InvitationRecord(UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt) {
    }

    /** {@code beforeMeeting}: answered before the meeting began, which counts as responsive. */
    public record AnswerRecord(UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt, String answer,
            OffsetDateTime respondedAt, boolean beforeMeeting) {
    }

    public record AttendanceRecord(UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt, String status,
            int revision) {
    }

    /** Minutes of a meeting the partner was asked to read (invited, not present), and when they read them. */
    public record MinutesRecord(UUID meetingId, UUID groupId, OffsetDateTime meetingStartsAt, OffsetDateTime askedAt,
            OffsetDateTime acknowledgedAt) {
    }

    /**
     * A task the partner owns, by id and due date (its title is not kept here); {@code overdueNoticedOn}: when
     * task-service's deadline clock said it is overdue by its current due date.
     */
    public record TaskRecord(UUID taskId, UUID groupId, UUID goalId, LocalDate dueDate, String status,
            OffsetDateTime assignedAt, LocalDate closedOn, LocalDate overdueNoticedOn) {
    }
}
