package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ExchangeEntry;
import de.netzwerk.partner.ExchangeEntryStatus;
import de.netzwerk.partner.ExchangeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "ExchangeEntry", description = "An offer or a need of the resource exchange")
public record ExchangeEntryResponse(@Schema(required = true) UUID id,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true) ExchangeKind kind,
        @Schema(required = true) String description,
        @Schema(required = true) List<String> tags,
        @Schema(required = true) LocalDate validUntil,
        @Schema(required = true, nullable = true, description = "The meeting it was posted at, if any (read it from meeting-service)") UUID meetingId,
        @Schema(required = true, description = "OPEN until the end of validUntil in the network's time zone, EXPIRED after; WITHDRAWN "
                + "once its partner or a coordinator took it back") ExchangeEntryStatus status,
        @Schema(required = true, description = "Who posted it (token subject): the partner themselves or a coordinator") String postedBy,
        @Schema(required = true) OffsetDateTime postedAt,
        @Schema(required = true, nullable = true, description = "Who withdrew it (token subject), if it was withdrawn") String withdrawnBy,
        @Schema(required = true, nullable = true) OffsetDateTime withdrawnAt) {

    public static ExchangeEntryResponse of(ExchangeEntry entry, LocalDate today) {
        return new ExchangeEntryResponse(entry.id, entry.partnerId, entry.kind, entry.description, List.copyOf(entry.tags),
                entry.validUntil, entry.meetingId, entry.statusOn(today), entry.postedBy, entry.postedAt,
                entry.withdrawnBy, entry.withdrawnAt);
    }
}
