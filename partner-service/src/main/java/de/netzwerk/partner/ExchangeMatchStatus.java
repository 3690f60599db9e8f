package de.netzwerk.partner;

import java.util.Set;

/**
 * Where a match between an offer and a need stands. PROPOSED → AGREED → DONE, and WITHDRAWN from either of the
 * first two; DONE and WITHDRAWN are final.
 */
public enum ExchangeMatchStatus {
    PROPOSED, AGREED, DONE, WITHDRAWN;

    /** Whether a match may move from this status to {@code next}. */
    public boolean mayBecome(ExchangeMatchStatus next) {
        return switch (this) {
            case PROPOSED -> Set.of(AGREED, WITHDRAWN).contains(next);
            case AGREED -> Set.of(DONE, WITHDRAWN).contains(next);
            case DONE, WITHDRAWN -> false;
        };
    }
}
