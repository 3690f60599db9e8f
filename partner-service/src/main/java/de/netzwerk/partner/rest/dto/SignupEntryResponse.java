package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.SignupEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SignupEntryResponse(@Schema(required = true) UUID id,
        @Schema(required = true) UUID signupId,
        @Schema(required = true) UUID partnerId,
        @Schema(required = true, description = "Whether the entry registered a new PROSPECT partner; false: a partner with this email was known")
                boolean partnerCreated,
        @Schema(required = true, description = "Whether the entry started a membership waiting for its introductory talk; false: they were a member")
                boolean membershipStarted,
        @Schema(required = true) OffsetDateTime enteredAt) {

    public static SignupEntryResponse of(SignupEntry entry) {
        return new SignupEntryResponse(entry.id, entry.signupId, entry.partnerId, entry.partnerCreated,
                entry.membershipStarted, entry.enteredAt);
    }
}
