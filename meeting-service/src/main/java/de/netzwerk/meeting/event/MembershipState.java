package de.netzwerk.meeting.event;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The fields meeting-service reads from partner-service's {@code membership-started.v1} and
 * {@code membership-changed.v1} (same shape). The producer owns the schema; other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MembershipState(
        @NotBlank String networkId,
        @NotNull UUID groupId,
        @NotNull UUID partnerId,
        @NotBlank String role,
        @NotNull LocalDate joinedOn,
        boolean introductoryTalkDone,
        @Min(0) long version) {

    public static final String STARTED = "de.netzwerk.partner.membership-started.v1";
    public static final String CHANGED = "de.netzwerk.partner.membership-changed.v1";
}
