package de.netzwerk.engagement.event;

import java.util.UUID;

/**
 * Something an event names that belongs to exactly one network: a partner, group, meeting, task or goal. Its id is
 * given out by the service that owns it; which network it belongs to is learnt from the first event naming it.
 */
public record Subject(Kind kind, UUID id) {

    public enum Kind {
        PARTNER,
        GROUP,
        MEETING,
        TASK,
        GOAL
    }

    public static Subject partner(UUID id) {
        return new Subject(Kind.PARTNER, id);
    }

    public static Subject group(UUID id) {
        return new Subject(Kind.GROUP, id);
    }

    public static Subject meeting(UUID id) {
        return new Subject(Kind.MEETING, id);
    }

    public static Subject task(UUID id) {
        return new Subject(Kind.TASK, id);
    }

    public static Subject goal(UUID id) {
        return new Subject(Kind.GOAL, id);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase() + " " + id;
    }
}
