package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields every task-service event carries ({@code assigned}, {@code reassigned}, {@code due-soon},
 * {@code overdue}, {@code completed}, {@code cancelled}, {@code rescheduled}), plus those of completion and
 * reassignment. Which of them it was is
 * {@link #kind}, taken from the event type. An {@code overdue} notice settles that the task is overdue by the due
 * date it carries (task-service's deadline clock owns the deadline); how many days follows from the due date and the
 * day the score is computed for. A task without an owner (cancelled before anyone took it) has no partner id.
 * The task's title is free text about the work (and often about a person) that could not be erased from the topic:
 * nothing here reads it, and an event that still carries one is read all the same (issue 14, item 3).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskEvent(
        Kind kind,
        @NotBlank String networkId,
        @NotNull UUID taskId,
        UUID partnerId,
        UUID groupId,
        UUID goalId,
        LocalDate dueDate,
        @NotNull OffsetDateTime occurredAt,
        LocalDate completedOn,
        UUID previousPartnerId) implements ConsumedEvent {

    public static final String TYPE_PREFIX = "de.netzwerk.task.";

    public enum Kind {
        ASSIGNED("task-assigned"),
        REASSIGNED("task-reassigned"),
        DUE_SOON("task-due-soon"),
        OVERDUE("task-overdue"),
        COMPLETED("task-completed"),
        CANCELLED("task-cancelled"),
        RESCHEDULED("task-rescheduled");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        public String type() {
            return TYPE_PREFIX + name + ".v1";
        }
    }

    public TaskEvent withKind(Kind kind) {
        return new TaskEvent(kind, networkId, taskId, partnerId, groupId, goalId, dueDate, occurredAt, completedOn,
                previousPartnerId);
    }

    @Override
    public List<Subject> subjects() {
        List<Subject> subjects = new ArrayList<>(List.of(Subject.task(taskId)));
        if (partnerId != null) {
            subjects.add(Subject.partner(partnerId));
        }
        if (previousPartnerId != null) {
            subjects.add(Subject.partner(previousPartnerId));
        }
        if (groupId != null) {
            subjects.add(Subject.group(groupId));
        }
        if (goalId != null) {
            subjects.add(Subject.goal(goalId));
        }
        return subjects;
    }
}
