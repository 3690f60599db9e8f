package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertCondition;

import java.util.UUID;

/** One thing the bookkeeping decided to do to a partner's or group's alerts; see {@link AlertBookkeeping}. */
public sealed interface AlertDecision {

    /** The alert concerned: an existing one, or the one a {@link Raise} creates. */
    UUID alertId();

    /**
     * A condition shows something not seen before and no alert of its rule is open: a new alert, with this id. It
     * joins the case open for the partner (or group), or opens a new one.
     *
     * @param opensCase whether {@code caseId} is a new case (else the raised alert is one more reason of it)
     */
    record Raise(UUID alertId, AlertCondition condition, UUID caseId, boolean opensCase) implements AlertDecision {
    }

    /** The open alert of the condition's rule gains the condition's new evidence and its summary. */
    record ExtendEvidence(UUID alertId, AlertCondition condition) implements AlertDecision {
    }

    /** The open alert of a rule whose evidence is a state (SILENCE) takes the condition's evidence and summary. */
    record ReplaceEvidence(UUID alertId, AlertCondition condition) implements AlertDecision {
    }

    /** The open alert's evidence is unchanged, but the condition describes it anew. */
    record Restate(UUID alertId, AlertCondition condition) implements AlertDecision {
    }

    /** The alert's condition ended before anyone acted on it: the service closes it (CONDITION_ENDED). */
    record Withdraw(UUID alertId) implements AlertDecision {
    }

    /** The alert's condition ended while a coordinator follows it up: it stays theirs, marked. */
    record MarkConditionEnded(UUID alertId) implements AlertDecision {
    }

    /** The condition of an alert marked as ended holds again: the reason to call is back. */
    record ClearConditionEnded(UUID alertId) implements AlertDecision {
    }

    /**
     * The condition holds but changes no alert.
     *
     * @param alertId the open alert it is already in, or null when a coordinator closed alerts about all its evidence
     */
    record Nothing(UUID alertId, AlertCondition condition, Why why) implements AlertDecision {

        public enum Why {
            /** The open alert of its rule already shows everything it rests on. */
            ALREADY_IN_OPEN_ALERT,
            /** A coordinator already closed alerts about every piece of its evidence: they have dealt with it. */
            ALREADY_FOLLOWED_UP
        }
    }
}
