package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Signup;
import de.netzwerk.partner.SignupStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

public record SignupResponse(UUID id, UUID groupId, UUID meetingId, String title, SignupStatus status,
        OffsetDateTime openedAt, OffsetDateTime closedAt) {

    public static SignupResponse of(Signup signup) {
        return new SignupResponse(signup.id, signup.groupId, signup.meetingId, signup.title, signup.status,
                signup.openedAt, signup.closedAt);
    }
}
