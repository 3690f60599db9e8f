package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertCondition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static de.netzwerk.engagement.scoring.rules.HistoryBuilder.aPartner;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TasksOverdueRuleTest {

    private final TasksOverdueRule rule = new TasksOverdueRule();

    @Test
    void aTaskOverdueBeyondTheThresholdHoldsWithTheTaskAsEvidence() {
        HistoryBuilder history = aPartner();
        UUID overdue = history.taskOverdue(15, 40);
        history.taskOverdue(5, 40);

        List<AlertCondition> conditions = rule.conditions(history.today(Policies.standard()));

        assertEquals(List.of(overdue), conditions.getFirst().evidence().stream().map(AlertCondition.Proof::id).toList());
    }

    @Test
    void aTaskOverdueExactlyTheThresholdDoesNotHoldYet() {
        HistoryBuilder history = aPartner();
        history.taskOverdue(14, 40);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void aTaskPastItsDueDateIsNotOverdueUntilTheDeadlineClockSaysSo() {
        HistoryBuilder history = aPartner();
        history.taskPastDueWithoutNotice(40, 60);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }

    @Test
    void aTaskCompletedLateIsNoLongerOverdue() {
        HistoryBuilder history = aPartner();
        history.taskCompleted(30, 60, 2);

        assertEquals(List.of(), rule.conditions(history.today(Policies.standard())));
    }
}
