package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory;
import de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What shows that a partner is still there, each by its own date: attendance (present or excused), an answer to an
 * invitation, minutes read, a task completed, and their part in the resource exchange (an offer or a need posted, an
 * exchange agreed or completed). Signs of life keep the SILENCE rule quiet; none of them moves the score.
 */
public final class SignsOfLife {

    /** What the partner did. */
    public enum Activity {
        ATTENDED,
        ANSWERED_INVITATION,
        READ_MINUTES,
        COMPLETED_TASK,
        POSTED_OFFER,
        POSTED_NEED,
        AGREED_EXCHANGE,
        COMPLETED_EXCHANGE
    }

    /**
     * One sign of life.
     *
     * @param kind        what {@code referenceId} names: MEETING, TASK, EXCHANGE_OFFER, EXCHANGE_NEED or
     *                    EXCHANGE_MATCH (an alert's evidence kinds)
     * @param groupId     the group it happened in, if it is known
     * @param occurredAt  when: a meeting's start, the day an answer, reading or completion was made, the time an
     *                    exchange event says
     */
    public record Sign(Activity activity, String kind, UUID referenceId, UUID groupId, OffsetDateTime occurredAt) {

        AlertCondition.Proof proof() {
            return new AlertCondition.Proof(kind, referenceId, groupId, occurredAt);
        }
    }

    private SignsOfLife() {
    }

    /** The partner's latest sign of life on or before {@code asOf} (days in {@code zone}), if there is one. */
    public static Optional<Sign> last(PartnerHistory history, LocalDate asOf, ZoneId zone) {
        List<Sign> signs = new ArrayList<>();
        history.attendances().stream()
                .filter(attendance -> attendance.status() != AttendanceStatus.ABSENT
                        && !attendance.date().isAfter(asOf))
                .forEach(attendance -> signs.add(new Sign(Activity.ATTENDED, "MEETING", attendance.meetingId(),
                        attendance.groupId(), attendance.startsAt())));
        history.answers().stream().filter(answer -> !answer.respondedOn().isAfter(asOf))
                .forEach(answer -> signs.add(new Sign(Activity.ANSWERED_INVITATION, "MEETING", answer.meetingId(), null,
                        startOf(answer.respondedOn(), zone))));
        history.minutes().stream()
                .filter(minutes -> minutes.acknowledgedOn() != null && !minutes.acknowledgedOn().isAfter(asOf))
                .forEach(minutes -> signs.add(new Sign(Activity.READ_MINUTES, "MEETING", minutes.meetingId(),
                        minutes.groupId(), startOf(minutes.acknowledgedOn(), zone))));
        history.tasks().stream().filter(task -> task.completedBy(asOf))
                .forEach(task -> signs.add(new Sign(Activity.COMPLETED_TASK, "TASK", task.taskId(), task.groupId(),
                        startOf(task.closedOn(), zone))));
        history.exchanges().stream()
                .filter(exchange -> !exchange.occurredAt().atZoneSameInstant(zone).toLocalDate().isAfter(asOf))
                .forEach(exchange -> signs.add(sign(exchange)));
        return signs.stream().max(Comparator.comparing(Sign::occurredAt)
                .thenComparing(sign -> sign.referenceId().toString()));
    }

    private static Sign sign(PartnerHistory.Exchange exchange) {
        return switch (exchange.activity()) {
            case OFFER_POSTED -> new Sign(Activity.POSTED_OFFER, "EXCHANGE_OFFER", exchange.referenceId(), null,
                    exchange.occurredAt());
            case NEED_POSTED -> new Sign(Activity.POSTED_NEED, "EXCHANGE_NEED", exchange.referenceId(), null,
                    exchange.occurredAt());
            case AGREED -> new Sign(Activity.AGREED_EXCHANGE, "EXCHANGE_MATCH", exchange.referenceId(), null,
                    exchange.occurredAt());
            case COMPLETED -> new Sign(Activity.COMPLETED_EXCHANGE, "EXCHANGE_MATCH", exchange.referenceId(), null,
                    exchange.occurredAt());
        };
    }

    private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toOffsetDateTime();
    }
}
