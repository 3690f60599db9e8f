package de.netzwerk.infra.api;

import java.util.Set;

/** What a hostile request may get, besides never a 5xx and every 4xx as a problem. */
enum Expectation {

    /** Anything but a 5xx: the value may be harmless (a random id in a filter, a long but allowed text). */
    NO_SERVER_ERROR(Set.of()),
    /** Malformed or out of range: refused as invalid input (400, 413, 415 or 422), never stored. */
    REFUSED(Set.of(400, 413, 415, 422)),
    /** A well-formed id of nothing in the network: refused as an unknown reference (422) or not found (404). */
    UNKNOWN_REFERENCE(Set.of(404, 422));

    private final Set<Integer> statuses;

    Expectation(Set<Integer> statuses) {
        this.statuses = statuses;
    }

    boolean accepts(int status) {
        return status < 500 && (statuses.isEmpty() || statuses.contains(status));
    }

    String expected() {
        return statuses.isEmpty() ? "no 5xx" : "one of " + statuses;
    }
}
