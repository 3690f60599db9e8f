package de.netzwerk.partner.service.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "CooperationRequest", description = "A cooperation between two or more partners of the network (seed 004). PUT replaces it as a whole.")
public record CooperationCommand(
        @Schema(description = "What the parties cooperate for. Kept here, never published on an event",
                examples = "Gemeinsame Ausbildungsbörse für Menschen mit Behinderung")
        @NotBlank @Size(max = 2000) String purpose,
        @Schema(description = "A strategic goal of the network it serves (422 if not of this network)") UUID goalId,
        @Schema(examples = "2027-01-01") @NotNull LocalDate startsOn,
        @Schema(description = "Not before startsOn", examples = "2027-06-30") @NotNull LocalDate endsOn,
        @Schema(description = "At least two different partners of the network, each with what they contribute")
        @NotNull @Size(max = 50) List<@Valid @NotNull Party> parties,
        @Schema(description = "The cooperation of this network it continues: an ended one with a follow-up needs no attention")
        UUID followsCooperationId) {

    @Schema(name = "CooperationPartyRequest")
    public record Party(
            @NotNull UUID partnerId,
            @Schema(description = "What they bring, in their words: rooms, time, know-how — never published on an event",
                    examples = "Räume und Verpflegung") @Size(max = 2000) String contribution) {
    }
}
