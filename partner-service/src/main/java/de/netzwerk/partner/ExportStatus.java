package de.netzwerk.partner;

import java.time.Duration;
import java.time.OffsetDateTime;

/** Where an export of a partner's personal data stands, as the caller polling it sees it. */
public enum ExportStatus {

    /** Waiting for parts, and still within the time they are expected in. */
    PENDING,
    /** Every service's part is there: the document is whole. */
    COMPLETE,
    /** The time for the parts has passed without all of them: the document has what arrived. */
    INCOMPLETE,
    /** The document was deleted (after its retention, or at the partner's erasure). */
    EXPIRED;

    /**
     * The status at {@code now}. {@code expectedWithin}: how long after the request the parts may take before the
     * export counts as incomplete; a part arriving later still completes it. Complete is what the export records when
     * the last part arrives, not what the parts loaded with it say: those may be read a moment later than the export.
     */
    public static ExportStatus of(PersonalDataExport export, OffsetDateTime now, Duration expectedWithin) {
        if (export.documentDeleted()) {
            return EXPIRED;
        }
        if (export.completedAt != null) {
            return COMPLETE;
        }
        return now.isAfter(export.requestedAt.plus(expectedWithin)) ? INCOMPLETE : PENDING;
    }

    /** Whether the document stays as it is: only then does its retention run. */
    public boolean finished() {
        return this == COMPLETE || this == INCOMPLETE;
    }
}
