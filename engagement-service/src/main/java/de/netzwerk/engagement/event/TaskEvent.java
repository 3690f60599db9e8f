package de.netzwerk.engagement.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The fields every task-service event carries ({@code assigned}, {@code reassigned}, {@code due-soon},
 * {@code overdue}, {@code completed}, {@code cancelled}), plus those of completion. Which of them it was is
 * {@link #kind}, taken from the event type. The deadline clock itself is not needed here: overdue days follow
 * from the due date and the day the score is computed for.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskEvent(
        Kind kind,
        @NotBlank String networkId,
        @NotNull UUID taskId,
        @NotNull UUID partnerId,
        UUID groupId,
        UUID goalId,
        String title,
        LocalDate dueDate,
        @NotNull OffsetDateTime occurredAt,
        LocalDate completedOn,
        UUID previousPartnerId) implements ConsumedEvent {

    public static final String TYPE_PREFIX = "de.netzwerk.task.";

    public enum Kind {
        ASSIGNED("assigned"),
        REASSIGNED("reassigned"),
        DUE_SOON("due-soon"),
        OVERDUE("overdue"),
        COMPLETED("completed"),
        CANCELLED("cancelled");

        private final String name;

        Kind(String name) {
            this.name = name;
        }

        public String type() {
            return TYPE_PREFIX + name + ".v1";
        }
    }

    public TaskEvent withKind(Kind kind) {
        return new TaskEvent(kind, networkId, taskId, partnerId, groupId, goalId, title, dueDate, occurredAt, completedOn,
                previousPartnerId);
    }
}
