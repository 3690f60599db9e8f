package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;
import de.netzwerk.engagement.scoring.PartnerHistory.Task;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Tasks overdue by more than the escalation threshold ({@code overdueDays}), the tasks as evidence.
 *
 * <p>Settled facts: a task counts only once task-service's deadline clock has said it is overdue by its current due
 * date (its {@code task-overdue} notice; {@link de.netzwerk.engagement.scoring.PartnerHistory.Task#overdueOn}): the
 * clock owns the deadline and never says so of a task entered as done, whose completion may be applied in a later
 * batch than its assignment. From then on it counts from its assignment day, overdue days from its due date, unless
 * completed or cancelled by the day assessed — each by its own date, so a completion entered late ends the condition
 * as of its day. The price is latency: an alert waits for the clock's next scan ({@code netzwerk.deadline-clock.every}).
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
                .filter(task -> task.overdueOn(asOf) && !task.assignedOn().isAfter(asOf)
                        && ChronoUnit.DAYS.between(task.dueDate(), asOf) > input.policy().overdueDays())
                .sorted(Comparator.comparing(Task::dueDate).thenComparing(task -> task.taskId().toString()))
                .map(task -> new AlertCondition.Proof("TASK", task.taskId(), task.groupId(), input.startOf(task.dueDate())))
                .toList();
        return overdue.isEmpty() ? List.of() : List.of(new AlertCondition(AlertRule.TASKS_OVERDUE, null, overdue,
                Text.of("summary.tasks-overdue", overdue.size(), input.policy().overdueDays())));
    }
}
