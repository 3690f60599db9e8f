package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Cooperation;
import de.netzwerk.partner.CooperationEndReason;
import de.netzwerk.partner.CooperationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record CooperationResponse(UUID id, String purpose, UUID goalId, LocalDate startsOn, LocalDate endsOn,
        CooperationStatus status, LocalDate endedOn, CooperationEndReason endReason, String endNote,
        UUID followsCooperationId, List<Party> parties,
        @Schema(description = "Parties whose personal data was erased: they left the cooperation and their contribution "
                + "was deleted. A cooperation may so name fewer than two parties; it stays as the network's record.")
        int erasedParties,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "CooperationParty")
    public record Party(UUID partnerId, String contribution) {
    }

    public static CooperationResponse of(Cooperation cooperation) {
        return new CooperationResponse(cooperation.id, cooperation.purpose, cooperation.goalId, cooperation.startsOn,
                cooperation.endsOn, cooperation.status, cooperation.endedOn, cooperation.endReason, cooperation.endNote,
                cooperation.followsCooperationId,
                cooperation.parties.stream().map(party -> new Party(party.partnerId, party.contribution)).toList(),
                cooperation.erasedParties, cooperation.createdAt, cooperation.updatedAt);
    }
}
