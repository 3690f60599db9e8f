package de.netzwerk.partner;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportStatusTest {

    private static final OffsetDateTime REQUESTED = OffsetDateTime.parse("2026-12-07T09:00:00+01:00");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void anExportWaitingForPartsIsPendingUntilTheyAreDue() {
        PersonalDataExport export = requested("meeting-service", "task-service");

        assertEquals(ExportStatus.PENDING, ExportStatus.of(export, REQUESTED.plusMinutes(10), TEN_MINUTES));
        assertEquals(ExportStatus.INCOMPLETE, ExportStatus.of(export, REQUESTED.plusMinutes(10).plusSeconds(1), TEN_MINUTES));
        assertEquals(java.util.List.of("engagement-service"), export.missing());
    }

    @Test
    void everyServicesPartMakesItCompleteEvenLate() {
        PersonalDataExport export = requested("engagement-service", "task-service", "meeting-service");
        export.completedAt = REQUESTED.plusMinutes(11);

        assertEquals(ExportStatus.PENDING, ExportStatus.of(requested("engagement-service", "task-service", "meeting-service"),
                REQUESTED.plusMinutes(1), TEN_MINUTES), "until the export records that it is complete");
        assertEquals(ExportStatus.COMPLETE, ExportStatus.of(export, REQUESTED.plusMinutes(1), TEN_MINUTES));
        assertEquals(ExportStatus.COMPLETE, ExportStatus.of(export, REQUESTED.plusHours(2), TEN_MINUTES));
        assertTrue(ExportStatus.COMPLETE.finished());
    }

    @Test
    void aDeletedDocumentIsExpiredWhateverArrived() {
        PersonalDataExport export = requested("meeting-service", "task-service", "engagement-service");
        export.deleteDocument(REQUESTED.plusDays(1));

        assertEquals(ExportStatus.EXPIRED, ExportStatus.of(export, REQUESTED.plusDays(1), TEN_MINUTES));
        assertFalse(ExportStatus.EXPIRED.finished());
        assertFalse(ExportStatus.PENDING.finished());
    }

    private static PersonalDataExport requested(String... arrived) {
        PersonalDataExport export = new PersonalDataExport();
        export.requestedAt = REQUESTED;
        export.partnerPart = "{}";
        for (String service : arrived) {
            export.parts.add(PersonalDataExport.Part.of(service, REQUESTED, REQUESTED, "{}"));
        }
        return export;
    }
}
