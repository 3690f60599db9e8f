package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Signup;
import de.netzwerk.partner.SignupStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SignupResponse(@Schema(required = true) UUID id,
        @Schema(required = true) UUID groupId,
        @Schema(required = true, nullable = true) UUID meetingId,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true) SignupStatus status,
        @Schema(required = true) OffsetDateTime openedAt,
        @Schema(required = true, nullable = true) OffsetDateTime closedAt) {

    public static SignupResponse of(Signup signup) {
        return new SignupResponse(signup.id, signup.groupId, signup.meetingId, signup.title, signup.status,
                signup.openedAt, signup.closedAt);
    }
}
