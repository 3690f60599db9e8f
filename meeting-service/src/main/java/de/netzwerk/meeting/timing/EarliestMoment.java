package de.netzwerk.meeting.timing;

import java.time.OffsetDateTime;

/**
 * When minutes came out or were read: consumers keep the earliest moment they were told of, so a moment recorded
 * and published may be corrected earlier, never later. Saying it again (or not at all) keeps what is recorded.
 */
public final class EarliestMoment {

    public enum Correction {
        /** The moment given is the one recorded, or none was given: nothing changes, nothing is published. */
        KEEP,
        /** An earlier moment: it replaces the recorded one and is published again. */
        CORRECT,
        /** A later moment: refused, since it could not be taken back from those who keep the earliest. */
        REFUSE
    }

    private EarliestMoment() {
    }

    /** How a moment given now relates to the one {@code recorded}; {@code given} is null when none was given. */
    public static Correction of(OffsetDateTime recorded, OffsetDateTime given) {
        if (given == null || given.isEqual(recorded)) {
            return Correction.KEEP;
        }
        return given.isAfter(recorded) ? Correction.REFUSE : Correction.CORRECT;
    }
}
