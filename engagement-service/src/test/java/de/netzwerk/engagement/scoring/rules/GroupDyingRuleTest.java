package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.TODAY;
import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.ZONE;
import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.daysAgo;
import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.meetingStart;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GroupDyingRuleTest {

    private final GroupDyingRule rule = new GroupDyingRule();
    private final UUID group = UUID.randomUUID();

    /** Three invitees, all recorded: one present, so a third — below the standard quorum of half. */
    private static GroupDyingRule.Meeting poorlyAttended(int daysAgo) {
        return new GroupDyingRule.Meeting(UUID.randomUUID(), meetingStart(daysAgo), 1, 1, 1, 3, daysAgo(daysAgo + 7),
                daysAgo(daysAgo));
    }

    private GroupDyingRule.Verdict verdict(int scored, int atRisk, List<GroupDyingRule.Meeting> meetings) {
        return rule.assess(new GroupDyingRule.GroupFacts(group, scored, atRisk, meetings), Policies.standard(), TODAY, ZONE);
    }

    @Test
    void threeMeetingsInARowBelowQuorumMakeTheGroupDyingWithThemAsEvidence() {
        List<GroupDyingRule.Meeting> meetings = List.of(poorlyAttended(10), poorlyAttended(20), poorlyAttended(30));

        GroupDyingRule.Verdict verdict = verdict(3, 0, meetings);

        assertTrue(verdict.dying());
        assertEquals(meetings.stream().map(GroupDyingRule.Meeting::meetingId).toList(),
                verdict.condition().orElseThrow().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void aWellAttendedMeetingAmongTheLastThreeKeepsTheGroupAlive() {
        GroupDyingRule.Meeting wellAttended = new GroupDyingRule.Meeting(UUID.randomUUID(), meetingStart(20), 2, 0, 1, 3,
                daysAgo(27), daysAgo(20));

        assertFalse(verdict(3, 0, List.of(poorlyAttended(10), wellAttended, poorlyAttended(30))).dying());
    }

    @Test
    void mostMembersAtRiskMakeTheGroupDyingWithTheGroupAsEvidence() {
        GroupDyingRule.Verdict verdict = verdict(3, 2, List.of());

        assertTrue(verdict.mostMembersAtRisk());
        assertEquals(List.of(group), verdict.condition().orElseThrow().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void halfTheMembersAtRiskIsNotMost() {
        assertFalse(verdict(4, 2, List.of()).dying());
    }

    @Test
    void aMeetingWhoseAttendanceListIsStillArrivingDoesNotCountYet() {
        GroupDyingRule.Meeting firstLinesOnly = new GroupDyingRule.Meeting(UUID.randomUUID(), meetingStart(2), 0, 0, 1, 3,
                daysAgo(9), daysAgo(2));

        GroupDyingRule.Verdict verdict = verdict(3, 0, List.of(firstLinesOnly, poorlyAttended(20), poorlyAttended(30)));

        assertFalse(verdict.dying(), "two of three invitees' attendance may still be on its way");
    }

    @Test
    void aMeetingEnteredAfterTheFactWhoseListIsStillArrivingDoesNotCountYet() {
        GroupDyingRule.Meeting enteredToday = new GroupDyingRule.Meeting(UUID.randomUUID(), meetingStart(12), 0, 0, 1, 3,
                daysAgo(19), daysAgo(0));

        GroupDyingRule.Verdict verdict = verdict(3, 0, List.of(enteredToday, poorlyAttended(20), poorlyAttended(30)));

        assertFalse(verdict.dying(), "its original dates are long past, but its list began to arrive today");
    }

    @Test
    void aMeetingWithAnIncompleteListCountsOnceTheGracePeriodHasPassed() {
        GroupDyingRule.Meeting incomplete = new GroupDyingRule.Meeting(UUID.randomUUID(), meetingStart(10), 0, 0, 1, 3,
                daysAgo(17), daysAgo(10));

        assertTrue(verdict(3, 0, List.of(incomplete, poorlyAttended(20), poorlyAttended(30))).dying());
    }
}
