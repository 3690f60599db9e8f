package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.language.Languages;
import de.netzwerk.engagement.language.Messages;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.Component;
import de.netzwerk.engagement.scoring.LedgerEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.aPartner;
import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.daysAgo;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ScoreDropRuleTest {

    private final ScoreDropRule rule = new ScoreDropRule();
    private final UUID recentMiss = UUID.randomUUID();
    private final List<LedgerEntry> ledger = List.of(
            new LedgerEntry(-30, -30, Component.Kind.ATTENDANCE, daysAgo(10), "MEETING", recentMiss, null, "absent"),
            new LedgerEntry(-5, -5, Component.Kind.ATTENDANCE, daysAgo(90), "MEETING", UUID.randomUUID(), null, "absent"));

    @Test
    void aFallOfMoreThanTheLimitWithinTheWindowHoldsWithWhatCostPointsInItAsEvidence() {
        List<AlertCondition> conditions = rule.conditions(aPartner().today(Policies.standard(), 65, day -> 95, ledger));

        assertEquals(List.of(recentMiss), conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
        assertEquals("score fell from 95 to 65 within 60 days", Messages.render(conditions.getFirst().summary(), Languages.ENGLISH));
        assertEquals("Wert fiel innerhalb von 60 Tagen von 95 auf 65",
                Messages.render(conditions.getFirst().summary(), Languages.GERMAN));
    }

    @Test
    void aFallOfExactlyTheLimitDoesNotHold() {
        assertEquals(List.of(), rule.conditions(aPartner().today(Policies.standard(), 75, day -> 95, ledger)));
    }

    @Test
    void withoutAScoreAtTheWindowsStartThereIsNoDrop() {
        assertEquals(List.of(), rule.conditions(aPartner().today(Policies.standard(), 0, day -> null, ledger)));
    }

    @Test
    void theScoreIsComparedWithTheDayTheWindowStarts() {
        List<AlertCondition> conditions = rule.conditions(aPartner().today(Policies.standard(), 65,
                day -> day.equals(daysAgo(60)) ? 95 : 65, ledger));

        assertEquals(1, conditions.size());
    }

    @Test
    void eachCauseIsNamedOnceInTheOrderItHappenedAndOnlyWithAReference() {
        UUID task = UUID.randomUUID();
        List<LedgerEntry> lines = List.of(
                new LedgerEntry(-10, -10, Component.Kind.TASK_RELIABILITY, daysAgo(5), "TASK", task, null, "overdue"),
                new LedgerEntry(-20, -20, Component.Kind.ATTENDANCE, daysAgo(30), "MEETING", recentMiss, null, "absent"),
                new LedgerEntry(-4, -4, Component.Kind.TASK_RELIABILITY, daysAgo(3), "TASK", task, null, "overdue"),
                new LedgerEntry(-3, -3, Component.Kind.RESPONSIVENESS, daysAgo(20), "DECAY", null, null, "decay"));

        List<AlertCondition> conditions = rule.conditions(aPartner().today(Policies.standard(), 60, day -> 97, lines));

        assertEquals(List.of(recentMiss, task),
                conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
    }
}
