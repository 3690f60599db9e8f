package de.netzwerk.engagement.event;

import de.netzwerk.engagement.outbox.PublishedEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * engagement-service's part of one personal-data export (GDPR Art. 15 and 20), on {@code personal-data-exports}: a
 * topic of short retention, since it carries personal data. Keyed by the export, so that partner-service reads the
 * parts of one export from one partition; {@code ce_subject} is the partner, as for every event about a partner.
 */
public record PersonalDataExported(String networkId, UUID partnerId, UUID exportId, String service,
        OffsetDateTime exportedAt, EngagementPart part) implements PublishedEvent {

    public static final String TOPIC = "personal-data-exports";
    public static final String SERVICE = "engagement-service";

    public static PersonalDataExported of(PersonalDataExportRequested request, OffsetDateTime exportedAt,
            EngagementPart part) {
        return new PersonalDataExported(request.networkId(), request.partnerId(), request.exportId(), SERVICE,
                exportedAt, part);
    }

    @Override
    public String eventType() {
        return "personal-data-exported.v1";
    }

    @Override
    public String subject() {
        return partnerId.toString();
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String key() {
        return exportId.toString();
    }
}
