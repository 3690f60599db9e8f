package de.netzwerk.meeting.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/** The fields meeting-service reads from partner-service's {@code membership-ended.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipEnded(@NotBlank String networkId, @NotNull UUID groupId, @NotNull UUID partnerId,
        @NotNull LocalDate leftOn) {

    public static final String TYPE = "de.netzwerk.partner.membership-ended.v1";
}
