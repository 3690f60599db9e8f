package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.CooperationEndReason;
import de.netzwerk.partner.rules.CooperationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CooperationResponse(@Schema(required = true) UUID id,
        @Schema(required = true) String purpose,
        @Schema(required = true, nullable = true) UUID goalId,
        @Schema(required = true) LocalDate startsOn,
        @Schema(required = true) LocalDate endsOn,
        @Schema(required = true) CooperationStatus status,
        @Schema(required = true, nullable = true) LocalDate endedOn,
        @Schema(required = true, nullable = true) CooperationEndReason endReason,
        @Schema(required = true, nullable = true) String endNote,
        @Schema(required = true, nullable = true) UUID followsCooperationId,
        @Schema(required = true) List<Party> parties,
        @Schema(required = true, description = "Parties whose personal data was erased: they left the cooperation and their contribution "
                + "was deleted. A cooperation may so name fewer than two parties; it stays as the network's record.")
                int erasedParties,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt) {

    @Schema(name = "CooperationParty")
    public record Party(@Schema(required = true) UUID partnerId,
            @Schema(required = true, nullable = true) String contribution) {
    }

    public static CooperationResponse of(Cooperation cooperation) {
        return new CooperationResponse(cooperation.id, cooperation.purpose, cooperation.goalId, cooperation.startsOn,
                cooperation.endsOn, cooperation.status, cooperation.endedOn, cooperation.endReason, cooperation.endNote,
                cooperation.followsCooperationId,
                cooperation.parties.stream().map(party -> new Party(party.partnerId, party.contribution)).toList(),
                cooperation.erasedParties, cooperation.createdAt, cooperation.updatedAt);
    }
}
