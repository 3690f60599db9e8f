package de.netzwerk.task.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * The past a new task is entered with, as a coordinator entering last month's work gives it: checked — nothing in the
 * future, no completion before the assignment, each date only with what it belongs to — and completed where left
 * out. A task entered as done before today without an assignment time is taken as assigned at the start of the day it
 * was done (the latest moment that fits), never after its completion; it was completed then too, or at its assignment
 * if that was later that day. Done today means done now. All in the network's time zone.
 */
public final class EnteredPast {

    /** A moment a client calls "now" may lie a little ahead of ours, as with tokens. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    private EnteredPast() {
    }

    /**
     * What the caller gave: whether the task has an owner, when it became theirs (null: now), whether it is entered
     * as done, and the day it was done (null: today).
     */
    public record Entry(boolean owned, OffsetDateTime assignedAt, boolean done, LocalDate completedOn) {
    }

    public sealed interface Outcome permits Past, Refused {
    }

    /** The past to store: {@code completedOn} and {@code completedAt} only for a task entered as done. */
    public record Past(OffsetDateTime assignedAt, LocalDate completedOn, OffsetDateTime completedAt) implements Outcome {
    }

    /** The entry cannot have happened; {@code field} names the date at fault. */
    public record Refused(String field, Reason reason) implements Outcome {
    }

    public enum Reason {
        /** assignedAt without an owner. */
        ONLY_WITH_AN_OWNER,
        IN_THE_FUTURE,
        /** completedOn for a task not entered as done. */
        ONLY_WHEN_DONE,
        /** completedOn before the day of assignedAt. */
        BEFORE_THE_ASSIGNMENT
    }

    /** The past of {@code entry} as of {@code now}, in the network's {@code zone}. */
    public static Outcome of(Entry entry, OffsetDateTime now, ZoneId zone) {
        OffsetDateTime givenAssignedAt = entry.assignedAt() == null ? null
                : entry.assignedAt().atZoneSameInstant(zone).toOffsetDateTime();
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        if (givenAssignedAt != null) {
            if (!entry.owned()) {
                return new Refused("assignedAt", Reason.ONLY_WITH_AN_OWNER);
            }
            if (givenAssignedAt.isAfter(now.plus(CLOCK_SKEW))) {
                return new Refused("assignedAt", Reason.IN_THE_FUTURE);
            }
        }
        if (!entry.done()) {
            if (entry.completedOn() != null) {
                return new Refused("completedOn", Reason.ONLY_WHEN_DONE);
            }
            return new Past(givenAssignedAt == null ? now : givenAssignedAt, null, null);
        }
        LocalDate completedOn = entry.completedOn() == null ? today : entry.completedOn();
        if (completedOn.isAfter(today)) {
            return new Refused("completedOn", Reason.IN_THE_FUTURE);
        }
        OffsetDateTime startOfCompletionDay = completedOn.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime assignedAt = givenAssignedAt != null ? givenAssignedAt
                : completedOn.isBefore(today) ? startOfCompletionDay : now;
        if (completedOn.isBefore(assignedAt.atZoneSameInstant(zone).toLocalDate())) {
            return new Refused("completedOn", Reason.BEFORE_THE_ASSIGNMENT);
        }
        OffsetDateTime completedAt = completedOn.equals(today) ? now
                : assignedAt.isAfter(startOfCompletionDay) ? assignedAt : startOfCompletionDay;
        return new Past(assignedAt, completedOn, completedAt);
    }
}
