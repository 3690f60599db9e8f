package de.netzwerk.engagement.alerting;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.language.Text;
import de.netzwerk.engagement.scoring.AlertCondition;

import java.util.Set;
import java.util.UUID;

/**
 * What the bookkeeping needs to know of a stored alert, whatever stores it.
 *
 * @param caseId         the case it is a reason of: the partner's (or group's) one follow-up while any reason is open
 * @param evidence       what it rests on, each piece once (see {@link Proof})
 * @param summary        why it holds, as last stated (arguments as written); null for an alert stated before
 *                       summaries had codes
 * @param conditionEnded whether it is marked as having lost its condition while being followed up
 */
public record KnownAlert(UUID id, UUID caseId, AlertRule rule, State state, Set<Proof> evidence, Text summary,
        boolean conditionEnded) {

    public KnownAlert {
        evidence = Set.copyOf(evidence);
        summary = summary == null ? null : AlertCondition.asWritten(summary);
    }

    public enum State {
        /** Raised, nobody has acted on it: the service may still withdraw it. */
        OPEN,
        /** A coordinator has acted on it (acknowledged, contacted): only they close it. */
        FOLLOWED_UP,
        /** A coordinator closed it (resolved or dismissed). */
        CLOSED,
        /** The service closed it because its condition ended before anyone acted on it. */
        WITHDRAWN;

        public boolean open() {
            return this == OPEN || this == FOLLOWED_UP;
        }
    }

    /** A meeting, task, goal or group an alert rests on; two are the same when they point at the same thing. */
    public record Proof(String kind, UUID id) {
    }
}
