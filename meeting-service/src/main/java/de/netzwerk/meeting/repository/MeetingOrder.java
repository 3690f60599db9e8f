package de.netzwerk.meeting.repository;

import io.quarkus.panache.common.Sort;

/**
 * The orders in which the meetings list can be read ({@code ?sort=}): by start (the default), title or last change,
 * a leading {@code -} reversing it. Ties are broken by id, so that pages neither repeat nor skip a meeting; every order
 * is served by an index on (network, key, id).
 */
public final class MeetingOrder {

    /** The accepted values of {@code sort}, as a pattern for Bean Validation. */
    public static final String KEYS = "-?(startsAt|title|updatedAt)";

    private MeetingOrder() {
    }

    /** The order {@code sort} names (already validated against {@link #KEYS}), by start when not given. */
    public static Sort of(String sort) {
        if (sort == null) {
            return Sort.by("startsAt").and("id");
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        Sort.Direction direction = descending ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by(key, direction).and("id", direction);
    }
}
