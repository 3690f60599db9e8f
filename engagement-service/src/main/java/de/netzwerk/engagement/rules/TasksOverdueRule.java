package de.netzwerk.engagement.rules;

import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory.Task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Tasks overdue by more than the escalation threshold ({@code overdueDays}), the tasks as evidence.
 *
 * <p>Settled facts: a task counts from its assignment day, by its current due date, unless completed or cancelled
 * by the day assessed — each by its own date, so a completion entered late ends the condition as of its day.
 */
public final class TasksOverdueRule implements PartnerRule {

    @Override
    public AlertRule rule() {
        return AlertRule.TASKS_OVERDUE;
    }

    @Override
    public List<AlertCondition> conditions(RuleInput input) {
        LocalDate asOf = input.asOf();
        List<AlertCondition.Proof> overdue = input.history().tasks().stream()
                .filter(task -> !task.completedBy(asOf) && !task.cancelledBy(asOf) && task.dueDate() != null
                        && !task.assignedOn().isAfter(asOf)
                        && ChronoUnit.DAYS.between(task.dueDate(), asOf) > input.policy().overdueDays())
                .sorted(Comparator.comparing(Task::dueDate).thenComparing(task -> task.taskId().toString()))
                .map(task -> new AlertCondition.Proof("TASK", task.taskId(), task.groupId(), input.startOf(task.dueDate())))
                .toList();
        return overdue.isEmpty() ? List.of() : List.of(new AlertCondition(AlertRule.TASKS_OVERDUE, null, overdue,
                "%d task(s) overdue by more than %d days".formatted(overdue.size(), input.policy().overdueDays())));
    }
}
