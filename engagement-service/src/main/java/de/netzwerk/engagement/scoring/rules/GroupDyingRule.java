package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.Policy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Whether a working group is dying: most of its scored members are at risk, or its last
 * {@value #MEETINGS_BELOW_QUORUM} settled meetings fell below the policy's quorum. A pure function of the group's
 * facts and the policy, like the partner rules.
 *
 * <p>Settled facts: a meeting counts once attendance is recorded for every invitee known, or once
 * {@link SilenceRule#ATTENDANCE_GRACE_DAYS} have passed since it, its invitations and the first line of its list was
 * entered — each partner's attendance is its own event, so a meeting whose first lines of the list have arrived is not
 * yet below quorum, also when it was entered after the fact with its original dates. Members' bands are their latest
 * assessments.
 */
public final class GroupDyingRule {

    /** This many settled meetings in a row below quorum make a group look as if it were dying. */
    public static final int MEETINGS_BELOW_QUORUM = 3;

    /**
     * A meeting of the group with its recorded attendance.
     *
     * @param invited                   invitees known, 0 when no invitations are known
     * @param invitationsKnownOn        the later of when its invitations were sent and when they were entered;
     *                                  null when no invitations are known
     * @param attendanceFirstRecordedOn when the first line of its list was entered; null when not known
     */
    public record Meeting(UUID meetingId, OffsetDateTime startsAt, int present, int excused, int absent, int invited,
            LocalDate invitationsKnownOn, LocalDate attendanceFirstRecordedOn) {

        public int recorded() {
            return present + excused + absent;
        }

        public boolean belowQuorum(Policy policy) {
            return present * 100 < policy.groupQuorumPercent() * recorded();
        }

        /** Its attendance list is complete, or has had the grace period to become so. */
        public boolean settledOn(LocalDate day, ZoneId zone) {
            LocalDate known = startsAt.atZoneSameInstant(zone).toLocalDate();
            for (LocalDate later : new LocalDate[] { invitationsKnownOn, attendanceFirstRecordedOn }) {
                if (later != null && later.isAfter(known)) {
                    known = later;
                }
            }
            return (invited > 0 && recorded() >= invited)
                    || !known.plusDays(SilenceRule.ATTENDANCE_GRACE_DAYS).isAfter(day);
        }
    }

    /**
     * @param meetings newest first
     */
    public record GroupFacts(UUID groupId, int membersScored, int membersAtRisk, List<Meeting> meetings) {
    }

    /** The decision with its reasons, and the alert condition when the group is dying. */
    public record Verdict(boolean mostMembersAtRisk, boolean meetingsBelowQuorum, List<String> reasons,
            Optional<AlertCondition> condition) {

        public boolean dying() {
            return condition.isPresent();
        }
    }

    public Verdict assess(GroupFacts group, Policy policy, LocalDate asOf, ZoneId zone) {
        List<String> reasons = new ArrayList<>();
        boolean mostAtRisk = group.membersScored() > 0 && group.membersAtRisk() * 2 > group.membersScored();
        if (mostAtRisk) {
            reasons.add("most members are at risk (%d of %d)".formatted(group.membersAtRisk(), group.membersScored()));
        }
        List<Meeting> lastSettled = group.meetings().stream().filter(meeting -> meeting.settledOn(asOf, zone))
                .limit(MEETINGS_BELOW_QUORUM).toList();
        boolean belowQuorum = lastSettled.size() == MEETINGS_BELOW_QUORUM
                && lastSettled.stream().allMatch(meeting -> meeting.belowQuorum(policy));
        if (belowQuorum) {
            reasons.add("the last %d meetings were below quorum (%d%% present)"
                    .formatted(MEETINGS_BELOW_QUORUM, policy.groupQuorumPercent()));
        }
        if (reasons.isEmpty()) {
            return new Verdict(false, false, List.of(), Optional.empty());
        }
        List<AlertCondition.Proof> evidence = new ArrayList<>();
        if (belowQuorum) {
            lastSettled.forEach(meeting -> evidence.add(
                    new AlertCondition.Proof("MEETING", meeting.meetingId(), group.groupId(), meeting.startsAt())));
        }
        if (mostAtRisk) {
            evidence.add(new AlertCondition.Proof("GROUP", group.groupId(), group.groupId(),
                    asOf.atStartOfDay(zone).toOffsetDateTime()));
        }
        Text summary = !belowQuorum ? Text.of("summary.group-dying.at-risk", group.membersAtRisk(), group.membersScored())
                : !mostAtRisk ? Text.of("summary.group-dying.below-quorum", MEETINGS_BELOW_QUORUM, policy.groupQuorumPercent())
                : Text.of("summary.group-dying.both", group.membersAtRisk(), group.membersScored(), MEETINGS_BELOW_QUORUM,
                        policy.groupQuorumPercent());
        return new Verdict(mostAtRisk, belowQuorum, List.copyOf(reasons), Optional.of(new AlertCondition(
                AlertRule.GROUP_DYING, group.groupId(), evidence, summary)));
    }
}
