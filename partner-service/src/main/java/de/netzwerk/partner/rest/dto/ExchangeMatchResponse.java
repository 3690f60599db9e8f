package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.ExchangeKind;
import de.netzwerk.partner.ExchangeMatch;
import de.netzwerk.partner.ExchangeMatchStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "ExchangeMatch", description = "An offer and a need brought together, with who moved it on and when (token "
        + "subjects). A side whose partner's personal data was erased reads null.")
public record ExchangeMatchResponse(UUID id, UUID offerId, UUID needId, UUID offeringPartnerId, UUID needingPartnerId,
        ExchangeKind kind, ExchangeMatchStatus status, String proposedBy, OffsetDateTime proposedAt, String agreedBy,
        OffsetDateTime agreedAt, String completedBy, OffsetDateTime completedAt, String withdrawnBy,
        OffsetDateTime withdrawnAt) {

    public static ExchangeMatchResponse of(ExchangeMatch match) {
        return new ExchangeMatchResponse(match.id, match.offerId, match.needId, match.offeringPartnerId,
                match.needingPartnerId, match.kind, match.status, match.proposedBy, match.proposedAt, match.agreedBy,
                match.agreedAt, match.completedBy, match.completedAt, match.withdrawnBy, match.withdrawnAt);
    }
}
