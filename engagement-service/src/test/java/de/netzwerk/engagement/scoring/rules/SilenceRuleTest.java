package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.aPartner;
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
        HistoryBuilder history = silentMember().groupMet(group, 80, 0);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())), "its attendance may still be on its way");
    }

    @Test
    void aMeetingWithoutAttendanceMakesTheGroupActiveOnceTheGracePeriodHasPassed() {
        HistoryBuilder history = silentMember().groupMet(group, 80, 30);

        assertEquals(AlertRule.SILENCE, rule.conditions(history.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aMeetingWithThePartnersOwnLineRecordedMakesTheGroupActiveAtOnce() {
        HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 0, ABSENT);

        List<AlertCondition> conditions = rule.conditions(history.today(Policies.standard()));

        assertEquals(AlertRule.SILENCE, conditions.getFirst().rule());
        assertEquals(HistoryBuilder.meetingStart(100), conditions.getFirst().evidence().getFirst().occurredAt(),
                "the last sign of life is the evidence");
    }

    @Test
    void anotherMembersLineDoesNotMakeTheGroupActiveWhileThePartnersOwnLineMayStillBeOnItsWay() {
        HistoryBuilder history = silentMember().groupMetWithOthersRecorded(group, 80, 81, 0);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())),
                "a meeting entered today with its original dates: the partner's line is keyed apart from the others'");
    }

    @Test
    void thePartnersOwnLineRecordedAbsentMakesTheGroupActive() {
        HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 81, ABSENT);

        assertEquals(AlertRule.SILENCE, rule.conditions(history.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aMeetingWithoutThePartnersLineMakesTheGroupActiveOnceTheGracePeriodSinceItsFirstLineHasPassed() {
        HistoryBuilder stillWaiting = silentMember().groupMetWithOthersRecorded(group, 80, 81,
                SilenceRule.ATTENDANCE_GRACE_DAYS - 1);
        HistoryBuilder graceOver = silentMember().groupMetWithOthersRecorded(group, 80, 81,
                SilenceRule.ATTENDANCE_GRACE_DAYS);

        assertEquals(List.of(), rule.conditions(stillWaiting.today(Policies.standard())));
        assertEquals(AlertRule.SILENCE, rule.conditions(graceOver.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aRecentAnswerIsASignOfLife() {
        HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 90, ABSENT).answered(UUID.randomUUID(), 20);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void anOfferOrNeedPostedOrAnExchangeAgreedOrCompletedIsASignOfLife() {
        for (PartnerHistory.ExchangeActivity activity : PartnerHistory.ExchangeActivity.values()) {
            HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 90, ABSENT);
            history.tookPartInExchange(activity, 10);

            assertEquals(List.of(), rule.conditions(history.today(Policies.standard())), activity.name());
        }
    }

    @Test
    void anExchangeBeforeTheSilenceIsItsEvidenceWhenItIsTheLastSignOfLife() {
        HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 90, ABSENT);
        UUID offer = history.tookPartInExchange(PartnerHistory.ExchangeActivity.OFFER_POSTED, 95);

        AlertCondition.Proof evidence = rule.conditions(history.today(Policies.standard())).getFirst().evidence()
                .getFirst();

        assertEquals("EXCHANGE_OFFER", evidence.kind());
        assertEquals(offer, evidence.id());
    }

    @Test
    void anUnexcusedAbsenceIsNoSignOfLife() {
        HistoryBuilder history = silentMember().groupMetWithOwnLine(group, 80, 90, ABSENT);

        assertEquals(AlertRule.SILENCE, rule.conditions(history.today(Policies.standard())).getFirst().rule());
    }

    @Test
    void aGroupThatNoLongerMeetsIsNoReasonToExpectAnything() {
        HistoryBuilder history = silentMember().groupMetWithOthersRecorded(group, 95, 100, 95);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void aMemberWhoJoinedRecentlyIsNotSilentYet() {
        HistoryBuilder history = aPartner().memberOf(group, 30).groupMetWithOthersRecorded(group, 10, 20, 10);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }
}
