package de.netzwerk.partner.event;

import de.netzwerk.partner.PersonalDataExport;
import de.netzwerk.partner.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A partner's personal data is to be exported: every other service answers with its part on
 * {@code personal-data-exports}, naming {@code exportId}. Ids and a time only. Key: the partner id.
 */
public record PersonalDataExportRequested(String networkId, UUID partnerId, UUID exportId, OffsetDateTime requestedAt)
        implements PublishedEvent {

    public static PersonalDataExportRequested of(PersonalDataExport export) {
        return new PersonalDataExportRequested(export.networkId, export.partnerId, export.id, export.requestedAt);
    }

    @Override
    public String eventType() {
        return "personal-data-export-requested.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }
}
