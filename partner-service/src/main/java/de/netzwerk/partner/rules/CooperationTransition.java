package de.netzwerk.partner.rules;

import java.time.LocalDate;

/**
 * Whether a cooperation may move to the status asked for, and with which end date: the rules of a status change
 * (issue 17), checked in the order a caller hears of them. Nothing here looks anything up or stores anything.
 */
public final class CooperationTransition {

    /** What a caller asks for: the next status and, for an end, its reason, day and note. */
    public record Request(CooperationStatus next, boolean endReasonGiven, LocalDate endedOn, boolean noteGiven) {
    }

    /** Why a status change is refused; each names the field at fault, if one is. */
    public enum Refusal {
        /** The lifecycle has no such step (an ended cooperation stays ended). */
        NOT_A_STEP(null),
        /** ENDED_EARLY needs a reason. */
        END_REASON_MISSING("endReason"),
        /** Only ENDED_EARLY takes a reason. */
        END_REASON_NOT_EARLY("endReason"),
        /** It cannot have ended after today. */
        ENDED_IN_FUTURE("endedOn"),
        /** An end date belongs to an end only. */
        ENDED_ON_NOT_AN_END("endedOn"),
        /** A note belongs to an end only. */
        NOTE_NOT_AN_END("note");

        public final String field;

        Refusal(String field) {
            this.field = field;
        }
    }

    /** The outcome: unchanged (it has the status already), refused, or moved (with the day it ended, if it ended). */
    public sealed interface Decision {
    }

    public record Unchanged() implements Decision {
    }

    public record Refused(Refusal refusal) implements Decision {
    }

    public record Moved(CooperationStatus status, LocalDate endedOn) implements Decision {
    }

    private CooperationTransition() {
    }

    /** {@code today} is the day in the network's time zone: an end without a date ended today. */
    public static Decision decide(CooperationStatus current, Request request, LocalDate today) {
        CooperationStatus next = request.next();
        if (next == current) {
            return new Unchanged();
        }
        if (!current.mayBecome(next)) {
            return new Refused(Refusal.NOT_A_STEP);
        }
        if (next == CooperationStatus.ENDED_EARLY && !request.endReasonGiven()) {
            return new Refused(Refusal.END_REASON_MISSING);
        }
        if (next != CooperationStatus.ENDED_EARLY && request.endReasonGiven()) {
            return new Refused(Refusal.END_REASON_NOT_EARLY);
        }
        if (!next.ended()) {
            if (request.endedOn() != null) {
                return new Refused(Refusal.ENDED_ON_NOT_AN_END);
            }
            return request.noteGiven() ? new Refused(Refusal.NOTE_NOT_AN_END) : new Moved(next, null);
        }
        LocalDate endedOn = request.endedOn() != null ? request.endedOn() : today;
        return endedOn.isAfter(today) ? new Refused(Refusal.ENDED_IN_FUTURE) : new Moved(next, endedOn);
    }
}
