package de.netzwerk.engagement.rules;

import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.rules.HistoryBuilder.aPartner;
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
}
