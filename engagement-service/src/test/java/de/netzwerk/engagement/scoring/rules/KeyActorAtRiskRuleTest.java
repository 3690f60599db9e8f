package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.aPartner;
import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyActorAtRiskRuleTest {

    private final KeyActorAtRiskRule rule = new KeyActorAtRiskRule();
    private final UUID goal = UUID.randomUUID();

    @Test
    void aKeyActorAtRiskHoldsWithTheGoalsAsEvidence() {
        List<AlertCondition> conditions = rule.conditions(aPartner().keyActorOf(goal)
                .today(Policies.standard(), 39, day -> 39, List.of()));

        assertEquals(List.of(goal), conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void aKeyActorWatchedButNotAtRiskDoesNotHold() {
        assertEquals(List.of(), rule.conditions(aPartner().keyActorOf(goal).today(Policies.standard(), 40, day -> 40, List.of())));
    }

    @Test
    void aPartnerAtRiskWhoIsNoKeyActorDoesNotHold() {
        assertEquals(List.of(), rule.conditions(aPartner().today(Policies.standard(), 10, day -> 10, List.of())));
    }

    @Test
    void anUnscoredPartnerDoesNotHold() {
        assertEquals(List.of(), rule.conditions(aPartner().keyActorOf(goal).today(Policies.standard(), null, day -> null,
                List.of())));
    }

    @Test
    void aKeyActorOfSeveralGoalsHoldsOnceNamingEveryGoalAndTheScore() {
        UUID another = UUID.randomUUID();
        List<AlertCondition> conditions = rule.conditions(aPartner().keyActorOf(goal).keyActorOf(another)
                .today(Policies.standard(), 12, day -> 12, List.of()));

        assertEquals(1, conditions.size());
        assertEquals(List.of(goal, another),
                conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
        assertEquals("key actor of 2 strategic goal(s) is at risk (score 12)",
                Messages.render(conditions.getFirst().summary(), Languages.ENGLISH));
    }
}
