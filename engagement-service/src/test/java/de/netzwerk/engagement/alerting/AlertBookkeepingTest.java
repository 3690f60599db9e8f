package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.alerting.AlertDecision.ClearConditionEnded;
import de.netzwerk.engagement.alerting.AlertDecision.ExtendEvidence;
import de.netzwerk.engagement.alerting.AlertDecision.MarkConditionEnded;
import de.netzwerk.engagement.alerting.AlertDecision.Nothing;
import de.netzwerk.engagement.alerting.AlertDecision.Raise;
import de.netzwerk.engagement.alerting.AlertDecision.ReplaceEvidence;
import de.netzwerk.engagement.alerting.AlertDecision.Restate;
import de.netzwerk.engagement.alerting.AlertDecision.Withdraw;
import de.netzwerk.engagement.alerting.KnownAlert.State;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static de.netzwerk.engagement.scoring.AlertRule.ABSENCE_STREAK;
import static de.netzwerk.engagement.scoring.AlertRule.SCORE_DROP;
import static de.netzwerk.engagement.scoring.AlertRule.SILENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AlertBookkeepingTest {

    /** The ids the bookkeeping hands out, in order: the first alert raised, then the case it opens. */
    private static final UUID NEW_ALERT = new UUID(0, 1);
    private static final UUID NEW_CASE = new UUID(0, 2);
    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2026, 11, 2, 18, 0, 0, 0, ZoneOffset.UTC);

    private final AtomicLong handedOut = new AtomicLong();
    private final AlertBookkeeping bookkeeping = new AlertBookkeeping(() -> new UUID(0, handedOut.incrementAndGet()));
    private final UUID openCase = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private final UUID firstMeeting = UUID.randomUUID();
    private final UUID secondMeeting = UUID.randomUUID();
    private final UUID thirdMeeting = UUID.randomUUID();

    @Test
    void aConditionNotSeenBeforeRaisesAnAlert() {
        AlertCondition streak = absences(firstMeeting, secondMeeting);

        assertEquals(List.of(new Raise(NEW_ALERT, streak, NEW_CASE, true)), bookkeeping.decide(List.of(), List.of(streak)));
    }

    @Test
    void aNewMissedMeetingJoinsTheOpenAlertOfItsRule() {
        KnownAlert open = alert(ABSENCE_STREAK, State.OPEN, firstMeeting, secondMeeting);
        AlertCondition longer = absences(firstMeeting, secondMeeting, thirdMeeting);

        assertEquals(List.of(new ExtendEvidence(open.id(), longer)), bookkeeping.decide(List.of(open), List.of(longer)));
    }

    @Test
    void theSameConditionAgainChangesNothing() {
        KnownAlert open = alert(ABSENCE_STREAK, State.FOLLOWED_UP, firstMeeting, secondMeeting);
        AlertCondition same = absences(firstMeeting, secondMeeting);

        assertEquals(List.of(new Nothing(open.id(), same, Nothing.Why.ALREADY_IN_OPEN_ALERT)),
                bookkeeping.decide(List.of(open), List.of(same)));
    }

    @Test
    void aNewSummaryOfTheSameEvidenceRestatesTheAlert() {
        KnownAlert open = alert(ABSENCE_STREAK, State.OPEN, firstMeeting, secondMeeting);
        AlertCondition reworded = new AlertCondition(ABSENCE_STREAK, group, proofs(firstMeeting, secondMeeting),
                Text.of("summary.absence-streak", 2, "reworded"));

        assertEquals(List.of(new Restate(open.id(), reworded)), bookkeeping.decide(List.of(open), List.of(reworded)));
    }

    @Test
    void aLaterSignOfLifeTakesThePlaceOfTheSilenceAlertsEvidence() {
        KnownAlert open = alert(SILENCE, State.OPEN, firstMeeting);
        AlertCondition later = new AlertCondition(SILENCE, group, proofs(secondMeeting), Text.of("summary.silence.never"));

        assertEquals(List.of(new ReplaceEvidence(open.id(), later)), bookkeeping.decide(List.of(open), List.of(later)));
    }

    @Test
    void evidenceACoordinatorAlreadyClosedRaisesNothing() {
        KnownAlert closed = alert(ABSENCE_STREAK, State.CLOSED, firstMeeting, secondMeeting);
        AlertCondition same = absences(firstMeeting, secondMeeting);

        assertEquals(List.of(new Nothing(null, same, Nothing.Why.ALREADY_FOLLOWED_UP)),
                bookkeeping.decide(List.of(closed), List.of(same)));
    }

    @Test
    void aWithdrawnAlertDoesNotHoldBackTheSameConditionLater() {
        KnownAlert withdrawn = alert(ABSENCE_STREAK, State.WITHDRAWN, firstMeeting, secondMeeting);
        AlertCondition again = absences(firstMeeting, secondMeeting);

        assertEquals(List.of(new Raise(NEW_ALERT, again, NEW_CASE, true)), bookkeeping.decide(List.of(withdrawn), List.of(again)));
    }

    @Test
    void aClosedAlertDoesNotHoldBackEvidenceItDidNotShow() {
        KnownAlert closed = alert(ABSENCE_STREAK, State.CLOSED, firstMeeting, secondMeeting);
        AlertCondition longer = absences(secondMeeting, thirdMeeting);

        assertEquals(List.of(new Raise(NEW_ALERT, longer, NEW_CASE, true)), bookkeeping.decide(List.of(closed), List.of(longer)));
    }

    @Test
    void theSameRuleInASecondGroupJoinsTheAlertRaisedForTheFirst() {
        AlertCondition here = absences(firstMeeting, secondMeeting);
        AlertCondition there = new AlertCondition(ABSENCE_STREAK, UUID.randomUUID(), proofs(thirdMeeting), Text.of("summary.absence-streak", 1, "elsewhere"));

        assertEquals(List.of(new Raise(NEW_ALERT, here, NEW_CASE, true), new ExtendEvidence(NEW_ALERT, there)),
                bookkeeping.decide(List.of(), List.of(here, there)));
    }

    @Test
    void anAlertNobodyActedOnIsWithdrawnWhenItsConditionEnds() {
        KnownAlert open = alert(ABSENCE_STREAK, State.OPEN, firstMeeting, secondMeeting);

        assertEquals(List.of(new Withdraw(open.id())), bookkeeping.decide(List.of(open), List.of()));
    }

    @Test
    void anAlertBeingFollowedUpIsMarkedOnceWhenItsConditionEnds() {
        KnownAlert followed = alert(ABSENCE_STREAK, State.FOLLOWED_UP, firstMeeting, secondMeeting);
        KnownAlert alreadyMarked = new KnownAlert(UUID.randomUUID(), openCase, SCORE_DROP, State.FOLLOWED_UP, Set.of(), Text.of("summary.score-drop", 95, 65, 60), true);

        assertEquals(List.of(new MarkConditionEnded(followed.id())),
                bookkeeping.decide(List.of(followed, alreadyMarked), List.of()));
    }

    @Test
    void aConditionBackClearsTheMarkThatItEnded() {
        KnownAlert marked = new KnownAlert(UUID.randomUUID(), openCase, ABSENCE_STREAK, State.FOLLOWED_UP,
                Set.of(new KnownAlert.Proof("MEETING", firstMeeting), new KnownAlert.Proof("MEETING", secondMeeting)),
                Text.of("summary.absence-streak", 2), true);
        AlertCondition back = absences(firstMeeting, secondMeeting);

        assertEquals(List.of(new ClearConditionEnded(marked.id())), bookkeeping.decide(List.of(marked), List.of(back)));
    }

    @Test
    void closedAndWithdrawnAlertsAreNotEndedAgain() {
        KnownAlert closed = alert(ABSENCE_STREAK, State.CLOSED, firstMeeting);
        KnownAlert withdrawn = alert(SCORE_DROP, State.WITHDRAWN);

        assertEquals(List.of(), bookkeeping.decide(List.of(closed, withdrawn), List.of()));
    }

    @Test
    void aNewReasonJoinsThePartnersOpenCase() {
        KnownAlert streak = alert(ABSENCE_STREAK, State.FOLLOWED_UP, firstMeeting, secondMeeting);
        AlertCondition drop = new AlertCondition(SCORE_DROP, null, proofs(secondMeeting), Text.of("summary.score-drop", 95, 65, 60));

        assertEquals(new Raise(new UUID(0, 1), drop, openCase, false),
                bookkeeping.decide(List.of(streak), List.of(absences(firstMeeting, secondMeeting), drop)).getLast());
    }

    @Test
    void reasonsFoundTogetherOpenOneCase() {
        AlertCondition streak = absences(firstMeeting, secondMeeting);
        AlertCondition drop = new AlertCondition(SCORE_DROP, null, proofs(secondMeeting), Text.of("summary.score-drop", 95, 65, 60));

        assertEquals(List.of(new Raise(NEW_ALERT, streak, NEW_CASE, true), new Raise(new UUID(0, 3), drop, NEW_CASE, false)),
                bookkeeping.decide(List.of(), List.of(streak, drop)));
    }

    @Test
    void aConditionAfterTheCaseWasClosedOpensANewCase() {
        KnownAlert closed = alert(ABSENCE_STREAK, State.CLOSED, firstMeeting, secondMeeting);
        AlertCondition drop = new AlertCondition(SCORE_DROP, null, proofs(thirdMeeting), Text.of("summary.score-drop", 95, 65, 60));

        assertEquals(List.of(new Raise(NEW_ALERT, drop, NEW_CASE, true)), bookkeeping.decide(List.of(closed), List.of(drop)));
    }

    private AlertCondition absences(UUID... meetings) {
        return new AlertCondition(ABSENCE_STREAK, group, proofs(meetings), Text.of("summary.absence-streak", meetings.length));
    }

    private List<AlertCondition.Proof> proofs(UUID... meetings) {
        return Arrays.stream(meetings).map(id -> new AlertCondition.Proof("MEETING", id, group, MONDAY)).toList();
    }

    private KnownAlert alert(AlertRule rule, State state, UUID... meetings) {
        return new KnownAlert(UUID.randomUUID(), state.open() ? openCase : UUID.randomUUID(), rule, state,
                Arrays.stream(meetings).map(id -> new KnownAlert.Proof("MEETING", id)).collect(Collectors.toSet()),
                Text.of("summary.absence-streak", meetings.length), false);
    }
}
