package de.netzwerk.partner.rest.dto;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.netzwerk.partner.ExportStatus;
import de.netzwerk.partner.PersonalDataExport;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "An export of a partner's personal data (GDPR Art. 15 and 20): where it stands and, once COMPLETE "
        + "or INCOMPLETE, the document with everything the services hold about the partner")
public record ExportResponse(@Schema(required = true) UUID id,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true, description = "PENDING while parts are awaited; COMPLETE with every service's part; INCOMPLETE when "
                + "parts did not arrive in time (the document has what did); EXPIRED once the document was deleted")
                ExportStatus status,
        @Schema(required = true) OffsetDateTime requestedAt,
        @Schema(required = true, nullable = true, description = "When the last service's part arrived; absent until then") OffsetDateTime completedAt,
        @Schema(required = true, description = "The services whose parts arrived, and when each read its part") List<ReceivedPart> received,
        @Schema(required = true, description = "The services whose parts are still awaited", examples = "[\"engagement-service\"]")
                List<String> missing,
        @Schema(required = true, nullable = true, description = "When the document is deleted (it holds personal data); absent while pending")
                OffsetDateTime documentKeptUntil,
        @Schema(required = true, nullable = true, description = "Present once COMPLETE or INCOMPLETE") Document document) {

    public record ReceivedPart(@Schema(required = true) String service,
            @Schema(required = true) OffsetDateTime exportedAt,
            @Schema(required = true) OffsetDateTime receivedAt) {
    }

    @Schema(description = "Everything the services hold about the partner, each service's part as that service sent it")
    public record Document(@Schema(required = true, type = SchemaType.OBJECT, description = "partner-service's part, read when the export was requested: "
                    + "profile, consents and their history, memberships, contact log, goals that name the partner, "
                    + "leaving and the removal of contact data")
                    JsonNode partner,
            @Schema(required = true, nullable = true, type = SchemaType.OBJECT, description = "meeting-service's part (its personal-data-exported.v1 "
                    + "schema); absent if it did not arrive")
                    JsonNode meetingService,
            @Schema(required = true, nullable = true, type = SchemaType.OBJECT, description = "task-service's part (its personal-data-exported.v1 schema); "
                    + "absent if it did not arrive")
                    JsonNode taskService,
            @Schema(required = true, nullable = true, type = SchemaType.OBJECT, description = "engagement-service's part (its personal-data-exported.v1 "
                    + "schema); absent if it did not arrive")
                    JsonNode engagementService,
            @Schema(required = true) OffsetDateTime requestedAt,
            @Schema(required = true, nullable = true) OffsetDateTime completedAt) {
    }

    /** The export as it stands; {@code keptUntil}: when its document is deleted, if it is finished. */
    public static ExportResponse of(PersonalDataExport export, ExportStatus status, OffsetDateTime keptUntil,
            ObjectMapper json) {
        List<ReceivedPart> received = export.parts.stream()
                .map(part -> new ReceivedPart(part.service, part.exportedAt, part.receivedAt)).toList();
        Document document = status.finished() ? new Document(read(json, export.partnerPart),
                part(export, "meeting-service", json), part(export, "task-service", json),
                part(export, "engagement-service", json), export.requestedAt, export.completedAt) : null;
        return new ExportResponse(export.id, export.partnerId, status, export.requestedAt, export.completedAt, received,
                status == ExportStatus.EXPIRED ? List.of() : export.missing(), status.finished() ? keptUntil : null,
                document);
    }

    private static JsonNode part(PersonalDataExport export, String service, ObjectMapper json) {
        return export.partOf(service).map(part -> read(json, part.content)).orElse(null);
    }

    private static JsonNode read(ObjectMapper json, String content) {
        try {
            return json.readTree(content);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
