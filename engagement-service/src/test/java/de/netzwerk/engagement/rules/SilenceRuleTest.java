package de.netzwerk.engagement.rules;

import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.rules.HistoryBuilder.aPartner;
import static de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus.ABSENT;
import static de.netzwerk.engagement.scoring.PartnerHistory.AttendanceStatus.PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SilenceRuleTest {

    private final SilenceRule rule = new SilenceRule();
    private final UUID group = UUID.randomUUID();

    /** A member for 300 days, last seen 100 days ago. */
    private HistoryBuilder silentMember() {
        HistoryBuilder history = aPartner().memberOf(group, 300);
        history.attended(group, 100, PRESENT);
        return history;
    }

    @Test
    void invitationsToAPastMeetingAloneDoNotMakeTheGroupActive() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 0, false);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())), "its attendance may still be on its way");
    }

    @Test
    void aMeetingWithoutAttendanceMakesTheGroupActiveOnceTheGracePeriodHasPassed() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 30, false);

        assertEquals(AlertRule.SILENCE, rule.conditions(history.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aMeetingWithRecordedAttendanceMakesTheGroupActiveAtOnce() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 0, true);

        List<AlertCondition> conditions = rule.conditions(history.today(Policies.standard()));

        assertEquals(AlertRule.SILENCE, conditions.getFirst().rule());
        assertEquals(HistoryBuilder.meetingStart(100), conditions.getFirst().evidence().getFirst().occurredAt(),
                "the last sign of life is the evidence");
    }

    @Test
    void aRecentAnswerIsASignOfLife() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 90, true).answered(UUID.randomUUID(), 20);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void anUnexcusedAbsenceIsNoSignOfLife() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 90, true);
        history.attended(group, 80, ABSENT);

        assertEquals(AlertRule.SILENCE, rule.conditions(history.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aGroupThatNoLongerMeetsIsNoReasonToExpectAnything() {
        HistoryBuilder history = silentMember().groupMet(group, 95, 100, true);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void aMemberWhoJoinedRecentlyIsNotSilentYet() {
        HistoryBuilder history = aPartner().memberOf(group, 30).groupMet(group, 10, 20, true);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }
}
