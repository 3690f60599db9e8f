package de.netzwerk.engagement.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A timestamp column read by a native query, as a time: the driver hands it out in more than one type. */
final class Timestamps {

    private Timestamps() {
    }

    /** The time; an instant without an offset of its own is placed in the zone. Null stays null. */
    static OffsetDateTime inZone(Object value, ZoneId zone) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toOffsetDateTime();
        }
        return ((Timestamp) value).toInstant().atZone(zone).toOffsetDateTime();
    }
}
