package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.ExchangeMatchStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ExchangeMatch", description = "An offer and a need brought together, with who moved it on and when (token "
        + "subjects). A side whose partner's personal data was erased reads null.")
public record ExchangeMatchResponse(@Schema(required = true) UUID id,
        @Schema(required = true, nullable = true) UUID offerId,
        @Schema(required = true, nullable = true) UUID needId,
        @Schema(required = true, nullable = true) UUID offeringPartnerId,
        @Schema(required = true, nullable = true) UUID needingPartnerId,
        @Schema(required = true) ExchangeKind kind,
        @Schema(required = true) ExchangeMatchStatus status,
        @Schema(required = true, nullable = true) String proposedBy,
        @Schema(required = true) OffsetDateTime proposedAt,
        @Schema(required = true, nullable = true) String agreedBy,
        @Schema(required = true, nullable = true) OffsetDateTime agreedAt,
        @Schema(required = true, nullable = true) String completedBy,
        @Schema(required = true, nullable = true) OffsetDateTime completedAt,
        @Schema(required = true, nullable = true) String withdrawnBy,
        @Schema(required = true, nullable = true) OffsetDateTime withdrawnAt) {

    public static ExchangeMatchResponse of(ExchangeMatch match) {
        return new ExchangeMatchResponse(match.id, match.offerId, match.needId, match.offeringPartnerId,
                match.needingPartnerId, match.kind, match.status, match.proposedBy, match.proposedAt, match.agreedBy,
                match.agreedAt, match.completedBy, match.completedAt, match.withdrawnBy, match.withdrawnAt);
    }
}
