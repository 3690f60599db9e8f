package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Nothing from the partner for {@code silenceDays} (no attendance, answer, minutes read, task done or part in the
 * resource exchange) while they belong to a group that still meets. The evidence is their last sign of life (or the
 * group, if there never was one), so one silence is one alert however often it is looked at.
 *
 * <p>Settled facts: a group still meets, for the partner assessed, when one of its meetings in that time is settled
 * for them — their own attendance at it is recorded, or {@link #ATTENDANCE_GRACE_DAYS} have passed since it took
 * place, since its invitations were sent and since the first line of its attendance was entered
 * ({@link PartnerHistory.GroupMeeting#settledOn}). Invitations alone are no evidence, and neither is another member's
 * line: attendance is keyed per partner, so the lines of one list are applied in any order, and a partner whose line
 * has not arrived yet is not silent. The partner's signs of life are those of {@link SignsOfLife}, each by its own
 * date: an offer posted in the resource exchange keeps a partner from being silent as much as a meeting attended.
 */
public final class SilenceRule implements PartnerRule {

    /**
     * Days a meeting's attendance may take to be recorded: until then a meeting without the partner's own line is
     * not yet a settled fact for them.
     */
    public static final int ATTENDANCE_GRACE_DAYS = 7;

    @Override
    public AlertRule rule() {
        return AlertRule.SILENCE;
    }

    @Override
    public List<AlertCondition> conditions(RuleInput input) {
        PartnerHistory history = input.history();
        LocalDate asOf = input.asOf();
        LocalDate since = asOf.minusDays(input.policy().silenceDays());
        List<UUID> activeGroups = history.memberships().stream()
                .filter(membership -> membership.activeOn(asOf) && !membership.joinedOn().isAfter(since))
                .map(PartnerHistory.Membership::groupId)
                .filter(group -> history.groupMeetings().getOrDefault(group, List.of()).stream()
                        .anyMatch(meeting -> !meeting.date().isBefore(since) && !meeting.date().isAfter(asOf)
                                && meeting.settledOn(asOf, ATTENDANCE_GRACE_DAYS)))
                .sorted(Comparator.comparing(UUID::toString))
                .toList();
        if (activeGroups.isEmpty()) {
            return List.of();
        }
        AlertCondition.Proof lastSign = lastSignOfLife(input);
        if (lastSign != null && !input.dayOf(lastSign.occurredAt()).isBefore(since)) {
            return List.of();
        }
        AlertCondition.Proof evidence = lastSign != null ? lastSign
                : new AlertCondition.Proof("GROUP", activeGroups.getFirst(), activeGroups.getFirst(), input.startOf(since));
        Text summary = lastSign == null ? Text.of("summary.silence.never")
                : Text.of("summary.silence.since", input.dayOf(lastSign.occurredAt()));
        return List.of(new AlertCondition(AlertRule.SILENCE, activeGroups.getFirst(), List.of(evidence), summary));
    }

    private static AlertCondition.Proof lastSignOfLife(RuleInput input) {
        return SignsOfLife.last(input.history(), input.asOf(), input.zone()).map(SignsOfLife.Sign::proof).orElse(null);
    }
}
