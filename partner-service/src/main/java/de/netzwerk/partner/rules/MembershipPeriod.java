package de.netzwerk.partner.rules;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The days a membership in a group covers: from the join day up to, not including, the leave day; an open membership
 * (no leave day) runs on. A network enters its history after the fact, so both days may lie in the past, never ahead.
 */
public record MembershipPeriod(LocalDate joinedOn, LocalDate leftOn) {

    /** What is wrong with a period's days, naming the field at fault. */
    public enum Problem {
        JOINED_IN_FUTURE("joinedOn"),
        LEFT_BEFORE_JOINED("leftOn"),
        LEFT_IN_FUTURE("leftOn");

        public final String field;

        Problem(String field) {
            this.field = field;
        }
    }

    /** The first thing wrong with the days, seen on {@code today} (in the network's time zone), if any. */
    public Optional<Problem> problemOn(LocalDate today) {
        if (joinedOn.isAfter(today)) {
            return Optional.of(Problem.JOINED_IN_FUTURE);
        }
        if (leftOn != null && leftOn.isBefore(joinedOn)) {
            return Optional.of(Problem.LEFT_BEFORE_JOINED);
        }
        if (leftOn != null && leftOn.isAfter(today)) {
            return Optional.of(Problem.LEFT_IN_FUTURE);
        }
        return Optional.empty();
    }

    /** Whether the two share a day: leaving on the day the other starts does not overlap it. */
    public boolean overlaps(MembershipPeriod other) {
        return endsAfter(other.joinedOn) && other.endsAfter(joinedOn);
    }

    private boolean endsAfter(LocalDate day) {
        return leftOn == null || leftOn.isAfter(day);
    }
}
